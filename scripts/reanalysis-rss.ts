/**
 * Measures re-analysis (what `openCorpus` runs after an analyser change) on an existing database,
 * e.g. one kept by `npm run bench -- --articles 100000 --keep`: its time and the peak RSS of
 * the process. Every Nth sentence and passage first gets stale terms (indexed consistently), so
 * the write path runs too.
 *
 *   npx tsx scripts/reanalysis-rss.ts DATABASE [--stale-every N]
 *
 * It changes the database (the stale rows are re-analysed back): use a copy you can spare.
 */
import { reanalyzeCorpus } from '../src/corpus/bootstrap.js';
import { indexedRowCount } from '../src/corpus/fts-index.js';
import { openDatabase } from '../src/db/database.js';

const MB = 1024 * 1024;
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/reanalysis-rss.ts DATABASE [--stale-every N]');
  process.exit(1);
}
const every = Number(rest[rest.indexOf('--stale-every') + 1] ?? 100) || 100;
const db = openDatabase(file);
const c = db.$client;
c.exec(`
  BEGIN;
  INSERT INTO sentences_fts (sentences_fts, rowid, terms) SELECT 'delete', id, terms FROM sentences WHERE id % ${every} = 0;
  UPDATE sentences SET terms = 'stale' WHERE id % ${every} = 0;
  INSERT INTO sentences_fts (rowid, terms) SELECT id, terms FROM sentences WHERE id % ${every} = 0;
  INSERT INTO passages_fts (passages_fts, rowid, terms) SELECT 'delete', id, terms FROM passages WHERE id % ${every} = 0;
  UPDATE passages SET terms = 'stale' WHERE id % ${every} = 0;
  INSERT INTO passages_fts (rowid, terms) SELECT id, terms FROM passages WHERE id % ${every} = 0;
  COMMIT;`);
const rssBefore = process.memoryUsage().rss / MB;
const started = performance.now();
const changed = reanalyzeCorpus(db);
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes: the peak over the whole process, re-analysis included.
const peakMb = process.resourceUsage().maxRSS / 1024;
const sentences = indexedRowCount(c, 'sentences_fts');
c.close();
console.log(
  JSON.stringify({ sentences, changed, seconds: Math.round(seconds * 10) / 10, rssBeforeMb: Math.round(rssBefore), peakRssMb: Math.round(peakMb) }),
);
