/** The bench result, its JSON line (design.md "Bench JSON") and its human-readable table. */
import type { BotResult } from './bot.js';
import type { ColdStart } from './child.js';
import type { CorpusReport } from './corpus.js';
import type { PeerMeasurement } from './peer.js';
import type { QueryWorkerOutput } from './query-worker.js';

export interface BenchResult {
  corpus: CorpusReport;
  questions: { source: 'dev-questions' | 'builtin'; count: number; id: number; en: number };
  query: QueryWorkerOutput;
  peer: PeerMeasurement;
  coldStart: ColdStart;
  /** Cold start with the bench corpus itself (not on the seeds-only run). */
  coldStartCorpus?: ColdStart;
  bot: BotResult;
  commit: string;
  machine: { node: string; cpus: number; cpuModel: string; platform: string; loadAverage: number };
  totalMs: number;
}

/** The design.md contract fields first, then extras (allowed by the contract). */
export function toBenchJson(r: BenchResult): Record<string, unknown> {
  const { engine, floor } = r.query;
  return {
    corpus: {
      articles: r.corpus.articles,
      sentences: r.corpus.sentences,
      passages: r.corpus.passages,
      outlets: r.corpus.outlets,
      seeds: r.corpus.seeds,
      distractors: r.corpus.distractors,
      synthetic: r.corpus.synthetic,
    },
    ingest: { ...r.corpus.ingest },
    query: {
      p50Ms: engine.query.p50Ms,
      p95Ms: engine.query.p95Ms,
      p99Ms: engine.query.p99Ms,
      meanMs: engine.query.meanMs,
      samples: engine.query.samples,
      byLanguage: {
        id: { p50Ms: engine.byLanguage.id.p50Ms, p95Ms: engine.byLanguage.id.p95Ms },
        en: { p50Ms: engine.byLanguage.en.p50Ms, p95Ms: engine.byLanguage.en.p95Ms },
      },
      firstAskMs: engine.firstAskMs,
      openMs: r.query.openMs,
      questions: engine.questions,
      answered: engine.answered,
      breakdown: {
        analyseP50Ms: engine.breakdown.analyse.p50Ms,
        analyseP95Ms: engine.breakdown.analyse.p95Ms,
        candidatesSqlP50Ms: engine.breakdown.candidatesSql.p50Ms,
        candidatesSqlP95Ms: engine.breakdown.candidatesSql.p95Ms,
      },
    },
    floor: { p50Ms: floor.p50Ms, p95Ms: floor.p95Ms, p99Ms: floor.p99Ms, samples: floor.samples, queries: floor.queries },
    ...(r.query.topFacts
      ? {
          topFacts: {
            p50Ms: r.query.topFacts.p50Ms,
            p95Ms: r.query.topFacts.p95Ms,
            p99Ms: r.query.topFacts.p99Ms,
            cpuP50Ms: r.query.topFacts.cpuP50Ms,
            cpuP95Ms: r.query.topFacts.cpuP95Ms,
            samples: r.query.topFacts.samples,
            facts: r.query.topFacts.facts,
          },
        }
      : {}),
    peer: {
      name: r.peer.name,
      buildMs: r.peer.buildMs,
      p50Ms: r.peer.p50Ms,
      p95Ms: r.peer.p95Ms,
      rssMb: r.peer.rssMb,
      p99Ms: r.peer.p99Ms,
      heapMb: r.peer.heapMb,
      documents: r.peer.documents,
      indexed: r.peer.indexed,
    },
    coldStartMs: r.coldStart.medianMs,
    rssMb: r.query.rssMb,
    dbSizeMb: r.corpus.dbSizeMb,
    synthetic: r.corpus.synthetic > 0,
    syntheticFromSeedsOnly: r.corpus.syntheticFromSeedsOnly,
    coldStart: {
      runs: r.coldStart.samplesMs.length,
      samplesMs: r.coldStart.samplesMs,
      database: 'seeds-only',
      ...(r.coldStartCorpus ? { corpusMedianMs: r.coldStartCorpus.medianMs, corpusSamplesMs: r.coldStartCorpus.samplesMs } : {}),
    },
    bot: r.bot,
    questions: r.questions,
    commit: r.commit,
    machine: r.machine,
    totalMs: r.totalMs,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n)} ms`;

/** The result as an aligned two-column table. */
export function renderTable(r: BenchResult): string {
  const { engine, floor } = r.query;
  const c = r.corpus;
  const rows: [string, string][] = [
    ['commit', `${r.commit} (node ${r.machine.node}, ${r.machine.cpus} x ${r.machine.cpuModel}, load ${r.machine.loadAverage})`],
    [
      'corpus',
      `${int(c.articles)} articles, ${int(c.sentences)} sentences, ${int(c.outlets)} outlets ` +
        `(seeds ${c.seeds}, distractors ${int(c.distractors)}, synthetic ${int(c.synthetic)})`,
    ],
    ['ingest', `${r.corpus.ingest.articlesPerSec.toLocaleString('en-US')} articles/s (${(c.ingest.ms / 1000).toFixed(1)} s; write ${(c.ingest.writeMs / 1000).toFixed(1)} s)`],
    ['database size', `${c.dbSizeMb} MB`],
    ['cold start (ask)', `${ms(r.coldStart.medianMs)} median of ${r.coldStart.samplesMs.length}, seeds-only db (${r.coldStart.samplesMs.map((x) => Math.round(x)).join(', ')})`],
    ...(r.coldStartCorpus
      ? ([['cold start, this corpus', `${ms(r.coldStartCorpus.medianMs)} median of ${r.coldStartCorpus.samplesMs.length} (${r.coldStartCorpus.samplesMs.map((x) => Math.round(x)).join(', ')})`]] as [string, string][])
      : []),
    ['open + engine', `${ms(r.query.openMs)} (openCorpus + createEngine on this corpus)`],
    ['query p50/p95/p99', `${ms(engine.query.p50Ms)} / ${ms(engine.query.p95Ms)} / ${ms(engine.query.p99Ms)} (${engine.query.samples} asks, ${engine.questions} questions, ${engine.answered} answered)`],
    ['  id / en p50', `${ms(engine.byLanguage.id.p50Ms)} / ${ms(engine.byLanguage.en.p50Ms)}`],
    ['  analyse p50/p95', `${ms(engine.breakdown.analyse.p50Ms)} / ${ms(engine.breakdown.analyse.p95Ms)}`],
    ['  candidate SQL p50/p95', `${ms(engine.breakdown.candidatesSql.p50Ms)} / ${ms(engine.breakdown.candidatesSql.p95Ms)} (top 300 with joins)`],
    ['floor p50/p95', `${ms(floor.p50Ms)} / ${ms(floor.p95Ms)} (bare FTS5 top 10, ${floor.samples} queries)`],
    ...(r.query.topFacts
      ? ([['top facts p50/p95', `${ms(r.query.topFacts.p50Ms)} / ${ms(r.query.topFacts.p95Ms)} (inline empty query, uncached, ${r.query.topFacts.samples} runs; CPU ${ms(r.query.topFacts.cpuP50Ms)} / ${ms(r.query.topFacts.cpuP95Ms)})`]] as [string, string][])
      : []),
    [
      'peer (minisearch)',
      `build ${ms(r.peer.buildMs)}, p50/p95 ${ms(r.peer.p50Ms)} / ${ms(r.peer.p95Ms)}, +${r.peer.rssMb} MB RSS (+${r.peer.heapMb} MB heap), ${int(r.peer.documents)} sentences`,
    ],
    ['RSS after queries', `${r.query.rssMb} MB (heap ${r.query.heapMb} MB)`],
    [
      'bot throughput',
      'skipped' in r.bot
        ? `skipped: ${r.bot.skipped}`
        : `${r.bot.updatesPerSec} updates/s repeated questions, ${r.bot.distinct.updatesPerSec} updates/s every answer computed ` +
          `(${r.bot.updates} + ${r.bot.distinct.updates} updates, concurrency ${r.bot.concurrency}, ${r.bot.replies} replies, fake API ${r.bot.fakeApi})`,
    ],
    ['questions', `${r.questions.count} (${r.questions.id} id, ${r.questions.en} en) from ${r.questions.source}`],
    ['bench time', `${(r.totalMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  if (c.syntheticFromSeedsOnly) lines.push('', 'note: no distractor articles; the synthetic articles are built from the seeds\' sentences only (far less realistic).');
  if (r.questions.source === 'builtin') lines.push('note: the sample questions (tests/fixtures/eval/dev-questions.jsonl) are missing; the built-in questions were used.');
  return lines.join('\n');
}

/** The numeric fields design.md's "Bench JSON" requires, as paths. */
export const BENCH_JSON_NUMBERS: readonly (readonly string[])[] = [
  ['corpus', 'articles'],
  ['corpus', 'sentences'],
  ['ingest', 'articlesPerSec'],
  ['query', 'p50Ms'],
  ['query', 'p95Ms'],
  ['query', 'p99Ms'],
  ['floor', 'p50Ms'],
  ['floor', 'p95Ms'],
  ['peer', 'buildMs'],
  ['peer', 'p50Ms'],
  ['peer', 'p95Ms'],
  ['peer', 'rssMb'],
  ['coldStartMs'],
  ['rssMb'],
];

/** What is wrong with a bench JSON object against the contract (empty when it conforms). */
export function benchJsonProblems(value: unknown): string[] {
  const problems: string[] = [];
  const at = (p: readonly string[]): unknown =>
    p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
  for (const p of BENCH_JSON_NUMBERS) {
    const v = at(p);
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${p.join('.')} is ${JSON.stringify(v)}, not a finite number`);
  }
  if (at(['peer', 'name']) !== 'minisearch') problems.push('peer.name is not "minisearch"');
  return problems;
}
