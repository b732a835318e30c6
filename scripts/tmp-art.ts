import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
const db = buildEvalDatabase(true);
const index = createSearchIndex(db);
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
let same = 0, diff = 0, hit = 0, n = 0;
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none') continue;
  if (/^[nf]0(3[1-9]|[4-9]\d)$/.test(q.id)) continue;
  const r = rankQuestion(index, q.question);
  const g = r.ranked.findIndex((s) => goldRank(q, { noAnswer: false, answers: [{ text: s.text, outlet: '' }] }) === 0);
  n++;
  if (g === 0) { hit++; continue; }
  if (g < 0) { diff++; continue; }
  if (r.ranked[0]!.articleId === r.ranked[g]!.articleId) same++; else diff++;
}
console.log({ n, hit, missSameArticle: same, missOtherArticleOrNone: diff });
