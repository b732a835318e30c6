/**
 * Refused input through the real `ingest` command: a bad file or line stops the command with
 * exit code 1 and an error naming the file and the line, and nothing of the input is written:
 * the corpus keeps its counts, every stored sentence, and its answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { MAX_FILE_BYTES } from '../../src/corpus/load-inputs.js';
import { corpusStats, type CorpusStats } from '../../src/corpus/repository.js';
import { answerToJson } from '../../src/render/json.js';
import { createEngine } from '../../src/search/engine.js';
import { corpusDigest, INGEST_CLI, removeDir, runTsx, stableAnswer, tempDir } from '../helpers/cli.js';

const QUESTIONS = ['Berapa tentara Korea Utara yang dikirim ke Rusia?', 'Who did Putin thank for the help in Kursk?'];

/** A valid article nobody has ingested yet: if anything of a refused input were written, it would show. */
const goodLine = (n: number) =>
  JSON.stringify({
    id: `refused-input-${n}`,
    outlet: `Harian Uji ${n}`,
    published: '2025-05-01',
    text: `Pasukan Korea Utara nomor ${n} dilaporkan tiba di Kursk pada Mei 2025.\n\nPejabat Rusia membenarkan kedatangan ${n} unit tambahan.`,
  });

const seedFile = (frontMatter: string, body = 'Korea Utara mengirim 5.000 tentara tambahan ke Rusia, kata seorang pejabat.\n') => `---\n${frontMatter}\n---\n${body}`;

interface RefusedCase {
  name: string;
  /** Writes the input into `dir`; returns the paths given to the command and what stderr must name. */
  make(dir: string): { paths: string[]; file: string; line: number; message: RegExp };
}

const CASES: RefusedCase[] = [
  {
    name: 'a JSONL line that is not JSON (after two good lines)',
    make(dir) {
      const file = path.join(dir, 'broken.jsonl');
      fs.writeFileSync(file, `${goodLine(1)}\n${goodLine(2)}\n{"outlet": "X", "text": "tidak selesai\n`);
      return { paths: [file], file, line: 3, message: /not valid JSON/ };
    },
  },
  {
    name: 'a JSONL line without an outlet',
    make(dir) {
      const file = path.join(dir, 'no-outlet.jsonl');
      fs.writeFileSync(file, `${goodLine(3)}\n${JSON.stringify({ published: '2025-05-01', text: 'Ada berita tanpa nama media.' })}\n${goodLine(4)}\n`);
      return { paths: [file], file, line: 2, message: /outlet/ };
    },
  },
  {
    name: 'a JSONL line whose outlet is blank',
    make(dir) {
      const file = path.join(dir, 'blank-outlet.jsonl');
      fs.writeFileSync(file, `${goodLine(5)}\n${JSON.stringify({ outlet: '   ', text: 'Ada berita.' })}\n`);
      return { paths: [file], file, line: 2, message: /outlet/ };
    },
  },
  {
    name: 'a JSONL article with an empty body',
    make(dir) {
      const file = path.join(dir, 'empty-body.jsonl');
      fs.writeFileSync(file, `${JSON.stringify({ outlet: 'Harian Kosong', text: ' \n\n \t ' })}\n${goodLine(6)}\n`);
      return { paths: [file], file, line: 1, message: /text is empty/ };
    },
  },
  {
    name: 'a JSONL file with a line that is not UTF-8',
    make(dir) {
      const file = path.join(dir, 'latin1.jsonl');
      const bad = Buffer.from(JSON.stringify({ outlet: 'Harian Latin', text: 'Caf\u00e9 di Jakarta.' }).replace('\u00e9', '\u0000'), 'utf8');
      // Replace the placeholder NUL with a lone Latin-1 byte (0xE9), invalid in UTF-8.
      bad[bad.indexOf(0)] = 0xe9;
      fs.writeFileSync(file, Buffer.concat([Buffer.from(`${goodLine(7)}\n`), bad, Buffer.from(`\n${goodLine(8)}\n`)]));
      return { paths: [file], file, line: 2, message: /UTF-8/ };
    },
  },
  {
    // JSON escapes can spell what UTF-8 cannot: half of an emoji ("\ud83d"), as a scraper that
    // cut a string in the middle of a surrogate pair writes it. SQLite would store bytes that
    // read back as three U+FFFD, so the stored sentences would no longer be verbatim slices.
    name: 'a JSONL article whose text holds a lone surrogate escape (half an emoji)',
    make(dir) {
      const file = path.join(dir, 'lone-surrogate.jsonl');
      const bad = '{"outlet": "Harian Emoji", "text": "Korea Utara \\ud83d mengirim tentara ke Rusia. Kalimat kedua di sini."}';
      fs.writeFileSync(file, `${goodLine(13)}\n${bad}\n`);
      return { paths: [file], file, line: 2, message: /UTF-8|Unicode|surrogate/i };
    },
  },
  {
    name: 'a JSONL article whose outlet holds a lone surrogate escape',
    make(dir) {
      const file = path.join(dir, 'lone-surrogate-outlet.jsonl');
      fs.writeFileSync(file, `{"outlet": "Harian \\udc00", "text": "Korea Utara mengirim tentara ke Rusia."}\n`);
      return { paths: [file], file, line: 1, message: /UTF-8|Unicode|surrogate/i };
    },
  },
  {
    name: `an article longer than MAX_ARTICLE_CHARS (${MAX_ARTICLE_CHARS})`,
    make(dir) {
      const file = path.join(dir, 'too-long.jsonl');
      const text = 'Korea Utara mengirim tentara. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 30)).slice(0, MAX_ARTICLE_CHARS + 1);
      fs.writeFileSync(file, `${goodLine(9)}\n${JSON.stringify({ outlet: 'Harian Panjang', text })}\n`);
      return { paths: [file], file, line: 2, message: /longer than/ };
    },
  },
  {
    name: `a file larger than MAX_FILE_BYTES (${MAX_FILE_BYTES})`,
    make(dir) {
      const file = path.join(dir, 'huge.jsonl');
      // Sparse: the size check comes before reading, so no disk space is used.
      fs.writeFileSync(file, `${goodLine(10)}\n`);
      fs.truncateSync(file, MAX_FILE_BYTES + 1);
      return { paths: [file], file, line: 0, message: /larger than/ };
    },
  },
  {
    name: 'a seed file with a front matter line that is not "key: value"',
    make(dir) {
      const file = path.join(dir, 'bad-line.md');
      fs.writeFileSync(file, seedFile('id: seed-bad-line\noutlet "Harian Tanpa Titik Dua"\npublished: 2025-05-02'));
      return { paths: [file], file, line: 3, message: /key: value/ };
    },
  },
  {
    name: 'a seed file with an unknown front matter key',
    make(dir) {
      const file = path.join(dir, 'unknown-key.md');
      fs.writeFileSync(file, seedFile('outlet: Harian Warna\ncolour: merah'));
      return { paths: [file], file, line: 3, message: /unknown front matter key/ };
    },
  },
  {
    name: 'a seed file whose front matter is never closed',
    make(dir) {
      const file = path.join(dir, 'unclosed.md');
      fs.writeFileSync(file, '---\noutlet: Harian Terbuka\npublished: 2025-05-02\nKorea Utara mengirim tentara.\n');
      // The body's first line is read as front matter, and is no "key: value".
      return { paths: [file], file, line: 4, message: /key: value/ };
    },
  },
  {
    name: 'a seed file whose front matter runs to the end of the file',
    make(dir) {
      const file = path.join(dir, 'unclosed-end.md');
      fs.writeFileSync(file, '---\noutlet: Harian Terbuka\npublished: 2025-05-02\n');
      return { paths: [file], file, line: 4, message: /not closed/ };
    },
  },
  {
    name: 'a seed file without front matter',
    make(dir) {
      const file = path.join(dir, 'no-front-matter.md');
      fs.writeFileSync(file, 'Korea Utara mengirim tentara ke Rusia.\n');
      return { paths: [file], file, line: 1, message: /front matter/ };
    },
  },
  {
    name: 'a seed file with an impossible date',
    make(dir) {
      const file = path.join(dir, 'bad-date.md');
      fs.writeFileSync(file, seedFile('outlet: Harian Kalender\npublished: 2025-02-30'));
      // The front-matter line that holds the bad value.
      return { paths: [file], file, line: 3, message: /published.*calendar date/ };
    },
  },
  {
    name: 'a folder with one good and one bad seed file, after a good JSONL file',
    make(dir) {
      const good = path.join(dir, 'good.jsonl');
      fs.writeFileSync(good, `${goodLine(11)}\n${goodLine(12)}\n`);
      const folder = path.join(dir, 'folder');
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'a-good.md'), seedFile('id: folder-good\noutlet: Harian Map\npublished: 2025-05-03'));
      const bad = path.join(folder, 'b-bad.md');
      fs.writeFileSync(bad, seedFile('id: folder-bad\noutlet: Harian Map\npublished: 03-05-2025'));
      return { paths: [good, folder], file: bad, line: 4, message: /published.*YYYY-MM-DD/ };
    },
  },
];

