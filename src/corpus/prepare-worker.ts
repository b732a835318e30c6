/** Worker thread: cleans, segments and analyses articles sent by `ingestArticlesInParallel`. */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from './article-input.js';
import { prepareArticle, type PreparedArticle } from './ingest.js';

export interface PrepareTask {
  index: number;
  input: ArticleInput;
  identity: { slug: string; contentHash: string; bodyHash: string };
}

export type PrepareResult = { index: number; prepared: PreparedArticle } | { index: number; error: string };

const port = parentPort;
if (!port) throw new Error('prepare-worker must run in a worker thread');
port.on('message', (task: PrepareTask) => {
  try {
    port.postMessage({ index: task.index, prepared: prepareArticle(task.input, task.identity) } satisfies PrepareResult);
  } catch (error) {
    port.postMessage({ index: task.index, error: (error as Error).message } satisfies PrepareResult);
  }
});
