/**
 * `npm run ingest -- PATH...`: adds seed files, folders of them, JSONL files (plain or gzip), saved `.html`
 * pages and article URLs; `--feed URL` reads an RSS or Atom feed and adds its new items.
 * `--outlet NAME` and `--published YYYY-MM-DD` supply what a web page does not say.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { openCorpus } from '../corpus/bootstrap.js';
import { ingestArticlesInParallel } from '../corpus/parallel-ingest.js';
import { loadInputs } from '../corpus/load-inputs.js';
import { corpusStats } from '../corpus/repository.js';
import type { IngestError } from '../corpus/article-input.js';
import { isWebUrl, loadWebArticles } from '../corpus/web/load-web.js';
import type { ExtractOverrides } from '../corpus/web/extract.js';
import { pollFeed } from '../newsroom/feeds.js';
import { loadConfig } from '../config.js';

const USAGE =
  'usage: npm run ingest -- [--outlet NAME] [--published YYYY-MM-DD] PATH-OR-URL...\n' +
  '       npm run ingest -- --feed URL [--feed URL...]\n' +
  '  PATH: seed .md/.txt files, folders of them, .jsonl or .jsonl.gz files, saved .html pages; URL: an article page (http/https)';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        feed: { type: 'string', multiple: true },
        outlet: { type: 'string' },
        published: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const feeds = values.feed ?? [];
  if ((positionals.length === 0 && feeds.length === 0) || values.help) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error('error: --published must be a date written YYYY-MM-DD');
    return 1;
  }
  const overrides: ExtractOverrides = { ...(values.outlet ? { outlet: values.outlet } : {}), ...(values.published ? { published: values.published } : {}) };
  const config = loadConfig();
  const started = performance.now();
  const urls = positionals.filter(isWebUrl);
  const paths = positionals.filter((p) => !isWebUrl(p));
  // Validate everything first: a bad file, line or page refuses the whole command, nothing is written.
  const local = loadInputs(paths, overrides);
  const web = urls.length > 0 ? await loadWebArticles(urls, { overrides }) : { articles: [], errors: [] as IngestError[] };
  const errors = [...local.errors, ...web.errors];
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${e.message}`);
    console.error(`refused: ${errors.length} bad input(s); nothing was written.`);
    return 1;
  }
  const articles = [...local.articles, ...web.articles];
  const { db } = openCorpus(config.databasePath);
  let exitCode = 0;
  try {
    if (articles.length > 0) {
      const report = await ingestArticlesInParallel(db, articles, { onProgress: (done) => console.error(`  ${done}/${articles.length} articles...`) });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `ingested ${articles.length} article(s) from ${positionals.length} path(s) in ${seconds.toFixed(2)} s: ` +
          `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.duplicate} duplicate; ` +
          `${report.sentences} new sentences.`,
      );
    }
    for (const feed of feeds) {
      const result = await pollFeed(db, feed, { log: (message) => console.error(`  ${message}`) });
      if (result.error) {
        console.error(`error: ${result.error}`);
        exitCode = 1;
        continue;
      }
      console.log(
        `feed ${feed}: ${result.status === 304 ? 'not modified' : `${result.items} item(s), ${result.newItems} new`}; ` +
          `${result.added} article(s) added, ${result.skipped} skipped, ${result.failed} failed (retried on the next poll).`,
      );
      if (result.failed > 0) exitCode = 1;
    }
    const stats = corpusStats(db);
    console.log(`Corpus: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.outlets} outlets.`);
  } finally {
    db.$client.close();
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
