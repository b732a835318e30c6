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
}

/**
 * A sentence whose own words cover little of the claim may still be about it when its
 * context does ("setidaknya 28 orang tewas dalam peristiwa itu" in a story on a Mexican
 * prison fight): the ranking score, which counts the context, then lets it in.
 */
export const SCORE_SHARE = 0.8;

export function claimQuote(s: ReportSentence): ClaimQuote {
  return { outlet: s.outlet, article: s.slug, published: s.published, text: s.text, sentenceId: s.id };
}

/**
 * The sentences about the same thing as the claim: among the best ranked, those covering
 * at least `share` of what the best one covers (and never less than `floor` of the claim).
 */
export function aboutTheSame<T extends ReportSentence>(ranked: readonly T[], share: number, floor: number, limit = 40): T[] {
  const best = Math.max(0, ...ranked.slice(0, 10).map((s) => s.coverage));
  const min = Math.max(floor, best * share);
  const bestScore = Math.max(0, ...ranked.slice(0, 10).map((s) => s.score));
  return ranked.slice(0, limit).filter((s) => s.coverage >= min || (s.coverage > 0 && s.score >= bestScore * SCORE_SHARE));
}
