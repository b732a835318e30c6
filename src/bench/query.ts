/**
 * Query-phase measurements on one opened database: the engine's warm answer latency, the same
 * questions' bare FTS5 floor, and where the engine's time goes (analysis, candidate SQL).
 */
import type { Db } from '../db/database.js';
import { createSearchIndex, searchConcepts } from '../search/search-index.js';
import { CANDIDATE_LIMIT } from '../search/weights.js';
import type { Engine } from '../search/engine.js';
import { buildMatchExpression } from '../search/match-expression.js';
import { analyzeQuestion } from '../search/question.js';
import { computeTopFacts } from '../search/top-facts.js';
import type { BenchQuestion } from './questions.js';
import { round2, summarize, timeRounds, type LatencySummary } from './stats.js';

/** A question as the engine sees it: its FTS5 MATCH expression and its analysed terms. */
export interface AnalysedQuery extends BenchQuestion {
  /** Exactly what the engine passes to MATCH; undefined when nothing is left to search. */
  match: string | undefined;
  /** Every analysed term of every alternative (phrases split), for the in-memory peer. */
  terms: string[];
}

/**
 * Analyses each question the way `answerQuestion` does. With a database, `match` is exactly
 * the expression the engine runs on it (the postings budget depends on the corpus).
 */
export function analyseQueries(questions: readonly BenchQuestion[], db?: Db): AnalysedQuery[] {
  const index = db ? createSearchIndex(db) : undefined;
  return questions.map((q) => {
    const { concepts } = analyzeQuestion(q.question);
    const terms = new Set<string>();
    for (const c of concepts) for (const a of c.alternatives) for (const t of a.terms) if (t && /[\p{L}\p{N}]/u.test(t)) terms.add(t);
    const match = index ? buildMatchExpression(searchConcepts(index, concepts)) : buildMatchExpression(concepts);
    return { ...q, match, terms: [...terms] };
  });
}

export interface PhaseOptions {
  /** Timed passes over all questions (after one warm-up pass). */
  rounds?: number;
  /** Stop adding rounds after this long. */
  budgetMs?: number;
}

export interface EngineMeasurement {
  query: LatencySummary;
  byLanguage: { id: LatencySummary; en: LatencySummary };
  /** The first question of a fresh engine (caches, lazily loaded models). */
  firstAskMs: number;
  questions: number;
  /** Questions that got at least one quote. */
  answered: number;
  /** Parts of the engine's time, for finding the hot spot. */
  breakdown: { analyse: LatencySummary; candidatesSql: LatencySummary };
}

/** Warm latency of `engine.ask` over the questions, plus a breakdown of its parts. */
export function measureEngine(engine: Engine, db: Db, questions: readonly BenchQuestion[], options: PhaseOptions = {}): EngineMeasurement {
  const rounds = options.rounds ?? 5;
  const budgetMs = options.budgetMs ?? 20_000;
  const texts = questions.map((q) => q.question);
  let t = performance.now();
  const first = engine.ask(texts[0] ?? '', { fresh: true });
  const firstAskMs = performance.now() - t;
  let answered = first.noAnswer ? 0 : 1;
  for (const q of texts.slice(1)) if (!engine.ask(q, { fresh: true }).noAnswer) answered++;

  const byLang: Record<'id' | 'en', number[]> = { id: [], en: [] };
  const samples: number[] = [];
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      t = performance.now();
      engine.ask(q.question, { fresh: true });
      const ms = performance.now() - t;
      samples.push(ms);
      byLang[q.lang].push(ms);
    }
    if (performance.now() - started > budgetMs) break;
  }

  const analyse = timeRounds(texts, Math.min(rounds, 3), budgetMs / 4, (q) => analyzeQuestion(q));
  const index = createSearchIndex(db);
  const matches = analyseQueries(questions, db).flatMap((q) => (q.match ? [q.match] : []));
  const candidatesSql = timeRounds(matches, Math.min(rounds, 3), budgetMs / 4, (m) => index.candidates(m, CANDIDATE_LIMIT));

  return {
    query: summarize(samples),
    byLanguage: { id: summarize(byLang.id), en: summarize(byLang.en) },
    firstAskMs: round2(firstAskMs),
    questions: questions.length,
    answered,
    breakdown: { analyse: summarize(analyse), candidatesSql: summarize(candidatesSql) },
  };
}

export interface TopFactsMeasurement extends LatencySummary {
  /** CPU time of the same calls (user + system): the work itself, whatever else shares the cores. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** Facts found (at most TOP_FACTS_KEPT). */
  facts: number;
}

/**
 * Inline mode's empty query as computed after each corpus change (the engine caches it until
 * the next): `computeTopFacts` uncached, `rounds` times after one warm-up.
 */
export function measureTopFacts(db: Db, options: PhaseOptions = {}): TopFactsMeasurement {
  const facts = computeTopFacts(db).length;
  const cpu: number[] = [];
  const samples = timeRounds([db], options.rounds ?? 20, options.budgetMs ?? 5_000, (d) => {
    const before = process.cpuUsage();
    computeTopFacts(d);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  });
  const cpuSummary = summarize(cpu);
  return { ...summarize(samples), cpuP50Ms: cpuSummary.p50Ms, cpuP95Ms: cpuSummary.p95Ms, facts };
}

/** The bare FTS5 query the floor times: no joins, no ranking beyond bm25, top 10. */
export const FLOOR_SQL = 'SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT 10';

export interface FloorMeasurement extends LatencySummary {
  /** Questions with a MATCH expression (the others never reach FTS5). */
  queries: number;
}

/** Latency of the bare FTS5 MATCH for the engine's own MATCH expressions. */
export function measureFloor(db: Db, queries: readonly AnalysedQuery[], options: PhaseOptions = {}): FloorMeasurement {
  const stmt = db.$client.prepare<[string], number>(FLOOR_SQL).pluck();
  const matches = queries.flatMap((q) => (q.match ? [q.match] : []));
  for (const m of matches) stmt.all(m);
  const samples = timeRounds(matches, options.rounds ?? 20, options.budgetMs ?? 5_000, (m) => stmt.all(m));
  return { ...summarize(samples), queries: matches.length };
}
