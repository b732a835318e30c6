/**
 * The reference data the bench uses, shipped in the repository under `tests/fixtures/` with its
 * licences (NOTICE.md): the IndoSum distractor articles (gzip JSONL), the sample questions and
 * the real-shaped Telegram updates. Never needed by the product itself.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../db/database.js';

export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures');
/** 3,459 IndoSum articles (CC BY-SA 4.0), ingestable as is: `npm run ingest -- <this file>`. */
export const DISTRACTORS_FILE = path.join(FIXTURES_DIR, 'distractors', 'indosum-dev.jsonl.gz');
/** The sample questions with their gold quotes. */
export const DEV_QUESTIONS_FILE = path.join(FIXTURES_DIR, 'eval', 'dev-questions.jsonl');
export const TELEGRAM_UPDATES_DIR = path.join(FIXTURES_DIR, 'telegram-updates');
