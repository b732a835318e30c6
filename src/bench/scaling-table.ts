/**
 * `npx tsx src/bench/scaling-table.ts run1.json run2.json ...`: the markdown table of
 * docs/scaling.md from bench JSON lines (`npm run bench -- --json ... | tail -1 > runN.json`),
 * one column per run, smallest corpus first.
 */
import fs from 'node:fs';

type Json = Record<string, unknown>;

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

const num = (v: unknown, digits = 0): string => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const ms = (v: unknown): string => (typeof v === 'number' ? num(v, v < 10 ? 2 : v < 100 ? 1 : 0) : 'n/a');
const pair = (a: unknown, b: unknown, f: (v: unknown) => string = ms) => `${f(a)} / ${f(b)}`;

const ROWS: [string, (r: Json) => string][] = [
  ['articles', (r) => num(get(r, 'corpus.articles'))],
  ['sentences', (r) => num(get(r, 'corpus.sentences'))],
  ['of which synthetic articles', (r) => num(get(r, 'corpus.synthetic'))],
  ['ingest, articles/s', (r) => num(get(r, 'ingest.articlesPerSec'))],
  ['ingest, total s', (r) => num((get(r, 'ingest.ms') as number) / 1000, 1)],
  ['database size, MB', (r) => num(get(r, 'dbSizeMb'), 1)],
  ['cold start `ask`, seeds-only db, ms (median)', (r) => ms(get(r, 'coldStartMs'))],
  ['cold start `ask`, this corpus, ms (median)', (r) => ms(get(r, 'coldStart.corpusMedianMs'))],
  ['openCorpus + createEngine, ms', (r) => ms(get(r, 'query.openMs'))],
  ['first answer of a fresh engine, ms', (r) => ms(get(r, 'query.firstAskMs'))],
  ['answer p50 / p95, ms', (r) => pair(get(r, 'query.p50Ms'), get(r, 'query.p95Ms'))],
  ['answer p99, ms', (r) => ms(get(r, 'query.p99Ms'))],
  ['answer p50, id / en questions, ms', (r) => pair(get(r, 'query.byLanguage.id.p50Ms'), get(r, 'query.byLanguage.en.p50Ms'))],
  ['  of which: question analysis p50 / p95, ms', (r) => pair(get(r, 'query.breakdown.analyseP50Ms'), get(r, 'query.breakdown.analyseP95Ms'))],
  ['  of which: candidate SQL (top 300) p50 / p95, ms', (r) => pair(get(r, 'query.breakdown.candidatesSqlP50Ms'), get(r, 'query.breakdown.candidatesSqlP95Ms'))],
  ['floor: bare FTS5 top 10, p50 / p95, ms', (r) => pair(get(r, 'floor.p50Ms'), get(r, 'floor.p95Ms'))],
  ['peer MiniSearch: build, ms', (r) => ms(get(r, 'peer.buildMs'))],
  ['peer MiniSearch: p50 / p95, ms', (r) => pair(get(r, 'peer.p50Ms'), get(r, 'peer.p95Ms'))],
  ['peer MiniSearch: memory, MB RSS (heap)', (r) => `${num(get(r, 'peer.rssMb'), 1)} (${num(get(r, 'peer.heapMb'), 1)})`],
  ['RSS of the serving process after queries, MB', (r) => num(get(r, 'rssMb'), 1)],
  [
    'bot: updates/s repeated / computed (concurrency)',
    (r) =>
      get(r, 'bot.skipped')
        ? 'skipped'
        : `${num(get(r, 'bot.updatesPerSec'), 1)} / ${num(get(r, 'bot.distinct.updatesPerSec'), 1)} (${num(get(r, 'bot.concurrency'))})`,
  ],
  ['load average at start (2 cores)', (r) => num(get(r, 'machine.loadAverage'), 1)],
  ['bench wall time, s', (r) => num((get(r, 'totalMs') as number) / 1000, 0)],
];

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx src/bench/scaling-table.ts RUN.json...');
  process.exit(2);
}
const runs = files
  .map((f) => JSON.parse(fs.readFileSync(f, 'utf8').trim().split('\n').pop() ?? '{}') as Json)
  .sort((a, b) => (get(a, 'corpus.articles') as number) - (get(b, 'corpus.articles') as number));
const header = ['', ...runs.map((r) => `${num(get(r, 'corpus.articles'))} articles`)];
const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
for (const [label, cell] of ROWS) lines.push(`| ${label} | ${runs.map(cell).join(' | ')} |`);
console.log(lines.join('\n'));
