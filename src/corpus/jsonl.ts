/** The ingest JSONL format (design.md): one article object per line. */
import { IngestError, validateArticle, type ArticleInput } from './article-input.js';

/** Parses a whole JSONL file; the first bad line refuses the file (nothing of it is written). */
export function parseJsonl(content: string, file: string): ArticleInput[] {
  const articles: ArticleInput[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new IngestError({ file, line: i + 1 }, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new IngestError({ file, line: i + 1 }, 'expected a JSON object');
    articles.push(validateArticle(raw, { file, line: i + 1 }));
  }
  if (articles.length === 0) throw new IngestError({ file, line: 1 }, 'no articles in file');
  return articles;
}
