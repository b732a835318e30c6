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
  /** Index terms of the sentence, and of its paragraph, previous sentence and article lead. */
  termSet?: ReadonlySet<string>;
  passageTerms?: ReadonlySet<string>;
}

/** The claim's concepts as ranking weighed them, and which ones are details (figures, dates) the claim may have wrong. */
export interface ClaimConcepts {
  idf: readonly number[];
  /** Figures and dates. */
  detail: readonly boolean[];
  /** Figures alone (ranking gives them no weight in coverage). */
  numeric?: readonly boolean[];
  /** The claim's names that the archive has (each as its alternatives' index terms). */
  names?: readonly (readonly (readonly string[])[])[];
}

/**
 * Whether a sentence, or its context, names whom the claim is about: every name of the claim
 * that the archive has, but one when the claim names three or more ("Amerika Serikat mengirim
 * ... ke Suriah" is not about "Korea Utara mengirim ... ke Rusia", however alike the verbs).
 */
export function namesTheSame(s: ReportSentence, concepts: ClaimConcepts | undefined): boolean {
  const names = concepts?.names ?? [];
  if (names.length === 0 || !s.termSet) return true;
  const has = (t: string) => s.termSet!.has(t) || (s.passageTerms?.has(t) ?? false);
  const found = names.filter((alternatives) => alternatives.some((terms) => terms.every(has))).length;
  return found >= (names.length >= 3 ? names.length - 1 : names.length);
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

/**
 * The share of the claim a sentence covers, its details (figures, dates) left out: the
 * ranking's coverage (which already gives figures no weight and credits a name the sentence's
 * article mentions) without what month and weekday names added.
 */
export function substanceCoverage(s: ReportSentence, concepts: ClaimConcepts | undefined): number {
  if (!concepts || !s.matched || s.matched.length !== concepts.idf.length) return s.coverage;
  const numeric = concepts.numeric ?? concepts.detail.map(() => false);
  const counted = concepts.idf.map((w, i) => (numeric[i] && !numeric.every(Boolean) ? 0 : w));
  const total = counted.reduce((a, b) => a + b, 0);
  let dates = 0;
  let matchedDates = 0;
  counted.forEach((w, i) => {
    if (!concepts.detail[i] || w === 0) return;
    dates += w;
    matchedDates += w * s.matched![i]!;
  });
  if (dates === 0 || total - dates <= 0) return s.coverage;
  return Math.max(0, (s.coverage * total - matchedDates) / (total - dates));
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
  const top = ranked.slice(0, limit).filter((s) => namesTheSame(s, concepts));
  const coverage = top.map((s) => substanceCoverage(s, concepts));
  const best = Math.max(0, ...coverage.slice(0, 10));
  const min = Math.max(floor, best * share);
  const bestScore = Math.max(0, ...top.slice(0, 10).map((s) => s.score));
  // The best-ranked sentence's story is the one the reply quotes first: it counts too.
  const covered = top.filter((_, i) => coverage[i]! >= min || (i === 0 && coverage[i]! > 0));
  const stories = new Set(covered.map((s) => s.articleId).filter((id) => id !== undefined));
  return top.filter(
    (s, i) => coverage[i]! >= min || (byScore && coverage[i]! > 0 && s.score >= bestScore * SCORE_SHARE && s.articleId !== undefined && stories.has(s.articleId)),
  );
}
