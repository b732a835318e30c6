/**
 * `ask --jsonl` on hostile input, through the real command: one JSON answer per non-empty line,
 * in order, never a crash; a bad line gets `noAnswer: true` and an `error`, and an ordinary
 * question after all of them is still answered with verbatim quotes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { answerProblems, ASK_CLI, originalsOf, removeDir, runTsx, tempDir, type ChildResult } from '../helpers/cli.js';

const ORDINARY = 'Berapa tentara Korea Utara yang dikirim ke Rusia?';

/** The input, line by line; each entry is written as raw bytes followed by "\n" (unless noted). */
const LINES: (string | Buffer)[] = [
  // A UTF-8 byte order mark before a JSON line (files saved by Windows editors).
  `\ufeff${JSON.stringify({ question: 'Siapa yang berterima kasih kepada Korea Utara?' })}`,
  'korea \u0000\u0001\u0007\u001b[31m utara \u007f\u0085\u009b \u2028 tentara',
  '\u202e\u200b\u200d\u2066 pasukan \u2069\ufeff 👨‍👩‍👧‍👦 🇰🇵',
  `${'tentara '.repeat(6400)}?`,
  '{"question": 5}',
  '{"nope":1}',
  '{"question": "x',
  '',
  '   \t  ',
  '{"question": null}',
  '{"question": ["korea"]}',
  '{}',
  '{',
  '[1, 2, 3]',
  'null',
  '5',
  '"just a JSON string"',
  'NEAR(korea rusia, 2) AND "tentara" OR terms: sentences_fts: ^pasukan* -rusia +korea (((',
  '"""',
  "'; DROP TABLE sentences; --",
  "' UNION SELECT original FROM articles --",
  JSON.stringify({ question: '\ud800 lone \udc00 surrogates \u202e NEAR(*) "x"' }),
  JSON.stringify({ question: `${'korea utara '.repeat(5000)}?` }),
  JSON.stringify({ question: 'Kapan Kim Jong Un memuji pasukannya?', extra: { nested: [1, 2] } }),
  `   ${JSON.stringify({ question: '  spasi di tepi  ' })}   `,
  JSON.stringify({ question: '' }),
  // Not UTF-8: a lone 0xFF byte arrives as U+FFFD.
  Buffer.concat([Buffer.from('korea '), Buffer.from([0xff]), Buffer.from(' utara')]),
  // CRLF line ending, and a bare CR (a line break for readline too).
  'Kapan Korea Utara mengonfirmasi pengiriman pasukan?\r',
  'korea\rutara',
  '<b>bold</b> &amp; <script>alert(1)</script>',
  ORDINARY,
];

/** What each input line must become, by the contract of design.md (independent of ask.ts). */
type Expected = { question: string; error: false } | { question: string | undefined; error: true };

function expectedAnswers(input: Buffer): Expected[] {
  const out: Expected[] = [];
  for (const line of input.toString('utf8').split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) {
      out.push({ question: line, error: false });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      out.push({ question: undefined, error: true });
      continue;
    }
    const q = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).question : undefined;
    out.push(typeof q === 'string' ? { question: q, error: false } : { question: undefined, error: true });
  }
  return out;
}

describe('ask --jsonl on hostile lines', () => {
  const dir = tempDir('jsonl');
  const dbFile = path.join(dir, 'news.db');
  const input = Buffer.concat(LINES.map((l) => Buffer.concat([typeof l === 'string' ? Buffer.from(l, 'utf8') : l, Buffer.from('\n')])));
  const expected = expectedAnswers(input);
  let result: ChildResult;
  let answers: Record<string, unknown>[];

  beforeAll(async () => {
    // The first run creates, migrates and seeds the database.
    result = await runTsx(ASK_CLI, ['--jsonl'], { env: { DATABASE_PATH: dbFile }, input, timeoutMs: 60_000 });
    answers = result.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }, 90_000);

  afterAll(() => removeDir(dir));

  it('exits 0 and writes one JSON object per non-empty line, and nothing else', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.split('\n').filter((l) => l !== '')).toHaveLength(expected.length);
    expect(answers).toHaveLength(expected.length);
    for (const a of answers) expect(typeof a === 'object' && a !== null && !Array.isArray(a)).toBe(true);
  });

  it('answers in input order, each with the question of its line', () => {
    expected.forEach((e, i) => {
      const a = answers[i]!;
      if (e.question !== undefined) expect(a.question, `line ${i + 1}`).toBe(e.question);
      else expect(typeof a.question, `line ${i + 1}`).toBe('string');
    });
  });

  it('gives every bad line noAnswer and an error, and no good line an error', () => {
    expected.forEach((e, i) => {
      const a = answers[i]!;
      if (e.error) {
        expect(a.noAnswer, `line ${i + 1}`).toBe(true);
        expect(a.answers, `line ${i + 1}`).toEqual([]);
        expect(typeof a.error === 'string' && a.error.length > 0, `line ${i + 1}: ${JSON.stringify(a)}`).toBe(true);
      } else {
        expect(a.error, `line ${i + 1}: ${JSON.stringify(a).slice(0, 200)}`).toBeUndefined();
      }
    });
    expect(expected.filter((e) => e.error)).toHaveLength(7);
  });

  it('returns only valid answers whose quotes are verbatim from the stored articles', () => {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const original = originalsOf(db.$client);
      answers.forEach((a, i) => expect(answerProblems(a, original), `line ${i + 1}`).toEqual([]));
    } finally {
      db.$client.close();
    }
  });

  it('marks the long lines as truncated', () => {
    const long = answers.filter((a) => typeof a.question === 'string' && a.question.length > 20_000);
    expect(long).toHaveLength(2);
    for (const a of long) expect(a.truncated).toBe(true);
  });

  it('still answers an ordinary question with quotes after all the hostile lines', () => {
    const last = answers[answers.length - 1]!;
    expect(last.question).toBe(ORDINARY);
    expect(last.noAnswer).toBe(false);
    expect(Array.isArray(last.answers) && last.answers.length > 0).toBe(true);
    const texts = (last.answers as { text: string }[]).map((q) => q.text).join('\n');
    expect(texts).toMatch(/tentara|pasukan/);
  });

  it('answers nothing, and exits 0, on empty input', async () => {
    const empty = await runTsx(ASK_CLI, ['--jsonl'], { env: { DATABASE_PATH: dbFile }, input: '', timeoutMs: 30_000 });
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toBe('');
  }, 40_000);
});
