/**
 * Developer tool: shows how a question is analysed and ranked.
 * `npx tsx scripts/explain.ts "question"` (uses DATABASE_PATH).
 */
import 'dotenv/config';
import { openCorpus } from '../src/corpus/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { analyzeQuestion } from '../src/search/question.js';
import { conceptIdfs, createSearchIndex } from '../src/search/answer.js';
import { buildMatchExpression } from '../src/search/match-expression.js';
import { rankSentences, type Candidate } from '../src/search/rank.js';

const question = process.argv.slice(2).join(' ');
const { db } = openCorpus(loadConfig().databasePath);
const q = analyzeQuestion(question);
console.log(`language=${q.language} kind=${q.kind}`);
const index = createSearchIndex(db);
for (const c of q.concepts) console.log(`  ${c.label}: ${c.alternatives.map((a) => `${a.terms.join('_')}(${a.weight.toFixed(2)}, df=${index.documentFrequency(a.terms[0]!)})`).join(' ')}`);
const match = buildMatchExpression(q.concepts);
console.log(match);
if (match) {
  const rows = index.candidates(match, 300);
  const idfs = conceptIdfs(index, q.concepts);
  console.log('idf', idfs.map((x) => x.toFixed(2)).join(' '));
  const cands: Candidate[] = rows.map((r) => ({ id: r.id, articleId: r.article_id, position: r.position, start: r.start, end: r.end, text: r.text, termSet: new Set(r.terms.split(' ')), passageTerms: new Set(r.pterms.split(' ')), numbers: JSON.parse(r.numbers) as number[], role: r.role, slug: r.slug, title: r.title, published: r.published, url: r.url, outlet: r.outlet, bm25: r.rank }));
  const ranked = rankSentences(cands, { concepts: q.concepts, conceptIdf: idfs, kind: q.kind, questionNumbers: q.numbers });
  for (const s of ranked.slice(0, 8)) console.log(`${s.score.toFixed(2)} cov=${s.coverage.toFixed(2)} bm=${s.bm25.toFixed(2)} [${s.matched.map((m) => m.toFixed(1)).join(',')}] ${s.outlet}: ${s.text.slice(0, 150)}`);
}
