/**
 * Developer tool: shows how a question is analysed and ranked.
 * `npx tsx scripts/explain.ts "question"` (uses DATABASE_PATH).
 */
import 'dotenv/config';
import { openCorpus } from '../src/corpus/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { analyzeQuestion } from '../src/search/question.js';
import { conceptIdfs, createSearchIndex, rankCandidates } from '../src/search/answer.js';
import { buildMatchExpression } from '../src/search/match-expression.js';

const question = process.argv.slice(2).join(' ');
const { db } = openCorpus(loadConfig().databasePath);
const q = analyzeQuestion(question);
console.log(`language=${q.language} kind=${q.kind}`);
const index = createSearchIndex(db);
for (const c of q.concepts) console.log(`  ${c.label}: ${c.alternatives.map((a) => `${a.terms.join('_')}(${a.weight.toFixed(2)}, df=${index.documentFrequency(a.terms[0]!)})`).join(' ')}`);
const match = buildMatchExpression(q.concepts);
console.log(match);
if (match) {
  console.log('idf', conceptIdfs(index, q.concepts).map((x) => x.toFixed(2)).join(' '));
  for (const s of rankCandidates(index, q).slice(0, 8)) {
    console.log(`${s.score.toFixed(2)} cov=${s.coverage.toFixed(2)} bm=${s.bm25.toFixed(2)} [${s.matched.map((m) => m.toFixed(1)).join(',')}] ${s.outlet}: ${s.text.slice(0, 150)}`);
  }
}
