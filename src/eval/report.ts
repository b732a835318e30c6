/** Human-readable evaluation tables: the engine beside the baseline, by language and by style. */
import { shares, type Rates, type Score } from './score.js';

export interface RunResult {
  corpus: string;
  set: string;
  engine: Score;
  baseline: Score;
  msPerQuestion: number;
}

const f2 = (x: number) => x.toFixed(2);
const rates = (r: Rates | undefined) => {
  if (!r) return '-';
  const s = shares(r);
  return `${f2(s.hit1)} ${f2(s.hit3)} ${f2(s.mrr)} (${s.n})`;
};
const ratio = (a: number, b: number) => `${f2(b ? a / b : 1)} (${a}/${b})`;
const pad = (s: string, n: number) => s.padEnd(n);

/** One run as a table: rows are measures, columns engine and baseline. */
export function formatRun(run: RunResult, verbose: boolean): string {
  const { engine: e, baseline: b } = run;
  const lines = [`== ${run.set} on ${run.corpus} (${run.msPerQuestion.toFixed(1)} ms/question)`, `${pad('', 22)}${pad('engine', 26)}baseline (plain FTS5)`];
  const row = (name: string, x: string, y: string) => lines.push(`${pad(name, 22)}${pad(x, 26)}${y}`);
  row('hit@1 hit@3 MRR', '', '');
  for (const lang of ['id', 'en']) if (e.byLanguage[lang]) row(`  ${lang}`, rates(e.byLanguage[lang]), rates(b.byLanguage[lang]));
  for (const style of Object.keys(e.byStyle).sort()) row(`  style ${style}`, rates(e.byStyle[style]), rates(b.byStyle[style]));
  if (e.negatives.n) row('unanswerable declined', ratio(e.negatives.declined, e.negatives.n), ratio(b.negatives.declined, b.negatives.n));
  row('direct precision', ratio(e.direct.right, e.direct.n), ratio(b.direct.right, b.direct.n));
  row('answerable declined', String(e.declinedAnswerable), String(b.declinedAnswerable));
  row('attribution', `${e.attribution.ok}/${e.attribution.quotes}`, '');
  if (verbose) {
    for (const m of e.misses) lines.push(`  ${m}`);
    for (const bad of e.attribution.bad) lines.push(`  not verbatim/attributed: ${bad}`);
  }
  return `${lines.join('\n')}\n`;
}
