/**
 * Builds the bench corpus through the real ingest path, into a database file of its own:
 * the seeds (`openCorpus` seeds an empty database), the distractor articles shipped in
 * `tests/fixtures/distractors/` (gzip JSONL), then synthetic articles up to the requested size.
 *
 * Synthetic articles are recombined real sentences: their lengths (sentences per article,
 * sentences per paragraph) are drawn from the real articles, their sentences from the real
 * sentences, so term statistics (document frequencies, bm25 lengths, posting-list sizes) stay
 * those of Indonesian news. When the distractors exist the seeds' sentences are left out of the
 * pool: the seeds stay the only articles about their event, as when an editor adds unrelated
 * news. Without the distractors (`distractorsFile: null`) the pool is the seeds' sentences, which
 * is much less realistic (every question then hits many copies); the report says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateArticle, type ArticleInput } from '../corpus/article-input.js';
import { openCorpus } from '../corpus/bootstrap.js';
import { ingestArticlesInParallel, startIngestWorkers, type IngestWorkers } from '../corpus/parallel-ingest.js';
import { loadInputs } from '../corpus/load-inputs.js';
import { corpusStats } from '../corpus/repository.js';
import { SEEDS_DIR } from '../db/database.js';
import { createRandom, pick, randomInt, type Random } from './prng.js';
import { DISTRACTORS_FILE } from './fixtures.js';
import { databaseSizeMb, round1 } from './stats.js';

export { DISTRACTORS_FILE };
/** Articles in the distractor file: the default size stays comparable without it. */
export const DISTRACTOR_ARTICLES = 3459;
/** Articles validated and ingested per synthetic batch (bounds memory at 100,000 articles). */
const SYNTHETIC_BATCH = 2000;
const DEFAULT_SEED = 20250429;

export interface CorpusOptions {
  /** The database file to create (it must not exist yet). */
  file: string;
  /** Total articles wanted; default: seeds + distractors. Ignored with `seedsOnly`. */
  articles?: number;
  seedsOnly?: boolean;
  /** The distractor JSONL (or .jsonl.gz); `null` to leave it out. Default: the shipped file. */
  distractorsFile?: string | null;
  seedsDir?: string;
  /** Seed of the PRNG that builds synthetic articles. */
  seed?: number;
  /** Progress lines (stderr in the CLI). */
  progress?: (message: string) => void;
}

export interface CorpusReport {
  file: string;
  articles: number;
  passages: number;
  sentences: number;
  outlets: number;
  seeds: number;
  distractors: number;
  synthetic: number;
  /** Inputs refused as duplicates or unchanged (a sign the synthetic mix is wrong). */
  notAdded: number;
  /** True when the distractors were left out and everything beyond the seeds is built from their sentences. */
  syntheticFromSeedsOnly: boolean;
  ingest: {
    /** Time of the real path only: open + migrate + seed, read + validate, analyse + write. */
    ms: number;
    articlesPerSec: number;
    openAndSeedMs: number;
    loadAndValidateMs: number;
    writeMs: number;
    /** Building synthetic article objects (not part of the ingest figure). */
    generateMs: number;
  };
  dbSizeMb: number;
}

interface SentencePool {
  sentences: string[];
  sentencesPerArticle: number[];
  sentencesPerParagraph: number[];
}

const OUTLET_HEADS = ['Kabar', 'Warta', 'Berita', 'Harian', 'Suara', 'Sinar', 'Media', 'Pos', 'Lensa', 'Gema'];
const OUTLET_TAILS = ['Nusantara', 'Rakyat', 'Timur', 'Pagi'];

/** 40 synthetic outlet names ("Kabar Nusantara", "Warta Rakyat", ...). */
export const SYNTHETIC_OUTLETS: readonly string[] = OUTLET_HEADS.flatMap((h) => OUTLET_TAILS.map((t) => `${h} ${t}`));

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);

/** One synthetic article in the ingest JSONL shape (not yet validated). */
export function syntheticArticle(pool: SentencePool, random: Random, index: number): Record<string, unknown> {
  const wanted = Math.max(1, pick(random, pool.sentencesPerArticle));
  const paragraphs: string[] = [];
  let used = 0;
  while (used < wanted) {
    const size = Math.min(wanted - used, Math.max(1, pick(random, pool.sentencesPerParagraph)));
    const sentences: string[] = [];
    for (let i = 0; i < size; i++) sentences.push(pick(random, pool.sentences));
    paragraphs.push(sentences.join(' '));
    used += size;
  }
  const day = FIRST_DAY + randomInt(random, (LAST_DAY - FIRST_DAY) / DAY_MS + 1) * DAY_MS;
  return {
    id: `bench-synthetic-${String(index).padStart(6, '0')}`,
    outlet: pick(random, SYNTHETIC_OUTLETS),
    title: null,
    published: new Date(day).toISOString().slice(0, 10),
    url: null,
    language: 'id',
    text: paragraphs.join('\n\n'),
  };
}

/** Real sentences and length distributions of every article except `excludeArticleIds`. */
function readSentencePool(db: ReturnType<typeof openCorpus>['db'], excludeArticleIds: readonly number[]): SentencePool {
  const c = db.$client;
  const excluded = new Set(excludeArticleIds);
  const rows = c.prepare<[], { text: string; article_id: number; passage_id: number }>('SELECT text, article_id, passage_id FROM sentences').all();
  const perArticle = new Map<number, number>();
  const perPassage = new Map<number, number>();
  const sentences: string[] = [];
  for (const r of rows) {
    if (excluded.has(r.article_id)) continue;
    sentences.push(r.text);
    perArticle.set(r.article_id, (perArticle.get(r.article_id) ?? 0) + 1);
    perPassage.set(r.passage_id, (perPassage.get(r.passage_id) ?? 0) + 1);
  }
  return { sentences, sentencesPerArticle: [...perArticle.values()], sentencesPerParagraph: [...perPassage.values()] };
}

