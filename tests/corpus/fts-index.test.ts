/**
 * The full-text indexes follow their tables through one path (src/corpus/fts-index.ts): insert,
 * replace, delete and re-analysis leave FTS5's own integrity check clean and exactly the base
 * rows indexed; FTS5's row count is the exact sentence count.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/corpus/article-input.js';
import { openCorpus, reanalyzeCorpus } from '../../src/corpus/bootstrap.js';
import { indexedRowCount } from '../../src/corpus/fts-index.js';
import { ingestArticles, removeArticle } from '../../src/corpus/ingest.js';
import type { Db } from '../../src/db/database.js';
import { createSearchIndex } from '../../src/search/search-index.js';

const article = (id: string, paragraphs: string[]): ArticleInput => ({
  id,
  outlet: 'Kabar Uji',
  site: null,
  title: null,
  byline: null,
  published: '2025-06-01',
  url: null,
  language: 'id',
  text: paragraphs.join('\n\n'),
  location: { file: 'test.jsonl', line: 1 },
});

const FIRST = article('uji-satu', ['Hujan deras merendam tiga desa di Kabupaten Bandung pada Senin.', 'Sebanyak 120 warga mengungsi ke balai desa.']);
const SECOND = article('uji-dua', ['Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp 80.000 per kilogram.', 'Pedagang menyebut pasokan dari Jawa Tengah berkurang.']);

const ids = (db: Db, sql: string) => db.$client.prepare<[], number>(sql).pluck().all();

/** FTS5's integrity check, against the content tables too (the `rank` argument 1). */
function integrityProblems(db: Db): string[] {
  const problems: string[] = [];
  for (const table of ['sentences_fts', 'passages_fts']) {
    try {
      db.$client.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`);
    } catch (error) {
      problems.push(`${table}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** The index holds exactly the base rows: one docsize record per row, same ids, same count. */
function expectIndexEqualsRows(db: Db): void {
  expect(integrityProblems(db)).toEqual([]);
  for (const table of ['sentences', 'passages'] as const) {
    expect(ids(db, `SELECT id FROM ${table}_fts_docsize ORDER BY id`)).toEqual(ids(db, `SELECT id FROM ${table} ORDER BY id`));
    expect(indexedRowCount(db.$client, `${table}_fts`)).toBe(ids(db, `SELECT count(*) FROM ${table}`)[0]);
  }
}

describe('full-text index sync', () => {
  it('has no triggers left: the ingest code is the only sync path', () => {
    const { db } = openCorpus(':memory:', { seed: false });
    expect(ids(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toEqual([0]);
  });

  it('insert, replace and delete leave the index clean and equal to the rows', () => {
    const { db } = openCorpus(':memory:');
    expectIndexEqualsRows(db);
    expect(ingestArticles(db, [FIRST, SECOND])).toMatchObject({ added: 2 });
    expectIndexEqualsRows(db);
    const changed = { ...FIRST, text: `${FIRST.text}\n\nBadan Penanggulangan Bencana Daerah mengirim dua perahu karet.` };
    expect(ingestArticles(db, [changed])).toMatchObject({ updated: 1 });
    expectIndexEqualsRows(db);
    const match = db.$client.prepare<[string], number>('SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?').pluck();
    expect(match.get('"perahu"')).toBe(1);
    expect(removeArticle(db, 'uji-satu')).toBe(true);
    expect(removeArticle(db, 'uji-satu')).toBe(false);
    expectIndexEqualsRows(db);
    expect(match.get('"perahu"')).toBe(0);
    expect(match.get('"hujan"')).toBe(0);
    expect(match.get('"cabai"')).toBe(1);
  });

  it('re-analysis in small batches rewrites stale rows and their index entries only', () => {
    const { db } = openCorpus(':memory:');
    const c = db.$client;
    const before = ids(db, 'SELECT count(*) FROM sentences')[0]!;
    // Terms an older analyser wrote, indexed as they were.
    c.exec(`
      INSERT INTO sentences_fts (sentences_fts, rowid, terms) SELECT 'delete', id, terms FROM sentences WHERE id % 7 = 0;
      UPDATE sentences SET terms = 'lama', numbers = '[1]' WHERE id % 7 = 0;
      INSERT INTO sentences_fts (rowid, terms) SELECT id, terms FROM sentences WHERE id % 7 = 0;
      INSERT INTO passages_fts (passages_fts, rowid, terms) SELECT 'delete', id, terms FROM passages WHERE id % 3 = 0;
      UPDATE passages SET terms = 'lama' WHERE id % 3 = 0;
      INSERT INTO passages_fts (rowid, terms) SELECT id, terms FROM passages WHERE id % 3 = 0;`);
    const stale = ids(db, 'SELECT count(*) FROM sentences WHERE id % 7 = 0')[0]!;
    expect(reanalyzeCorpus(db, 3)).toBe(stale);
    expect(ids(db, "SELECT count(*) FROM sentences WHERE terms = 'lama' OR numbers = '[1]'")).toEqual([0]);
    expect(ids(db, "SELECT count(*) FROM passages WHERE terms = 'lama'")).toEqual([0]);
    expect(ids(db, 'SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH \'"lama"\'')).toEqual([0]);
    expectIndexEqualsRows(db);
    expect(ids(db, 'SELECT count(*) FROM sentences')).toEqual([before]);
    // Nothing stale left: a second pass writes nothing.
    expect(reanalyzeCorpus(db)).toBe(0);
  });
});

describe('sentence count for IDF', () => {
  it('is the exact number of sentences after articles are replaced several times', () => {
    const { db } = openCorpus(':memory:');
    ingestArticles(db, [FIRST, SECOND]);
    for (let i = 1; i <= 4; i++) {
      const paragraphs = Array.from({ length: i }, (_, j) => `Laporan tambahan nomor ${i}-${j} tentang banjir di Bandung.`);
      expect(ingestArticles(db, [{ ...FIRST, text: [FIRST.text, ...paragraphs].join('\n\n') }])).toMatchObject({ updated: 1 });
    }
    removeArticle(db, 'uji-dua');
    const exact = ids(db, 'SELECT count(*) FROM sentences')[0]!;
    // Replacements leave gaps in the ids: max(id) would overstate the count.
    expect(ids(db, 'SELECT max(id) FROM sentences')[0]).toBeGreaterThan(exact);
    expect(createSearchIndex(db).sentenceCount).toBe(exact);
  });

  it('is 0 for an empty corpus', () => {
    const { db } = openCorpus(':memory:', { seed: false });
    expect(createSearchIndex(db).sentenceCount).toBe(0);
  });
});
