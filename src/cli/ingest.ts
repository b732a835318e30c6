/** `npm run ingest -- PATH...`: adds seed files, folders of them, or JSONL files (plain or gzip). */
import 'dotenv/config';
import { openCorpus } from '../corpus/bootstrap.js';
import { ingestArticlesInParallel } from '../corpus/parallel-ingest.js';
import { loadInputs } from '../corpus/load-inputs.js';
import { corpusStats } from '../corpus/repository.js';
import { loadConfig } from '../config.js';

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0 || argv.includes('--help')) {
    console.error('usage: npm run ingest -- PATH... (seed .md/.txt files, folders of them, .jsonl or .jsonl.gz files)');
    return paths.length === 0 ? 1 : 0;
  }
  const config = loadConfig();
  const started = performance.now();
  // Validate everything first: a bad file or line refuses the whole command, nothing is written.
  const { articles, errors } = loadInputs(paths);
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e.message}`);
    console.error(`refused: ${errors.length} bad input(s); nothing was written.`);
    return 1;
  }
  const { db } = openCorpus(config.databasePath);
  const report = await ingestArticlesInParallel(db, articles, { onProgress: (done) => console.error(`  ${done}/${articles.length} articles...`) });
  const seconds = (performance.now() - started) / 1000;
  const stats = corpusStats(db);
  console.log(
    `ingested ${articles.length} article(s) from ${paths.length} path(s) in ${seconds.toFixed(2)} s: ` +
      `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.duplicate} duplicate; ` +
      `${report.sentences} new sentences. Corpus: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.outlets} outlets.`,
  );
  db.$client.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
