/**
 * The corpora the evaluation asks against: the seeds alone, and the seeds with the 3,459
 * IndoSum articles (tests/fixtures/distractors), each in a fresh in-memory database built
 * with the real migrations and the real ingest.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openCorpus } from '../corpus/bootstrap.js';
import { ingestArticles } from '../corpus/ingest.js';
import { parseJsonl } from '../corpus/jsonl.js';
import type { ArticleInput } from '../corpus/article-input.js';
import { PROJECT_ROOT, type Db } from '../db/database.js';
import type { AttributionCorpus } from './score.js';

export const DISTRACTORS_GZ = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'distractors', 'indosum-dev.jsonl.gz');

/** The 3,459 IndoSum articles in the ingest JSONL format. */
export function readDistractors(file = DISTRACTORS_GZ): ArticleInput[] {
  return parseJsonl(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'), file);
}

/** A migrated in-memory database with the seeds, and the distractors when `scale`. */
export function buildEvalDatabase(scale: boolean): Db {
  const { db } = openCorpus(':memory:');
  if (scale) ingestArticles(db, readDistractors());
  return db;
}

/** Every article's outlet and original text, for the attribution check. */
export function attributionCorpus(db: Db): AttributionCorpus {
  return {
    articles: db.$client.prepare<[], { outlet: string; text: string }>('SELECT o.name AS outlet, a.original AS text FROM articles a JOIN outlets o ON o.id = a.outlet_id').all(),
  };
}
