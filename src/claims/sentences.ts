/** The sentences a claim is compared with: ranked sentences with their attribution. */
import type { ClaimQuote } from '../search/answer-types.js';

/** What the comparison needs of a ranked sentence (a subset of rank.ts's Scored). */
export interface ReportSentence {
  id: number;
  text: string;
  outlet: string;
  slug: string;
  published: string | null;
  /** Share of the claim's words (figures aside) the sentence covers, 0..1. */
  coverage: number;
  /** The ranking score (coverage, context, kind ...). */
  score: number;
  /** Per concept of the claim: how well the sentence matches it (0..1). */
  matched?: readonly number[];
  /** The sentence's article (sentences of one story share it). */
  articleId?: number;
}

/** The claim's concepts as ranking weighed them, and which ones are details (figures, dates) the claim may have wrong. */
export interface ClaimConcepts {
  idf: readonly number[];
  detail: readonly boolean[];
}

/**
 * A sentence whose own words cover little of the claim may still be about it when its
 * context does ("setidaknya 28 orang tewas dalam peristiwa itu" in a story on a Mexican
 * prison fight): the ranking score, which counts the context, then lets it in, provided its
 * article has a sentence that covers the claim (the same story, not a look-alike one).
 */
export const SCORE_SHARE = 0.8;

export function claimQuote(s: ReportSentence): ClaimQuote {
  return { outlet: s.outlet, article: s.slug, published: s.published, text: s.text, sentenceId: s.id };
}

/** The share of the claim's concepts, its details (figures, dates) left out, that a sentence states. */
export function substanceCoverage(s: ReportSentence, concepts: ClaimConcepts | undefined): number {
  if (!concepts || !s.matched || s.matched.length !== concepts.idf.length) return s.coverage;
  let total = 0;
  let got = 0;
  concepts.idf.forEach((w, i) => {
    if (concepts.detail[i]) return;
    total += w;
    got += w * s.matched![i]!;
  });
  return total > 0 ? got / total : s.coverage;
}

export interface AboutOptions {
  share: number;
  floor: number;
  limit?: number;
  /** Let in sentences by their ranking score (which counts context) too. */
  byScore?: boolean;
  concepts?: ClaimConcepts;
}

/**
 * The sentences about the same thing as the claim: among the best ranked, those covering
 * at least `share` of what the best one covers (and never less than `floor` of the claim).
 */
export function aboutTheSame<T extends ReportSentence>(ranked: readonly T[], { share, floor, limit = 40, byScore = true, concepts }: AboutOptions): T[] {
  const top = ranked.slice(0, limit);
  const coverage = top.map((s) => substanceCoverage(s, concepts));
  const best = Math.max(0, ...coverage.slice(0, 10));
  const min = Math.max(floor, best * share);
  const bestScore = Math.max(0, ...top.slice(0, 10).map((s) => s.score));
  const covered = top.filter((_, i) => coverage[i]! >= min);
  const stories = new Set(covered.map((s) => s.articleId).filter((id) => id !== undefined));
  return top.filter(
    (s, i) => coverage[i]! >= min || (byScore && coverage[i]! > 0 && s.score >= bestScore * SCORE_SHARE && s.articleId !== undefined && stories.has(s.articleId)),
  );
}
