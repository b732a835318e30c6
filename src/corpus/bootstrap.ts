/**
 * First start: the database is created, migrated and filled from seeds/ when it is empty,
 * and its analysed terms are rebuilt when the analyser changed since they were written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { openDatabase, SEEDS_DIR, type Db } from '../db/database.js';
import { articles, meta } from '../db/schema.js';
import { ANALYZER_VERSION, analyzeTerms, analyzeText, extractNumbers } from '../text/analyzer.js';
import { CANONICAL_PHRASES, CASE_SENSITIVE_ABBREVIATIONS, INFORMAL_INDONESIAN } from '../text/glossary.js';
import { INDONESIAN_STOP_WORDS } from '../text/stopwords.js';
import { ftsIndex } from './fts-index.js';
import { ingestArticles, type IngestReport } from './ingest.js';
import { loadInputs } from './load-inputs.js';

// Words that exercise every stage of the analyser; if their analysis changes (a new stemmer
// rule, a new alias), the stored terms are stale.
const FINGERPRINT_SAMPLE =
  'Pengerahan mengerahkan dikerahkan pasukannya mengonfirmasi mengkonfirmasi Korut AS U.S. 14.000 14 ribu 3,5 juta ' +
  'perintahkan kepemimpinan pertempuran berjuang kekurangan diratifikasi pesawat nirawak Kiev yg brp peperangan membantah selatan';

/** Identifies the analyser's behaviour: its version plus its output on a fixed sample. */
export function analyzerFingerprint(): string {
  return createHash('sha256')
    .update(`${ANALYZER_VERSION}\n${analyzeTerms(FINGERPRINT_SAMPLE).join(' ')}\n${extractNumbers(FINGERPRINT_SAMPLE).join(' ')}`)
    .update(fs.readFileSync(new URL('../text/data/id-roots.txt', import.meta.url)))
    .update(JSON.stringify([[...INDONESIAN_STOP_WORDS], CANONICAL_PHRASES, INFORMAL_INDONESIAN, CASE_SENSITIVE_ABBREVIATIONS.map(([r, s]) => [r.source, s])]))
    .digest('hex')
    .slice(0, 16);
}

/** Passages re-analysed per batch (with their sentences): bounds memory at any corpus size. */
export const REANALYSIS_BATCH = 2000;

interface StoredSentence {
  id: number;
  passage_id: number;
  text: string;
  terms: string;
  numbers: string;
}

/**
 * Re-analyses every stored sentence and passage; returns how many sentences changed. The corpus
 * is read in batches of passages by id (keyset pagination), each batch in its own transaction,
 * so memory stays that of one batch at 100,000 articles. Stopped half-way, the
 * next start repeats it (the analyser's fingerprint is stored only after it), and rows already
 * current are not written again.
 */
export function reanalyzeCorpus(db: Db, batchSize = REANALYSIS_BATCH): number {
  const c = db.$client;
  const fts = ftsIndex(c);
  const passageBatch = c.prepare<[number, number], { id: number; terms: string }>('SELECT id, terms FROM passages WHERE id > ? ORDER BY id LIMIT ?');
  const sentencesOf = c.prepare<[number, number], StoredSentence>(
    'SELECT id, passage_id, text, terms, numbers FROM sentences WHERE passage_id BETWEEN ? AND ? ORDER BY passage_id, position',
  );
  const updateSentence = c.prepare<[string, string, number]>('UPDATE sentences SET terms = ?, numbers = ? WHERE id = ?');
  const updatePassage = c.prepare<[string, number]>('UPDATE passages SET terms = ? WHERE id = ?');
  let changed = 0;
  let after = 0;
  // One batch: read, analyse and write under the write lock, so that another process cannot
  // replace the rows between the read and the write (the index is told the terms it holds).
  const reanalyzeBatch = c.transaction((): boolean => {
    const passages = passageBatch.all(after, batchSize);
    if (passages.length === 0) return false;
    after = passages[passages.length - 1]!.id;
    const sentences = sentencesOf.all(passages[0]!.id, after);
    const sentenceUpdates: { row: StoredSentence; terms: string; numbers: string }[] = [];
    const passageTerms = new Map<number, string[]>();
    for (const row of sentences) {
      const analysed = analyzeText(row.text);
      const terms = analysed.terms.join(' ');
      const numbers = JSON.stringify(analysed.numbers);
      if (terms !== row.terms || numbers !== row.numbers) sentenceUpdates.push({ row, terms, numbers });
      const list = passageTerms.get(row.passage_id);
      if (list) list.push(terms);
      else passageTerms.set(row.passage_id, [terms]);
    }
    // A passage's terms are its sentences' in order (see analyzeArticle in ingest.ts).
    const passageUpdates = passages.flatMap((p) => {
      const terms = passageTerms.get(p.id)?.join(' ');
      return terms !== undefined && terms !== p.terms ? [{ id: p.id, old: p.terms, terms }] : [];
    });
    // Only rows whose terms changed are written to the index.
    const reindexed = sentenceUpdates.filter((u) => u.terms !== u.row.terms);
    fts.unindexRows('sentences', reindexed.map((u) => [u.row.id, u.row.terms] as const));
    for (const u of sentenceUpdates) updateSentence.run(u.terms, u.numbers, u.row.id);
    fts.indexRows('sentences', reindexed.map((u) => u.row.id));
    fts.unindexRows('passages', passageUpdates.map((u) => [u.id, u.old] as const));
    for (const u of passageUpdates) updatePassage.run(u.terms, u.id);
    fts.indexRows('passages', passageUpdates.map((u) => u.id));
    changed += sentenceUpdates.length;
    return true;
  });
  while (reanalyzeBatch.immediate()) {
    // Each batch commits on its own: memory and the write-ahead log stay those of one batch.
  }
  return changed;
}

export interface CorpusHandle {
  db: Db;
  /** Set when this open seeded an empty database. */
  seeded?: IngestReport;
  /** Sentences re-analysed because the analyser changed. */
  reanalyzed: number;
}

/** Opens the corpus database, seeding it when empty and refreshing stale analysed terms. */
export function openCorpus(file: string, options: { seedsDir?: string; seed?: boolean } = {}): CorpusHandle {
  const db = openDatabase(file);
  const fingerprint = analyzerFingerprint();
  const stored = db.select().from(meta).where(eq(meta.key, 'analyzer')).get()?.value;
  let reanalyzed = 0;
  const empty = (db.select({ n: count() }).from(articles).get()?.n ?? 0) === 0;
  if (stored !== fingerprint) {
    if (!empty) reanalyzed = reanalyzeCorpus(db);
    db.insert(meta).values({ key: 'analyzer', value: fingerprint }).onConflictDoUpdate({ target: meta.key, set: { value: fingerprint } }).run();
  }
  let seeded: IngestReport | undefined;
  if (empty && options.seed !== false) {
    const { articles: inputs, errors } = loadInputs([options.seedsDir ?? SEEDS_DIR]);
    if (errors.length > 0) throw new Error(`seeds are invalid:\n${errors.map((e) => e.message).join('\n')}`);
    seeded = ingestArticles(db, inputs);
  }
  return seeded ? { db, seeded, reanalyzed } : { db, reanalyzed };
}
