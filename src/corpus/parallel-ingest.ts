/**
 * Ingest on several cores: worker threads clean, segment and analyse articles while the main
 * thread writes them, in input order, one transaction per article. The main thread analyses
 * articles too whenever it has nothing to write (while the workers start, and when they fall
 * behind). The result is the same as `ingestArticles` (same rows, same order); only the wall
 * time differs.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database.js';
import type { ArticleInput } from './article-input.js';
import {
  analyzeArticle,
  emptyReport,
  identifyArticle,
  ingestArticles,
  isUnchanged,
  PROGRESS_EVERY,
  recordOutcome,
  writeAndRecord,
  type IngestReport,
  type PreparedArticle,
  type PreparedPassage,
} from './ingest.js';
import type { PrepareResult, PrepareTask } from './prepare-worker.js';

/** Below this many articles, starting workers (about 0.5 s) costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 300;
/** Tasks queued per worker: enough to keep it busy while the main thread writes. */
const IN_FLIGHT_PER_WORKER = 32;

export interface ParallelOptions {
  /** Worker threads (default: one per core but one, as the main thread writes and analyses). */
  workers?: number;
  /** Workers started earlier, kept running across calls (for ingest in batches). */
  pool?: IngestWorkers;
  onProgress?: (done: number) => void;
}

/** Analysis workers that can serve several ingests; `close` stops them. */
export interface IngestWorkers {
  readonly workers: readonly Worker[];
  close(): Promise<void>;
}

/** The default number of analysis workers: one per core but one. */
export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/** Starts analysis workers (each takes about 0.2 s to load the analyser). */
export function startIngestWorkers(count = defaultWorkerCount()): IngestWorkers {
  const workers = Array.from({ length: Math.max(1, count) }, () => new Worker(new URL('./prepare-worker-boot.mjs', import.meta.url)));
  return { workers, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

type Identity = ReturnType<typeof identifyArticle>;

/** Ingests articles like `ingestArticles`, analysing them on worker threads as well. */
export async function ingestArticlesInParallel(db: Db, inputs: readonly ArticleInput[], options: ParallelOptions = {}): Promise<IngestReport> {
  if (inputs.length < PARALLEL_MIN_ARTICLES && !options.pool) return ingestArticles(db, inputs, options.onProgress);

  const report = emptyReport();
  // Identity and the unchanged check happen here, so unchanged articles never travel.
  const identities: Identity[] = inputs.map((input) => identifyArticle(input));
  const analysed: (PreparedPassage[] | 'unchanged' | undefined)[] = identities.map((identity) => (isUnchanged(db, identity) ? 'unchanged' : undefined));
  const tasks = analysed.flatMap((a, index) => (a === undefined ? [index] : []));

  const pool = options.pool ?? startIngestWorkers(Math.min(options.workers ?? defaultWorkerCount(), Math.max(1, tasks.length)));
  const { workers } = pool;
  const listeners: [Worker, (result: PrepareResult) => void, (error: Error) => void][] = [];
  let nextTask = 0;
  let nextWrite = 0;
  let finished = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown) => {
        finished = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const refuse = (index: number, message: string) => fail(new Error(`${inputs[index]?.location.file}:${inputs[index]?.location.line}: ${message}`));
      /** Writes every article that is ready, in input order. */
      const flush = () => {
        while (nextWrite < inputs.length && analysed[nextWrite] !== undefined) {
          const outcome = analysed[nextWrite]!;
          const input = inputs[nextWrite]!;
          const identity = identities[nextWrite]!;
          if (outcome === 'unchanged') recordOutcome(report, input, identity.slug, 'unchanged');
          else writeAndRecord(db, report, { input, ...identity, passages: outcome } satisfies PreparedArticle);
          analysed[nextWrite] = 'unchanged'; // release the analysis
          nextWrite++;
          if (options.onProgress && nextWrite % PROGRESS_EVERY === 0) options.onProgress(nextWrite);
        }
        if (nextWrite === inputs.length) {
          finished = true;
          resolve();
        }
      };
      const feed = (worker: Worker) => {
        if (nextTask >= tasks.length) return;
        const index = tasks[nextTask++]!;
        const { text, outlet, site, title } = inputs[index]!;
        worker.postMessage({ index, input: { text, outlet, site, title } } satisfies PrepareTask);
      };
      /** The main thread's own share: analyse the next task when nothing is ready to write. */
      const helpOut = () => {
        if (finished) return;
        try {
          flush();
          if (finished) return;
          if (nextTask < tasks.length) {
            const index = tasks[nextTask++]!;
            try {
              analysed[index] = analyzeArticle(inputs[index]!);
            } catch (error) {
              // Named like a worker's failure: the file and line of the article.
              return refuse(index, (error as Error).message);
            }
            flush();
          }
        } catch (error) {
          fail(error);
          return;
        }
        // Yield between articles so that worker results are taken in as they arrive.
        if (nextTask < tasks.length) setImmediate(helpOut);
      };
      for (const worker of workers) {
        const onMessage = (result: PrepareResult) => {
          if (finished) return;
          if ('error' in result) return refuse(result.index, result.error);
          analysed[result.index] = result.passages;
          feed(worker);
          try {
            flush();
          } catch (error) {
            fail(error);
          }
        };
        worker.on('message', onMessage);
        worker.on('error', fail);
        listeners.push([worker, onMessage, fail]);
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(worker);
      }
      helpOut();
    });
  } catch (error) {
    // Workers may still be busy with this run's tasks: a pool cannot be reused after a failure.
    await pool.close();
    throw error;
  } finally {
    for (const [worker, onMessage, onError] of listeners) worker.off('message', onMessage).off('error', onError);
  }
  // Every task's result has arrived (all articles are written), so the pool is idle again.
  if (!options.pool) await pool.close();
  return report;
}
