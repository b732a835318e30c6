import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
const scale = process.argv.includes('--scale');
const db = buildEvalDatabase(scale);
const index = createSearchIndex(db);
const sets = loadQuestionSets().filter((s) => scale || !s.name.includes('corpus'));
const feats = ['coverage','bm25','kind','claim','short','long','passage','lead','title','speaker','notice'] as const;
const win: Record<string, number[]> = {};
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none') continue;
  const r = rankQuestion(index, q.question);
  const g = r.ranked.findIndex((s) => goldRank(q, { noAnswer: false, answers: [{ text: s.text, outlet: '' }] }) === 0);
  if (g <= 0 || g > 9) continue;
  const top = r.ranked[0]!, gold = r.ranked[g]!;
  const d = feats.map((f) => (gold.features[f] - top.features[f]));
  console.log(`${q.id} ${q.style} g@${g+1} Δscore=${(gold.score-top.score).toFixed(2)} ` + feats.map((f,i)=> d[i] ? `${f}:${d[i]!.toFixed(2)}` : '').filter(Boolean).join(' '));
  console.log(`   TOP ${top.text.slice(0,140)}\n   GLD ${gold.text.slice(0,140)}`);
}
