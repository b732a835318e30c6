/**
 * Corpus helpers for tests: a real in-memory database with the real migrations and seeds, and
 * the reference data shipped in tests/fixtures (NOTICE.md).
 */
import { openCorpus } from '../../src/corpus/bootstrap.js';

export { DEV_QUESTIONS_FILE, DISTRACTORS_FILE, FIXTURES_DIR } from '../../src/bench/fixtures.js';

/** A fresh seeded in-memory corpus. */
export function seededCorpus() {
  return openCorpus(':memory:').db;
}

/** Row counts and a digest of every stored sentence, to prove "nothing changed". */
export function corpusFingerprint(db: ReturnType<typeof seededCorpus>): string {
  const rows = db.$client.prepare('SELECT article_id, position, start, "end", text, terms FROM sentences ORDER BY id').all();
  const articles = db.$client.prepare('SELECT slug, content_hash FROM articles ORDER BY id').all();
  return JSON.stringify([articles, rows]);
}
