import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { analyzeTerms } from '../src/text/analyzer.js';
import { conceptMatch } from '../src/search/rank.js';
const db = buildEvalDatabase(true);
const index = createSearchIndex(db);
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
const lang = process.argv[2] ?? 'en';
for (const set of sets) for (const q of set.questions) {
  if (q.expect === 'none' || q.lang !== lang) continue;
  if (/^[nf]0(3[1-9]|[4-9]\d)$/.test(q.id)) continue;
  const r = rankQuestion(index, q.question);
  // the gold sentence: find via FTS on gold phrase
  const gold = db.$client.prepare(`SELECT text, terms FROM sentences WHERE instr(text, ?) > 0 LIMIT 1`).get(q.gold[0]) as { text: string; terms: string } | undefined;
  if (!gold) continue;
  const terms = new Set(gold.terms.split(' '));
  const missing = r.q.concepts.filter((c) => conceptMatch(c, terms) === 0).map((c) => `${c.label}[${c.alternatives.slice(0, 3).map((a) => a.terms.join('_')).join(',')}]`);
  if (missing.length) console.log(`${q.id}: ${missing.join(' ')}\n     ${gold.text.slice(0, 160)}`);
}