/** Creates the bench database and fills it through the real ingest path; times the ingest. */
/** Builds the bench corpus through the product's ingest path (`npm run ingest`: worker threads prepare, one transaction per article). */
export async function buildBenchCorpus(options: CorpusOptions): Promise<CorpusReport> {
  const progress = options.progress ?? (() => {});
  if (fs.existsSync(options.file)) throw new Error(`bench database ${options.file} already exists`);
  const distractorsFile =
    options.seedsOnly || options.distractorsFile === null
      ? null
      : (options.distractorsFile ?? DISTRACTORS_FILE);

  let t = performance.now();
  const handle = openCorpus(options.file, options.seedsDir ? { seedsDir: options.seedsDir } : {});
  const openAndSeedMs = performance.now() - t;
  const { db } = handle;
  const seeds = handle.seeded?.added ?? 0;
  const seedSlugs = handle.seeded?.results.map((r) => r.slug) ?? [];
  let notAdded = (handle.seeded?.duplicate ?? 0) + (handle.seeded?.unchanged ?? 0);

  let loadAndValidateMs = 0;
  let writeMs = 0;
  let generateMs = 0;
  let distractors = 0;

  const target = options.seedsOnly ? seeds : (options.articles ?? seeds + DISTRACTOR_ARTICLES);
  // One set of analysis workers for every batch, as one `npm run ingest` would use; started
  // inside the timed part.
  let analysisWorkers: IngestWorkers | undefined;
  const workers = () => (analysisWorkers ??= startIngestWorkers());
  let synthetic = 0;
  try {
    if (distractorsFile && target > seeds) {
      t = performance.now();
      const { articles, errors } = loadInputs([distractorsFile]);
      loadAndValidateMs += performance.now() - t;
      if (errors.length > 0) throw new Error(`distractors are invalid:\n${errors.map((e) => e.message).join('\n')}`);
      const chosen = articles.slice(0, Math.max(0, target - seeds));
      progress(`ingest: ${chosen.length} distractor articles from ${path.relative(process.cwd(), distractorsFile)}`);
      t = performance.now();
      const report = await ingestArticlesInParallel(db, chosen, { pool: workers(), onProgress: (done) => progress(`ingest: ${done}/${chosen.length} distractors`) });
      writeMs += performance.now() - t;
      distractors = report.added + report.updated;
      notAdded += report.duplicate + report.unchanged;
    }

    const wantedSynthetic = Math.max(0, target - seeds - distractors);
    if (wantedSynthetic > 0) {
      t = performance.now();
      const seedIds = seedSlugs.length
        ? db.$client
            .prepare<string[], { id: number }>(`SELECT id FROM articles WHERE slug IN (${seedSlugs.map(() => '?').join(',')})`)
            .all(...seedSlugs)
            .map((r) => r.id)
        : [];
      // With distractors, recombine their sentences only; without, the seeds' are all there is.
      const pool = readSentencePool(db, distractors > 0 ? seedIds : []);
      generateMs += performance.now() - t;
      if (pool.sentences.length === 0) throw new Error('no sentences to build synthetic articles from');
      const random = createRandom(options.seed ?? DEFAULT_SEED);
      const batchStarted = performance.now();
      for (let done = 0; done < wantedSynthetic; ) {
        const n = Math.min(SYNTHETIC_BATCH, wantedSynthetic - done);
        t = performance.now();
        const raw = Array.from({ length: n }, (_, i) => syntheticArticle(pool, random, done + i + 1));
        generateMs += performance.now() - t;
        t = performance.now();
        const inputs: ArticleInput[] = raw.map((r, i) => validateArticle(r, { file: 'bench:synthetic', line: done + i + 1 }));
        loadAndValidateMs += performance.now() - t;
        t = performance.now();
        const report = await ingestArticlesInParallel(db, inputs, { pool: workers() });
        writeMs += performance.now() - t;
        synthetic += report.added + report.updated;
        notAdded += report.duplicate + report.unchanged;
        done += n;
        const elapsed = (performance.now() - batchStarted) / 1000;
        progress(`ingest: ${done}/${wantedSynthetic} synthetic articles (${Math.round(done / elapsed)}/s, ${Math.round(elapsed)} s)`);
      }
    }
  } finally {
    await analysisWorkers?.close();
  }

  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const stats = corpusStats(db);
  db.$client.close();
  // Flush the freshly written file to disk now, so that the kernel's writeback of a gigabyte
  // of dirty pages does not run during the latency measurements that follow.
  const fd = fs.openSync(options.file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const ms = openAndSeedMs + loadAndValidateMs + writeMs;
  return {
    file: options.file,
    articles: stats.articles,
    passages: stats.passages,
    sentences: stats.sentences,
    outlets: stats.outlets,
    seeds,
    distractors,
    synthetic,
    notAdded,
    syntheticFromSeedsOnly: synthetic > 0 && distractors === 0,
    ingest: {
      ms: Math.round(ms),
      articlesPerSec: round1(stats.articles / (ms / 1000)),
      openAndSeedMs: Math.round(openAndSeedMs),
      loadAndValidateMs: Math.round(loadAndValidateMs),
      writeMs: Math.round(writeMs),
      generateMs: Math.round(generateMs),
    },
    dbSizeMb: databaseSizeMb(options.file),
  };
}

/** Creates a seeds-only database (for the cold start, which measures first start on the seeds). */
export function buildSeedsDatabase(file: string, seedsDir: string = SEEDS_DIR): void {
  const { db } = openCorpus(file, { seedsDir });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
}
