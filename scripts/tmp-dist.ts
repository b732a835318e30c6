import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
const db = buildEvalDatabase(true);
const index = createSearchIndex(db);
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
const hist = new Map<string, number>();
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none') continue;
  if (/^[nf]0(3[1-9]|[4-9]\d)$|^[nf]0[4-9]\d$/.test(q.id)) continue; // held-out halves
  const r = rankQuestion(index, q.question);
  const g = r.ranked.findIndex((s) => goldRank(q, { noAnswer: false, answers: [{ text: s.text, outlet: '' }] }) === 0);
  const b = g < 0 ? 'none' : g === 0 ? '1' : g < 3 ? '2-3' : g < 10 ? '4-10' : '11-40';
  hist.set(b, (hist.get(b) ?? 0) + 1);
  if (g < 0 && process.argv.includes('-v')) console.log(q.id, q.style, q.question);
}
console.log([...hist].sort());
