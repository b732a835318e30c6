/**
 * The full-text indexes (`sentences_fts`, `passages_fts`, external-content FTS5 tables) are kept
 * in step with their tables here and only here: no triggers (migration 0003 dropped the last
 * ones). Every statement handles a set of rows at once, because FTS5 flushes its pending terms
 * at every statement savepoint and per-row statements made indexing about twice as slow
 * (migration 0002).
 *
 * External-content FTS5 removes a row only when told the exact terms it indexed, so rows are
 * unindexed *before* their terms change or they are deleted, with the terms still stored.
 */
import type Database from 'better-sqlite3';

type Table = 'sentences' | 'passages';

/** Prepared statements over both indexes, for one connection. */
export interface FtsIndex {
  /** Indexes every sentence and passage of an article (after they are inserted). */
  indexArticle(articleId: number): void;
  /** Removes an article's sentences and passages from the indexes (before they are deleted). */
  unindexArticle(articleId: number): void;
  /** Removes rows given with the terms they were indexed with (before their terms change). */
  unindexRows(table: Table, rows: readonly (readonly [id: number, indexedTerms: string])[]): void;
  /** Indexes rows by id with their stored terms (after their terms changed). */
  indexRows(table: Table, ids: readonly number[]): void;
}

const cache = new WeakMap<Database.Database, FtsIndex>();

/** The FTS statements of a connection, prepared once. */
export function ftsIndex(client: Database.Database): FtsIndex {
  let fts = cache.get(client);
  if (fts) return fts;
  const byArticle = (sql: string) => client.prepare<[number]>(sql);
  const indexSentences = byArticle('INSERT INTO sentences_fts (rowid, terms) SELECT id, terms FROM sentences WHERE article_id = ?');
  const indexPassages = byArticle('INSERT INTO passages_fts (rowid, terms) SELECT id, terms FROM passages WHERE article_id = ?');
  const unindexSentences = byArticle("INSERT INTO sentences_fts (sentences_fts, rowid, terms) SELECT 'delete', id, terms FROM sentences WHERE article_id = ?");
  const unindexPassages = byArticle("INSERT INTO passages_fts (passages_fts, rowid, terms) SELECT 'delete', id, terms FROM passages WHERE article_id = ?");
  // Row sets travel as one JSON array: one statement per batch, whatever its size.
  const unindex = {
    sentences: client.prepare<[string]>(
      "INSERT INTO sentences_fts (sentences_fts, rowid, terms) SELECT 'delete', json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)",
    ),
    passages: client.prepare<[string]>(
      "INSERT INTO passages_fts (passages_fts, rowid, terms) SELECT 'delete', json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)",
    ),
  };
  const index = {
    sentences: client.prepare<[string]>('INSERT INTO sentences_fts (rowid, terms) SELECT s.id, s.terms FROM json_each(?) AS j JOIN sentences s ON s.id = j.value'),
    passages: client.prepare<[string]>('INSERT INTO passages_fts (rowid, terms) SELECT p.id, p.terms FROM json_each(?) AS j JOIN passages p ON p.id = j.value'),
  };
  fts = {
    indexArticle(articleId) {
      indexPassages.run(articleId);
      indexSentences.run(articleId);
    },
    unindexArticle(articleId) {
      unindexPassages.run(articleId);
      unindexSentences.run(articleId);
    },
    unindexRows(table, rows) {
      if (rows.length > 0) unindex[table].run(JSON.stringify(rows));
    },
    indexRows(table, ids) {
      if (ids.length > 0) index[table].run(JSON.stringify(ids));
    },
  };
  cache.set(client, fts);
  return fts;
}

/** FTS5's "averages" record: the row count and the token totals per column (fts5_index.c). */
const AVERAGES_ROWID = 1;

/** Reads one SQLite varint (big-endian, 7 bits a byte, the ninth byte whole) at `at`. */
function readVarint(bytes: Uint8Array, at: number): number {
  let value = 0;
  for (let i = 0; i < 9 && at + i < bytes.length; i++) {
    const byte = bytes[at + i]!;
    if (i === 8) return value * 256 + byte;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  return value;
}

/**
 * Rows in an FTS5 index, from the count FTS5 itself maintains (the first varint of its averages
 * record, which bm25 uses too): exact, and one primary-key lookup at any corpus size, where
 * `count(*)` over 1.5 million sentences takes tens of milliseconds. 0 for an empty index.
 */
export function indexedRowCount(client: Database.Database, table: `${Table}_fts`): number {
  const row = client.prepare<[number], { block: Buffer | null }>(`SELECT block FROM ${table}_data WHERE id = ?`).get(AVERAGES_ROWID);
  return row?.block ? readVarint(row.block, 0) : 0;
}
