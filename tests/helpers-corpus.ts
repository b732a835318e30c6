/** Shared test helpers: a real in-memory database with the real migrations and seeds. */
import fs from 'node:fs';
import path from 'node:path';
import { openCorpus } from '../src/corpus/bootstrap.js';
import { PROJECT_ROOT } from '../src/db/database.js';

export const SHARED_DIR = path.resolve(PROJECT_ROOT, '..', 'shared');
export const hasShared = fs.existsSync(path.join(SHARED_DIR, 'eval', 'dev-questions.jsonl'));

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
