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

/** Re-analyses every stored sentence and passage; returns how many sentences changed. */
export function reanalyzeCorpus(db: Db): number {
  const c = db.$client;
  const rows = c
    .prepare<[], { id: number; passage_id: number; text: string; terms: string }>('SELECT id, passage_id, text, terms FROM sentences ORDER BY passage_id, position')
    .all();
  const stored = new Map(c.prepare<[], { id: number; terms: string }>('SELECT id, terms FROM passages').all().map((p) => [p.id, p.terms]));
  const updateSentence = c.prepare<[string, string, number]>('UPDATE sentences SET terms = ?, numbers = ? WHERE id = ?');
  const updatePassage = c.prepare<[string, number]>('UPDATE passages SET terms = ? WHERE id = ?');
  let changed = 0;
  c.transaction(() => {
    const passageTerms = new Map<number, string[]>();
    for (const r of rows) {
      const { terms, numbers } = analyzeText(r.text);
      const joined = terms.join(' ');
      if (joined !== r.terms) {
        updateSentence.run(joined, JSON.stringify(numbers), r.id);
        changed++;
      }
      const list = passageTerms.get(r.passage_id);
      if (list) list.push(joined);
      else passageTerms.set(r.passage_id, [joined]);
    }
    // Only rows whose terms changed are written: each write also updates the FTS5 index.
    for (const [id, list] of passageTerms) {
      const terms = list.join(' ');
      if (terms !== stored.get(id)) updatePassage.run(terms, id);
    }
  })();
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
