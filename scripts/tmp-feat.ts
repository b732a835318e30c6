import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
import { analyzeTerms } from '../src/text/analyzer.js';
import type { Concept } from '../src/search/concepts.js';
const db = buildEvalDatabase(process.argv.includes('--scale'));
const index = createSearchIndex(db);
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
function positions(concept: Concept, terms: string[]): number[] {
  const out: number[] = [];
  for (const a of concept.alternatives) for (let i = 0; i + a.terms.length <= terms.length; i++) if (a.terms.every((t, k) => terms[i + k] === t)) out.push(i);
  return out;
}
function extra(concepts: Concept[], text: string) {
  const terms = analyzeTerms(text);
  const pos = concepts.map((c) => positions(c, terms));
  let pairs = 0, near = 0;
  for (let i = 0; i + 1 < concepts.length; i++) {
    if (!pos[i]!.length || !pos[i + 1]!.length) continue;
    pairs++;
    if (pos[i]!.some((p) => pos[i + 1]!.some((q) => Math.abs(q - p) <= 3))) near++;
  }
  const firsts = pos.filter((p) => p.length).map((p) => p[0]!);
  const span = firsts.length > 1 ? (Math.max(...firsts) - Math.min(...firsts) + 1) / firsts.length : 1;
  return { near, nearShare: concepts.length > 1 ? near / (concepts.length - 1) : 0, span, count: firsts.length, len: terms.length };
}
const agg: Record<string, [number, number, number]> = {};
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none') continue;
  if (/^[nf]0(3[1-9]|[4-9]\d)$/.test(q.id)) continue;
  const r = rankQuestion(index, q.question);
  const g = r.ranked.findIndex((s) => goldRank(q, { noAnswer: false, answers: [{ text: s.text, outlet: '' }] }) === 0);
  if (g <= 0 || g >= 10) continue;
  const top = r.ranked[0]!, gold = r.ranked[g]!;
  const ft = { ...extra(r.q.concepts, top.text), position: top.position, cov: top.coverage };
  const fg = { ...extra(r.q.concepts, gold.text), position: gold.position, cov: gold.coverage };
  for (const k of Object.keys(ft) as (keyof typeof ft)[]) {
    const a = (agg[k] ??= [0, 0, 0]);
    if (fg[k] > ft[k]) a[0]++; else if (fg[k] < ft[k]) a[1]++; else a[2]++;
  }
}
console.log('feature: gold>top, gold<top, equal');
for (const [k, v] of Object.entries(agg)) console.log(k.padEnd(10), v.join('  '));
