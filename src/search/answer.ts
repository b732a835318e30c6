/**
 * Question -> Answer, the stages in order: analyse the question (question.ts), weigh its
 * concepts on the corpus and retrieve candidates with FTS5 (search-index.ts), rank them
 * (rank.ts, senses.ts), decide direct / related / not found (policy.ts), group the quotes
 * across outlets and collect differing figures (group.ts).
 */
import { checkClaim, claimConcepts, evidenceFirst, searchTextOf } from '../claims/check.js';
import { detectClaim } from '../claims/detect.js';
import type { Answer } from './answer-types.js';
import { collectFigures, groupQuotes } from './group.js';
import { buildMatchExpression } from './match-expression.js';
import { decideMatch } from './policy.js';
import { analyzeQuestion, type AnalyzedQuestion } from './question.js';
import { askedOf, preRank, rankWithContext, type Scored } from './rank.js';
import { conceptStats, searchConcepts, toCandidate, toContext, type CandidateRow, type ConceptStats, type SearchIndex } from './search-index.js';
import { weighSenses } from './senses.js';
import { CANDIDATE_LIMIT, CLAIM_LEAD_WEIGHT, CONTEXT_LIMIT, MIN_QUOTE_COVERAGE, MIN_RELATIVE_SCORE, NEIGHBOUR_SEEDS, TUNED, RELATED_QUOTES, type TunedParams } from './weights.js';

/**
 * Retrieval and both ranking stages for an analysed question: FTS5 candidates scored on the
 * sentence, then the best CONTEXT_LIMIT re-scored with their context. Best first.
 */
export function rankCandidates(index: SearchIndex, q: AnalyzedQuestion, idf: readonly number[], tuned: TunedParams = TUNED): Scored[] {
  const match = buildMatchExpression(searchConcepts(index, q.concepts));
  if (!match) return [];
  let rows: CandidateRow[];
  try {
    rows = index.candidates(match, CANDIDATE_LIMIT);
  } catch {
    // buildMatchExpression quotes every term, so this is not expected; stay total regardless.
    return [];
  }
  if (rows.length === 0) return [];
  const candidates = rows.map(toCandidate);
  // English senses are weighed by what the retrieved sentences say (senses.ts).
  const concepts = q.language === 'en' ? weighSenses(q.concepts, candidates, idf) : q.concepts;
  const input = {
    concepts,
    conceptIdf: idf,
    kind: q.kind,
    kinds: q.kinds,
    ...(q.timeOfDay ? { timeOfDay: true } : {}),
    ...(q.whetherKnown ? { whetherKnown: true } : {}),
    ...(q.whichThing ? { whichThing: true } : {}),
    ...(q.counted !== undefined ? { counted: q.counted } : {}),
    ...(q.list ? { list: true } : {}),
    questionNumbers: q.numbers,
    asked: askedOf(concepts, q.numbers),
    outlets: concepts.map((c) => (c.name ? index.outletsNamed(c.alternatives[0]?.terms ?? []) : [])),
    articleNameCredit: tuned.articleNameCredit,
    longSentencePenalty: tuned.longSentencePenalty,
    leadWeight: tuned.leadWeight,
    ...(q.headline ? { headline: true } : {}),
    ...(q.speaker ? { speaker: q.speaker } : {}),
  };
  // The sentence that answers a detail ("dipimpin oleh Melody", "pada 19 Agustus") often
  // names none of the question's words that the sentence before it did: the neighbours of the
  // best candidates by bm25 (the rows' order) join them, scored with what their article says
  // (rank.ts, article credit). One ranking pass over both.
  const known = new Set(candidates.map((c) => c.id));
  const extra = index.neighbours(rows.slice(0, NEIGHBOUR_SEEDS).map((r) => r.id)).filter((r) => !known.has(r.id));
  const pre = preRank(extra.length > 0 ? [...candidates, ...extra.map(toCandidate)] : candidates, input).slice(0, CONTEXT_LIMIT);
  const contexts = new Map(index.contexts(pre.map((c) => c.id)).map((r) => [r.id, toContext(r)]));
  return rankWithContext(pre, contexts, input);
}

/** A question analysed and its sentences ranked: everything before the answer policy. */
export interface RankedQuestion {
  question: string;
  q: AnalyzedQuestion;
  evidence: ConceptStats;
  ranked: Scored[];
  started: number;
}

/** Analyses and ranks; total over all inputs. */
export function rankQuestion(index: SearchIndex, question: string, tuned: TunedParams = TUNED): RankedQuestion {
  const started = performance.now();
  // A claim is searched by its statement, without "benarkah" or its (possibly wrong) dates.
  const claim = typeof question === 'string' ? detectClaim(question) : undefined;
  const q = analyzeQuestion(typeof question === 'string' ? searchTextOf(question, claim) : '', index);
  const evidence = conceptStats(index, q.concepts, tuned);
  // A claim making the rounds restates a story's main fact, which its lead states.
  const ranking = claim ? { ...tuned, leadWeight: CLAIM_LEAD_WEIGHT } : tuned;
  return { question, q, evidence, ranked: rankCandidates(index, q, evidence.idf, ranking), started };
}

/** Applies the answer policy to ranked sentences: a direct answer, a related one, or "not found". */
export function composeAnswer(index: SearchIndex, { question, q, evidence, ranked, started }: RankedQuestion, limit = 5, policy: TunedParams = TUNED): Answer {
  const base: Answer = { question, language: q.language, noAnswer: true, answers: [], kind: q.kind };
  if (q.truncated) base.truncated = true;
  const finish = (answer: Answer): Answer => {
    if (answer.noAnswer) answer.coverage = index.coverage();
    // A claim to check: its figures, dates and actors against the ranked reports (src/claims/).
    const claim = checkClaim(question, answer.noAnswer ? [] : ranked, claimConcepts(q.concepts, evidence.idf, evidence.absent));
    if (claim) {
      answer.claim = claim;
      answer.answers = evidenceFirst(answer.answers, claim);
    }
    answer.tookMs = Math.round((performance.now() - started) * 100) / 100;
    return answer;
  };
  const decision = decideMatch(q, evidence, ranked, policy);
  if (decision === 'none') return finish(base);
  const best = ranked[0]!;
  const shown =
    decision === 'direct'
      ? ranked.filter((s) => s.coverage >= MIN_QUOTE_COVERAGE && s.score >= best.score * MIN_RELATIVE_SCORE)
      : ranked.filter((s) => s.coverage >= policy.relatedCoverage && s.score >= best.score * MIN_RELATIVE_SCORE);
  const answers = groupQuotes(shown, Math.max(1, Math.min(decision === 'direct' ? limit : Math.min(limit, RELATED_QUOTES), 50)));
  if (answers.length === 0) return finish(base);
  const answer: Answer = { ...base, noAnswer: false, match: decision, answers };
  if (q.kind === 'number' || q.numbers.length > 0) {
    const figures = collectFigures(ranked, q.concepts, Math.max(MIN_QUOTE_COVERAGE, best.coverage * 0.6));
    if (figures.length > 0) answer.figures = figures;
  }
  return finish(answer);
}

/** Answers one question; total over all inputs (hostile ones get "not found", never an exception). */
export function answerQuestion(index: SearchIndex, question: string, limit = 5, policy: TunedParams = TUNED): Answer {
  return composeAnswer(index, rankQuestion(index, question, policy), limit, policy);
}
