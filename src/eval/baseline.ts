/**
 * The baseline the engine is measured against: plain FTS5, the OR of the question's words
 * (through the same analyser as the index, no translation, no synonyms), ranked by bm25, the
 * first five sentences given as a direct answer. What a developer gets without the engine.
 */
import type { Db } from '../db/database.js';
import { quoteFtsPhrase } from '../search/match-expression.js';
import { analyzeTerms } from '../text/analyzer.js';
import type { ScoredAnswer } from './score.js';

export function createBaseline(db: Db): (question: string) => ScoredAnswer {
  const stmt = db.$client.prepare<[string], { text: string; outlet: string }>(`
    SELECT s.text, o.name AS outlet
    FROM (SELECT rowid, bm25(sentences_fts) AS score FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY score LIMIT 5) AS f
    JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id JOIN outlets o ON o.id = a.outlet_id
    ORDER BY f.score`);
  return (question) => {
    const terms = [...new Set(analyzeTerms(question))];
    if (terms.length === 0) return { noAnswer: true, answers: [] };
    const answers = stmt.all(terms.map((t) => quoteFtsPhrase([t])).join(' OR '));
    return { noAnswer: answers.length === 0, answers };
  };
}
