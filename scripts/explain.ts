/**
 * Developer tool: shows what the engine really runs for a question, stage by stage: the
 * analysed concepts (with repairs and names), their weights on this corpus, the FTS5 MATCH
 * expression actually searched (after the postings budget), the ranked sentences, and the
 * policy's decision with the reason a direct answer was refused.
 * `npx tsx scripts/explain.ts "question"` (uses DATABASE_PATH).
 */
import 'dotenv/config';
import { openCorpus } from '../src/corpus/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { composeAnswer, rankQuestion } from '../src/search/answer.js';
import { buildMatchExpression } from '../src/search/match-expression.js';
import { decideMatch, directBlocker } from '../src/search/policy.js';
import { createSearchIndex, searchConcepts } from '../src/search/search-index.js';
import { TUNED } from '../src/search/weights.js';

const question = process.argv.slice(2).join(' ');
const { db } = openCorpus(loadConfig().databasePath);
const index = createSearchIndex(db);
const ranked = rankQuestion(index, question);
const { q, evidence } = ranked;
console.log(`language=${q.language} kind=${q.kind}${q.speaker ? ` speaker=${q.speaker}` : ''}${q.numbers.length ? ` numbers=${q.numbers.join(',')}` : ''}`);
q.concepts.forEach((c, i) => {
  const flags = [c.name && 'name', c.untranslated && 'untranslated', c.repaired && 'repaired', evidence.absent[i] && 'ABSENT'].filter(Boolean).join(',');
  const alts = c.alternatives.map((a) => `${a.terms.join('_')}(${a.weight.toFixed(2)}, df=${index.phraseFrequency(a.terms)})`).join(' ');
  console.log(`  ${c.label} [w=${evidence.idf[i]!.toFixed(2)}${flags ? ` ${flags}` : ''}]: ${alts}`);
});
console.log(`MATCH ${buildMatchExpression(searchConcepts(index, q.concepts)) ?? '(nothing to search)'}`);
for (const s of ranked.ranked.slice(0, 8)) {
  console.log(`${s.score.toFixed(2)} cov=${s.coverage.toFixed(2)} bm=${s.bm25.toFixed(2)} [${s.matched.map((m) => m.toFixed(1)).join(',')}] ${s.outlet}: ${s.text.slice(0, 150)}`);
}
const decision = decideMatch(q, evidence, ranked.ranked, TUNED);
const best = ranked.ranked[0];
const blocker = best && decision === 'related' ? (directBlocker(q, evidence, best) ?? `coverage ${best.coverage.toFixed(2)} < ${TUNED.directCoverage}`) : undefined;
console.log(`decision: ${decision}${blocker ? ` (${blocker})` : ''}; quotes shown: ${composeAnswer(index, ranked).answers.length}`);
