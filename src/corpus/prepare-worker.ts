/** Worker thread: cleans, segments and analyses articles sent by `ingestArticlesInParallel`. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type AnalysisInput, type PreparedPassage } from './ingest.js';

/** One article to analyse; `index` is its place in the input. */
export interface PrepareTask {
  index: number;
  input: AnalysisInput;
}

/** The analysis only: the main thread still holds the input and its identity. */
export type PrepareResult = { index: number; passages: PreparedPassage[] } | { index: number; error: string };

const port = parentPort;
if (!port) throw new Error('prepare-worker must run in a worker thread');
port.on('message', (task: PrepareTask) => {
  try {
    port.postMessage({ index: task.index, passages: analyzeArticle(task.input) } satisfies PrepareResult);
  } catch (error) {
    port.postMessage({ index: task.index, error: (error as Error).message } satisfies PrepareResult);
  }
});
