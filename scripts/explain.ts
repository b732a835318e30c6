/**
 * Developer tool: shows what the engine really runs for a question, stage by stage: the
 * analysed concepts (with repairs and names), their weights on this corpus, the FTS5 MATCH
 * expression actually searched (after the postings budget), the ranked sentences, and the
 * policy's decision with the reason a direct answer was refused.
 * `npx tsx scripts/explain.ts "question"` asks the corpus at DATABASE_PATH;
 * `--seeds` or `--scale` ask the evaluation's corpora instead (the seeds, or the seeds with the
 * 3,459 IndoSum articles), and `--id s006` takes a sample question from tests/fixtures/eval and
 * marks the sentences that hold its gold phrase (`--questions FILE` looks the id up in another file).
 */
import 'dotenv/config';
import { openCorpus } from '../src/corpus/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { composeAnswer, rankQuestion } from '../src/search/answer.js';
import { buildMatchExpression } from '../src/search/match-expression.js';
import { decideMatch, directBlocker } from '../src/search/policy.js';
import { createSearchIndex, searchConcepts } from '../src/search/search-index.js';
import { TUNED } from '../src/search/weights.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const idAt = args.indexOf('--id');
const files = args.flatMap((a, i) => (a === '--questions' ? [args[i + 1]!] : []));
const sets = files.length > 0 ? files.map(questionSetFromFile) : loadQuestionSets();
const sample = idAt >= 0 ? sets.flatMap((set) => set.questions).find((x) => x.id === args[idAt + 1]) : undefined;
if (idAt >= 0 && !sample) throw new Error(`no sample question with id ${args[idAt + 1]}`);
const question = sample?.question ?? args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--id' && args[i - 1] !== '--questions').join(' ');
const gold = (text: string): string => (sample && goldRank(sample, { noAnswer: false, answers: [{ text, outlet: '' }] }) === 0 ? '* ' : '');
const db = flag('--scale') || flag('--seeds') ? buildEvalDatabase(flag('--scale')) : openCorpus(loadConfig().databasePath).db;
if (sample) console.log(`${sample.id} [${sample.lang} ${sample.style ?? ''}] ${question}\n  gold: ${sample.gold.join(' | ')}`);
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
const goldAt = ranked.ranked.findIndex((s) => gold(s.text) !== '');
if (sample) console.log(`gold sentence at rank ${goldAt < 0 ? 'none' : goldAt + 1} of ${ranked.ranked.length}`);
for (const s of ranked.ranked.slice(0, 8).concat(goldAt >= 8 ? [ranked.ranked[goldAt]!] : [])) {
  console.log(`${gold(s.text)}${s.score.toFixed(2)} cov=${s.coverage.toFixed(2)} bm=${s.bm25.toFixed(2)} [${s.matched.map((m) => m.toFixed(1)).join(',')}] ${s.outlet}: ${s.text.slice(0, 150)}`);
}
const decision = decideMatch(q, evidence, ranked.ranked, TUNED);
const best = ranked.ranked[0];
const blocker = best && decision === 'related' ? (directBlocker(q, evidence, best) ?? `coverage ${best.coverage.toFixed(2)} < ${TUNED.directCoverage}`) : undefined;
console.log(`decision: ${decision}${blocker ? ` (${blocker})` : ''}; quotes shown: ${composeAnswer(index, ranked).answers.length}`);