describe('refused input through the ingest command', () => {
  const dir = tempDir('refused');
  const baseDb = path.join(dir, 'base.db');
  let statsBefore: CorpusStats;
  let digestBefore: string;
  let answersBefore: unknown[];

  /** Stats, sentence digest and answers of a database file as it is now. */
  function snapshot(file: string) {
    const { db } = openCorpus(file, { seed: false });
    try {
      const engine = createEngine(db);
      return {
        stats: corpusStats(db),
        digest: corpusDigest(db.$client),
        answers: QUESTIONS.map((q) => stableAnswer(answerToJson(engine.ask(q)))),
      };
    } finally {
      db.$client.close();
    }
  }

  beforeAll(() => {
    // The seeded corpus, as the first start leaves it (closed cleanly: one self-contained file).
    openCorpus(baseDb).db.$client.close();
    ({ stats: statsBefore, digest: digestBefore, answers: answersBefore } = snapshot(baseDb));
  });

  afterAll(() => removeDir(dir));

  it('starts from the seeded corpus, which answers the fixed questions', () => {
    expect(statsBefore.articles).toBe(5);
    expect((answersBefore[0] as { noAnswer: boolean }).noAnswer).toBe(false);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s: exit 1, file and line named, nothing written', async (_name, refused) => {
    // Each case gets its own copy of the seeded database, so one failure cannot spill into the next.
    const caseDir = fs.mkdtempSync(path.join(dir, 'case-'));
    const dbFile = path.join(caseDir, 'news.db');
    fs.copyFileSync(baseDb, dbFile);
    const { paths, file, line, message } = refused.make(caseDir);
    const result = await runTsx(INGEST_CLI, paths, { env: { DATABASE_PATH: dbFile }, timeoutMs: 30_000 });
    const after = snapshot(dbFile);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}:`);
    const errorLine = result.stderr.split('\n').find((l) => l.includes(`${file}:${line}:`)) ?? '';
    expect(errorLine).toMatch(message);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(result.stdout).not.toMatch(/ingested/);

    expect(after.stats).toEqual(statsBefore);
    expect(after.digest).toBe(digestBefore);
    expect(after.answers).toEqual(answersBefore);
  }, 40_000);
});
