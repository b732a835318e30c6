/**
 * A claim held against what the outlets reported: its figures (same quantity only), dates
 * (resolved from each article's date) and who did what to whom. The sentences compared are
 * the engine's ranked sentences about the same thing, so a wrong detail of the claim never
 * decides which reports are read (rank.ts leaves a claim's figure out of coverage).
 */
import type { ClaimCheck } from '../search/answer-types.js';
import { compareActors } from './actors.js';
import { compareFigures } from './compare.js';
import { compareDates, findDates } from './dates.js';
import { detectClaim } from './detect.js';
import { aboutTheSame, type ReportSentence } from './sentences.js';

/**
 * Which ranked sentences are about the same thing: a share of the best one's coverage of
 * the claim (figures aside), never below a floor. Figures may come from any sentence about
 * the same event; dates need a closer match (a story has many dates, one per event in it).
 */
export const FIGURE_SHARE = 0.7;
export const FIGURE_FLOOR = 0.45;
export const DATE_SHARE = 0.85;
export const DATE_FLOOR = 0.6;
export const ACTOR_SHARE = 0.6;
export const ACTOR_FLOOR = 0.45;

/**
 * The text to search for a question: for a claim, its statement without the wrapping words
 * ("benarkah", "hoaks?") and without its dates, which the claim may have wrong ("pada Maret
 * 2025" must not hide the reports of April); otherwise the question as it is.
 */
/** Any date resolves the claim's relative and year-less dates, only to find their words. */
const PLACEHOLDER_DATE = '2000-06-15';

export function searchTextOf(question: string): string {
  const detected = detectClaim(question);
  if (!detected) return question;
  let text = detected.statement;
  for (const d of findDates(text, PLACEHOLDER_DATE).sort((a, b) => b.text.length - a.text.length)) text = text.replace(d.text, ' ');
  text = text.replace(/\b(?:pada|on|in|sejak|since)\s*(?=[,.]|$)/gi, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return text.split(/\s+/).length >= 2 ? text : detected.statement;
}

/** The claim check for a question, or undefined when the question is not a claim. */
export function checkClaim(question: string, ranked: readonly ReportSentence[]): ClaimCheck | undefined {
  const detected = detectClaim(question);
  if (!detected) return undefined;
  const { statement } = detected;
  const check: ClaimCheck = { statement, figures: compareFigures(statement, aboutTheSame(ranked, FIGURE_SHARE, FIGURE_FLOOR)) };
  const dates = compareDates(statement, aboutTheSame(ranked, DATE_SHARE, DATE_FLOOR, 10));
  if (dates.length > 0) check.dates = dates;
  const actors = compareActors(statement, aboutTheSame(ranked, ACTOR_SHARE, ACTOR_FLOOR));
  if (actors) check.actors = actors;
  return check;
}

export { detectClaim };
