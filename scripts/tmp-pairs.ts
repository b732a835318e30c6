import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
const db = buildEvalDatabase(true);
const index = createSearchIndex(db);
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
const only = process.argv[2] ? new RegExp(process.argv[2]) : undefined;
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none' || (only && !only.test(q.id))) continue;
  if (/^[nf]0(3[1-9]|[4-9]\d)$/.test(q.id)) continue;
  const r = rankQuestion(index, q.question);
  const g = r.ranked.findIndex((s) => goldRank(q, { noAnswer: false, answers: [{ text: s.text, outlet: '' }] }) === 0);
  if (g <= 0 || g >= 10) continue;
  const top = r.ranked[0]!, gold = r.ranked[g]!;
  const m = (s: typeof top) => r.q.concepts.map((c, i) => (s.matched[i]! > 0 ? c.label : s.features.passage > 0 ? '' : '')).filter(Boolean).join(',');
  console.log(`\n${q.id} ${q.style} [${r.q.kind}] g@${g + 1}: ${q.question}\n  concepts: ${r.q.concepts.map((c) => c.label + (c.name ? '*' : '')).join(' | ')}`);
  console.log(`  TOP ${top.score.toFixed(2)} {${m(top)}} ${top.text.slice(0, 170)}`);
  console.log(`  GLD ${gold.score.toFixed(2)} {${m(gold)}} ${gold.text.slice(0, 170)}`);
}
