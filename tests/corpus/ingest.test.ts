import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles } from '../../src/corpus/ingest.js';
import { INPUT_ENDINGS, loadInputs } from '../../src/corpus/load-inputs.js';
import { corpusStats } from '../../src/corpus/repository.js';
import { SEEDS_DIR } from '../../src/db/database.js';
import { analyzeTerms } from '../../src/text/analyzer.js';
import { corpusFingerprint, DISTRACTORS_FILE, seededCorpus } from '../helpers/corpus.js';

const BOILERPLATE = [
  'Baca Juga',
  'Share:',
  'Bagikan',
  'x|close',
  'thumbnail-author',
  'Penulis',
  'Editor',
  'Deddy Setiawan',
  'Sumber: era',
  '(FEA)',
  '(Antara)',
  'Sektor:',
  'GELORA.CO',
  'Pahami.id',
  'Ntvnews.id',
  'Suarathailand-',
  'Berita Hari Ini, Terbaru dan Viral',
];

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-test-'));
}

describe('ingesting the seeds', () => {
  const db = seededCorpus();
  const all = db.$client
    .prepare<[], { text: string; start: number; end: number; original: string; terms: string; role: string }>(
      'SELECT s.text, s.start, s."end", a.original, s.terms, p.role FROM sentences s JOIN articles a ON a.id = s.article_id JOIN passages p ON p.id = s.passage_id',
    )
    .all();
  // The reporting; a distributor's notice after it is kept apart (role "notice", clean.ts).
  const sentences = all.filter((s) => s.role !== 'notice');

  it('stores the five articles with sentences', () => {
    const stats = corpusStats(db);
    expect(stats.articles).toBe(5);
    expect(stats.outlets).toBe(5);
    expect(stats.sentences).toBeGreaterThan(80);
  });

  it('stores every sentence as the exact slice of the original text at its offsets', () => {
    for (const s of sentences) expect(s.original.slice(s.start, s.end)).toBe(s.text);
  });

  it('indexes none of the page debris or datelines, and keeps the distributor\'s notice apart from the reporting', () => {
    for (const s of all) for (const junk of BOILERPLATE) expect(s.text, s.text).not.toContain(junk);
    const fts = db.$client.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?');
    for (const term of ['bagikan', 'thumbnail']) expect(fts.get(`"${term}"`)?.n).toBe(0);
    // SeaPRwire's disclaimer and its "about" paragraph: searchable, but only as the notice.
    const notice = all.filter((s) => s.role === 'notice').map((s) => s.text);
    expect(notice.some((t) => t.startsWith('Artikel ini disediakan oleh penyedia konten pihak ketiga.'))).toBe(true);
    expect(notice.some((t) => t.includes('3,5 juta desktop profesional di 90 negara'))).toBe(true);
    for (const s of sentences) for (const junk of ['SeaPRwire', 'Artikel ini disediakan']) expect(s.text).not.toContain(junk);
    expect(fts.get('"seaprwire"')?.n).toBe(notice.filter((t) => /seaprwire/i.test(t)).length);
  });

  it('leaves no sentence starting with a broken dateline', () => {
    for (const s of sentences) expect(s.text).not.toMatch(/^(?:CO|id|com)\s*[-–—]/);
    for (const s of sentences) expect(s.text).toMatch(/^[\p{Lu}"“(0-9]/u);
  });

  it('keeps sentence boundaries through domains, abbreviations, numbers, dates and quotes', () => {
    const texts = sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('Pejabat intelijen U.S., Korea Selatan, dan Ukraina mengatakan Korea Utara mengerahkan 10.000-12.000 tentara'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara') && t.endsWith('ke Rusia.'))).toBe(true);
    expect(texts.some((t) => t.includes('dikutip KCNA, Senin (29/4/2025).'))).toBe(true);
    expect(texts.some((t) => t.endsWith('seperti milik mereka sendiri.”'))).toBe(true);
    expect(texts).toContain('Korea Utara mengonfirmasi pengiriman pasukan militer ke Rusia di bawah perintah Kim Jong Un.');
    // A sentence never ends in the middle of a number or an abbreviation.
    for (const t of texts) expect(t).not.toMatch(/\bU\.(?:S\.)?$/);
  });

  it('marks the title and the lead', () => {
    const roles = db.$client.prepare<[], { role: string; n: number }>('SELECT role, count(*) AS n FROM passages GROUP BY role').all();
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toMatchObject({ title: 2, lead: 5 });
  });

  it('changes nothing when all seeds are ingested again', () => {
    const before = corpusFingerprint(db);
    const { articles, errors } = loadInputs([SEEDS_DIR]);
    expect(errors).toEqual([]);
    const report = ingestArticles(db, articles);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(corpusFingerprint(db)).toBe(before);
  });
});

describe('refusing bad input', () => {
  const cases: { name: string; file: string; content: string | Buffer; line: number; message: RegExp }[] = [
    { name: 'a JSONL line that is not JSON', file: 'bad.jsonl', content: '{"outlet":"A","text":"Satu."}\n{"outlet": "B", "text": \n', line: 2, message: /not valid JSON/ },
    { name: 'a missing outlet', file: 'no-outlet.jsonl', content: '{"outlet":"A","text":"Satu."}\n{"text":"Dua."}\n', line: 2, message: /outlet/ },
    { name: 'an empty body', file: 'empty.jsonl', content: '{"outlet":"A","text":"   "}\n', line: 1, message: /text is empty/ },
    { name: 'a bad date', file: 'date.jsonl', content: '{"outlet":"A","text":"Satu.","published":"2025-02-30"}\n', line: 1, message: /published/ },
    { name: 'bytes that are not UTF-8', file: 'latin1.jsonl', content: Buffer.concat([Buffer.from('{"outlet":"A","text":"ok"}\n{"outlet":"B","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]), line: 2, message: /UTF-8/ },
    { name: 'a seed file without front matter', file: 'plain.md', content: 'Just text.\n', line: 1, message: /front matter/ },
    { name: 'a seed file with an unknown key', file: 'key.md', content: '---\noutlet: A\ncolour: red\n---\nText.\n', line: 3, message: /unknown front matter key/ },
    { name: 'an article over the size limit', file: 'huge.jsonl', content: `${JSON.stringify({ outlet: 'A', text: 'x'.repeat(200_001) })}\n`, line: 1, message: /longer than/ },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}, naming the file and line, and writes nothing`, () => {
      const dir = tempDir();
      const file = path.join(dir, c.file);
      fs.writeFileSync(file, c.content);
      const db = seededCorpus();
      const before = corpusFingerprint(db);
      const { articles, errors } = loadInputs([file]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(IngestError);
      expect(errors[0]!.message).toContain(`${file}:${c.line}:`);
      expect(errors[0]!.message).toMatch(c.message);
      expect(articles).toHaveLength(0);
      expect(corpusFingerprint(db)).toBe(before);
    });
  }

  it('refuses a path that does not exist', () => {
    const { errors } = loadInputs(['/nonexistent/file.jsonl']);
    expect(errors[0]?.message).toMatch(/no such file/);
  });

  it('refuses a file whose type is not an input type, naming the accepted ones', () => {
    const file = path.join(tempDir(), 'article.json');
    fs.writeFileSync(file, '{"outlet":"A","text":"Satu."}\n');
    const { articles, errors } = loadInputs([file]);
    expect(articles).toHaveLength(0);
    expect(errors[0]?.message).toBe(`${file}:0: not an input file type (expected ${INPUT_ENDINGS.join(', ')})`);
  });

  it('reads a gzip-compressed JSONL file like the plain one, and names the line of a bad one', () => {
    const dir = tempDir();
    const lines = [
      { id: 'gz-1', outlet: 'Contoh', published: '2025-05-01', text: 'Berita pertama.' },
      { id: 'gz-2', outlet: 'Contoh', published: '2025-05-02', text: 'Berita kedua.' },
    ].map((a) => JSON.stringify(a));
    const plain = path.join(dir, 'a.jsonl');
    const packed = path.join(dir, 'a.jsonl.gz');
    fs.writeFileSync(plain, `${lines.join('\n')}\n`);
    fs.writeFileSync(packed, gzipSync(`${lines.join('\n')}\n`));
    const withoutLocation = (file: string) => loadInputs([file]).articles.map(({ location: _l, ...rest }) => rest);
    expect(loadInputs([packed]).errors).toEqual([]);
    expect(withoutLocation(packed)).toEqual(withoutLocation(plain));
    expect(loadInputs([packed]).articles.map((a) => a.location)).toEqual([{ file: packed, line: 1 }, { file: packed, line: 2 }]);
    // A folder lists .jsonl.gz files too.
    expect(loadInputs([dir]).articles.map((a) => `${path.basename(a.location.file)} ${a.id}`)).toEqual(['a.jsonl gz-1', 'a.jsonl gz-2', 'a.jsonl.gz gz-1', 'a.jsonl.gz gz-2']);

    const bad = path.join(dir, 'bad.jsonl.gz');
    fs.writeFileSync(bad, gzipSync(`${lines[0]}\n{"outlet":"B"}\n`));
    expect(loadInputs([bad]).errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: text`))]);
    const notGzip = path.join(dir, 'plain.jsonl.gz');
    fs.writeFileSync(notGzip, `${lines[0]}\n`);
    expect(loadInputs([notGzip]).errors[0]?.message).toMatch(/plain\.jsonl\.gz:0: not a valid gzip file/);
  });

  it('reads the shipped distractor corpus (gzip JSONL, 3,459 articles)', () => {
    const { articles, errors } = loadInputs([DISTRACTORS_FILE]);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(3459);
  });
});

describe('ingest from JSONL and on first start', () => {
  it('creates, migrates and seeds a database file on first open, and re-opens it unchanged', () => {
    const file = path.join(tempDir(), 'sub', 'news.db');
    const first = openCorpus(file);
    expect(first.seeded?.added).toBe(5);
    const before = corpusFingerprint(first.db);
    expect(first.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    first.db.$client.close();
    const second = openCorpus(file);
    expect(second.seeded).toBeUndefined();
    expect(corpusFingerprint(second.db)).toBe(before);
    second.db.$client.close();
  });

  it('re-analyses stored terms when the analyser changed since they were written', () => {
    const file = path.join(tempDir(), 'news.db');
    const first = openCorpus(file);
    const before = corpusFingerprint(first.db);
    // Terms an older analyser wrote, indexed as they were (the index follows the rows explicitly).
    first.db.$client.exec(`
      INSERT INTO sentences_fts (sentences_fts, rowid, terms) SELECT 'delete', id, terms FROM sentences WHERE id <= 10;
      UPDATE sentences SET terms = 'stale' WHERE id <= 10;
      INSERT INTO sentences_fts (rowid, terms) SELECT id, terms FROM sentences WHERE id <= 10;
      INSERT INTO passages_fts (passages_fts, rowid, terms) SELECT 'delete', id, terms FROM passages;
      UPDATE passages SET terms = 'stale';
      INSERT INTO passages_fts (rowid, terms) SELECT id, terms FROM passages;
      UPDATE meta SET value = 'old' WHERE key = 'analyzer'`);
    first.db.$client.close();
    const second = openCorpus(file);
    expect(second.reanalyzed).toBe(10);
    expect(corpusFingerprint(second.db)).toBe(before);
    expect(second.db.$client.prepare("SELECT count(*) AS n FROM passages WHERE terms = 'stale'").get()).toEqual({ n: 0 });
    second.db.$client.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").run();
    second.db.$client.close();
  });

  it('adds JSONL articles, updates a changed one and skips a duplicate body', () => {
    const db = seededCorpus();
    const dir = tempDir();
    const file = path.join(dir, 'a.jsonl');
    const article = { id: 'x-1', outlet: 'Contoh', published: '2025-05-01', text: 'Paragraf pertama berisi berita.\n\nParagraf kedua juga.' };
    fs.writeFileSync(file, `${JSON.stringify(article)}\n${JSON.stringify({ ...article, id: 'x-2' })}\n`);
    const first = ingestArticles(db, loadInputs([file]).articles);
    expect(first).toMatchObject({ added: 1, duplicate: 1 });
    fs.writeFileSync(file, `${JSON.stringify({ ...article, text: `${article.text}\n\nParagraf ketiga tentang gajah.` })}\n`);
    expect(ingestArticles(db, loadInputs([file]).articles)).toMatchObject({ updated: 1 });
    const n = db.$client.prepare<[], { n: number }>("SELECT count(*) AS n FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.slug = 'x-1'").get();
    expect(n?.n).toBe(3);
    const fts = db.$client.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?').get(`"${analyzeTerms('gajah')[0]}"`);
    expect(fts?.n).toBe(1);
    db.$client.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").run();
  });
});
