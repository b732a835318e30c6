/**
 * Ingest on several cores: worker threads clean, segment and analyse articles while the main
 * thread writes them, in input order, one transaction per article. The result is the same as
 * `ingestArticles` (same rows, same order); only the wall time differs.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database.js';
import type { ArticleInput } from './article-input.js';
import {
  emptyReport,
  identifyArticle,
  ingestArticles,
  isUnchanged,
  PROGRESS_EVERY,
  recordOutcome,
  writeAndRecord,
  type IngestReport,
  type PreparedArticle,
} from './ingest.js';
import type { PrepareResult, PrepareTask } from './prepare-worker.js';

/** Below this many articles, starting workers (about 0.3 s each) costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 300;
/** Tasks queued per worker: enough to keep it busy while the main thread writes. */
const IN_FLIGHT_PER_WORKER = 32;

export interface ParallelOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  onProgress?: (done: number) => void;
}

/** Ingests articles like `ingestArticles`, preparing them on worker threads. */
export async function ingestArticlesInParallel(db: Db, inputs: readonly ArticleInput[], options: ParallelOptions = {}): Promise<IngestReport> {
  const workerCount = Math.max(1, options.workers ?? os.availableParallelism());
  if (inputs.length < PARALLEL_MIN_ARTICLES) return ingestArticles(db, inputs, options.onProgress);

  const report = emptyReport();
  // Identity and the unchanged check happen here, so unchanged articles never travel.
  const outcomes: (PreparedArticle | 'unchanged' | undefined)[] = Array.from({ length: inputs.length }, () => undefined);
  const tasks: PrepareTask[] = [];
  inputs.forEach((input, index) => {
    const identity = identifyArticle(input);
    if (isUnchanged(db, identity)) outcomes[index] = 'unchanged';
    else tasks.push({ index, input, identity });
  });

  const workers = Array.from({ length: Math.min(workerCount, Math.max(1, tasks.length)) }, () => new Worker(new URL('./prepare-worker-boot.mjs', import.meta.url)));
  let nextTask = 0;
  let nextWrite = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const flush = () => {
        // Write every article that is ready, in input order.
        while (nextWrite < inputs.length && outcomes[nextWrite] !== undefined) {
          const outcome = outcomes[nextWrite]!;
          const input = inputs[nextWrite]!;
          if (outcome === 'unchanged') recordOutcome(report, input, identifyArticle(input).slug, 'unchanged');
          else writeAndRecord(db, report, outcome);
          outcomes[nextWrite] = 'unchanged'; // release the prepared article's memory
          nextWrite++;
          if (options.onProgress && nextWrite % PROGRESS_EVERY === 0) options.onProgress(nextWrite);
        }
        if (nextWrite === inputs.length) resolve();
      };
      const feed = (worker: Worker) => {
        if (nextTask < tasks.length) worker.postMessage(tasks[nextTask++]);
      };
      for (const worker of workers) {
        worker.on('message', (result: PrepareResult) => {
          if ('error' in result) {
            reject(new Error(`${inputs[result.index]?.location.file}:${inputs[result.index]?.location.line}: ${result.error}`));
            return;
          }
          outcomes[result.index] = result.prepared;
          feed(worker);
          try {
            flush();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        worker.on('error', reject);
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(worker);
      }
      flush();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return report;
}
