/**
 * The seed format: a Markdown file with front matter, then the article text exactly as received.
 *
 *     ---
 *     id: gelora-2025-04-29-...
 *     outlet: "GELORA.CO"
 *     published: 2025-04-29
 *     title: null
 *     ---
 *     GELORA.CO - Korea Utara mengonfirmasi ...
 *
 * Values are `null`, a JSON string in double quotes, or bare text to the end of the line.
 */
import { IngestError, validateArticle, type ArticleInput } from './article-input.js';

const KNOWN_KEYS = new Set(['id', 'outlet', 'site', 'title', 'byline', 'published', 'url', 'language', 'received_as', 'note']);

/** Parses one seed file; throws IngestError with the offending line. */
export function parseSeedFile(content: string, file: string): ArticleInput {
  const lines = content.split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') throw new IngestError({ file, line: 1 }, 'expected front matter starting with "---"');
  const fields: Record<string, unknown> = {};
  const fieldLines: Record<string, number> = {};
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '---') {
      end = i;
      break;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (!m) throw new IngestError({ file, line: i + 1 }, `expected "key: value", got ${JSON.stringify(line.slice(0, 60))}`);
    const key = m[1]!;
    const rawValue = m[2]!.trim();
    if (!KNOWN_KEYS.has(key)) throw new IngestError({ file, line: i + 1 }, `unknown front matter key "${key}"`);
    let value: unknown = rawValue;
    if (rawValue === 'null' || rawValue === '') value = null;
    else if (rawValue.startsWith('"')) {
      try {
        value = JSON.parse(rawValue);
      } catch {
        throw new IngestError({ file, line: i + 1 }, `value of "${key}" is not a valid quoted string`);
      }
    }
    fields[key] = value;
    fieldLines[key] = i + 1;
  }
  if (end < 0) throw new IngestError({ file, line: lines.length }, 'front matter is not closed with "---"');
  // The body starts right after the closing line; its bytes are kept exactly.
  const bodyOffset = lines.slice(0, end + 1).reduce((n, l) => n + l.length + 1, 0);
  const text = content.slice(bodyOffset);
  const { received_as: _r, note: _n, ...articleFields } = fields;
  return validateArticle({ ...articleFields, text }, { file, line: end + 2 }, fieldLines);
}
