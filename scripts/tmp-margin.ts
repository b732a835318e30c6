import { rankQuestion, composeAnswer } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
for (const scale of [false, true]) {
const index = createSearchIndex(buildEvalDatabase(scale));
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
for (const set of sets) {
  if (!scale && set.name.includes('corpus')) continue;
  for (const q of set.questions) {
    const r = rankQuestion(index, q.question);
    const a = composeAnswer(index, r);
    if (a.noAnswer || a.match !== 'direct') continue;
    const ok = q.expect !== 'none' && goldRank(q, a) === 0;
    const best = r.ranked[0]!;
    const second = r.ranked.find((s) => s.text !== best.text && s.articleId !== best.articleId ? true : s.text !== best.text);
    const gap = second ? (best.score - second.score) / best.score : 1;
    console.log(`${scale ? 'S' : 's'} ${ok ? 'OK ' : 'BAD'} gap=${gap.toFixed(3)} cov=${best.coverage.toFixed(2)} ${q.id} ${q.style}`);
  }
}
}
