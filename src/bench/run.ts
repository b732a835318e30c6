/**
 * The bench run: build the corpus (timed ingest), then each measurement in the process where it
 * belongs: queries in a fresh serving process (its RSS is the product's), the peer in its own
 * process (its memory is its own), cold start as real `ask` processes, bot throughput here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCorpus } from '../corpus/bootstrap.js';
import { PROJECT_ROOT } from '../db/database.js';
import { createEngine } from '../search/engine.js';
import { measureBotThroughput, type BotResult } from './bot.js';
import { measureColdStart, runWorker } from './child.js';
import { buildBenchCorpus, buildSeedsDatabase } from './corpus.js';
import type { PeerMeasurement } from './peer.js';
import { analyseQueries } from './query.js';
import type { QueryWorkerOutput } from './query-worker.js';
import { loadQuestions } from './questions.js';
import type { BenchResult } from './report.js';

export interface BenchOptions {
  /** Total articles; default seeds + distractors. */
  articles?: number;
  seedsOnly?: boolean;
  /** Timed passes over the questions (engine); the floor and peer do 4x as many. */
  rounds?: number;
  /** Upper bound for each query phase. */
  queryBudgetMs?: number;
  coldRuns?: number;
  /** `ask` processes on the bench corpus itself (0 to skip). */
  corpusColdRuns?: number;
  bot?: boolean;
  botUpdates?: number;
  botConcurrency?: number;
  /** Keep the temporary databases (their folder is printed). */
  keep?: boolean;
  progress?: (message: string) => void;
}

export const DEFAULTS = { rounds: 5, queryBudgetMs: 20_000, coldRuns: 5, corpusColdRuns: 3, botUpdates: 1000, botConcurrency: 16 } as const;

/** `git describe` of the tree measured (with -dirty when tracked files changed). */
export function currentCommit(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=12'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Runs every phase and returns the result (nothing printed on stdout). */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const started = performance.now();
  const progress = options.progress ?? (() => {});
  const rounds = options.rounds ?? DEFAULTS.rounds;
  const budgetMs = options.queryBudgetMs ?? DEFAULTS.queryBudgetMs;
  const loadAverage = os.loadavg()[0] ?? 0;
  if (loadAverage > os.cpus().length * 0.5) progress(`bench: warning: load average ${loadAverage.toFixed(1)} on ${os.cpus().length} cores; timings will be noisy`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  try {
    progress(`bench: building the corpus in ${dbPath}`);
    const corpus = await buildBenchCorpus({
      file: dbPath,
      ...(options.articles !== undefined ? { articles: options.articles } : {}),
      ...(options.seedsOnly ? { seedsOnly: true } : {}),
      progress,
    });
    progress(`bench: ${corpus.articles} articles, ${corpus.sentences} sentences ingested in ${(corpus.ingest.ms / 1000).toFixed(1)} s`);

    const { questions, source } = loadQuestions();

    progress('bench: query latency and floor (serving process)');
    const query = await runWorker<QueryWorkerOutput>('query-worker.ts', { dbPath, questions, rounds, budgetMs });

    progress('bench: MiniSearch peer (own process)');
    const queries = analyseQueries(questions).map((q) => q.terms);
    const peer = await runWorker<PeerMeasurement>('peer-worker.ts', { dbPath, queries, rounds: rounds * 4, budgetMs: budgetMs / 2 }, { nodeArgs: ['--expose-gc'] });

    progress('bench: cold start (real ask processes, seeds-only database)');
    const seedsDb = path.join(dir, 'seeds.db');
    buildSeedsDatabase(seedsDb);
    const coldQuestion = questions[0]?.question ?? 'Berapa tentara Korea Utara yang dikirim ke Rusia?';
    const coldStart = await measureColdStart(seedsDb, coldQuestion, options.coldRuns ?? DEFAULTS.coldRuns);
    const corpusColdRuns = options.corpusColdRuns ?? DEFAULTS.corpusColdRuns;
    const coldStartCorpus = corpusColdRuns > 0 && !options.seedsOnly ? await measureColdStart(dbPath, coldQuestion, corpusColdRuns) : undefined;

    let bot: BotResult = { skipped: 'disabled with --no-bot' };
    if (options.bot !== false) {
      progress('bench: bot throughput (fake Bot API process)');
      const { db } = openCorpus(dbPath);
      try {
        bot = await measureBotThroughput(createEngine(db), questions, {
          updates: options.botUpdates ?? DEFAULTS.botUpdates,
          concurrency: options.botConcurrency ?? DEFAULTS.botConcurrency,
        });
      } finally {
        db.$client.close();
      }
    }

    return {
      corpus,
      questions: { source, count: questions.length, id: questions.filter((q) => q.lang === 'id').length, en: questions.filter((q) => q.lang === 'en').length },
      query,
      peer,
      coldStart,
      ...(coldStartCorpus ? { coldStartCorpus } : {}),
      bot,
      commit: currentCommit(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', platform: `${os.platform()} ${os.arch()}`, loadAverage: Math.round(loadAverage * 100) / 100 },
      totalMs: Math.round(performance.now() - started),
    };
  } finally {
    if (options.keep) progress(`bench: databases kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
