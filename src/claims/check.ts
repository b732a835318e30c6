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
import { aboutTheSame, type ClaimConcepts, type ReportSentence } from './sentences.js';

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
/**
 * Indonesian month names (April, September, November are English too). English-only ones
 * ("February") go: English analysis takes them for names, and a name the archive lacks makes
 * the answer "not found", which is exactly what a wrong date must not do.
 */
const MONTH_WORDS = /\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/giu;

export function searchTextOf(question: string): string {
  const detected = detectClaim(question);
  if (!detected) return question;
  let text = detected.statement;
  // The month stays, as an ordinary word (a wrong month lowers every report alike; a right
  // one still helps find the event); days, years and weekdays go.
  for (const d of findDates(text, PLACEHOLDER_DATE).sort((a, b) => b.text.length - a.text.length)) {
    text = text.replace(d.text, ` ${(d.text.match(MONTH_WORDS) ?? []).join(' ').toLowerCase()} `);
  }
  text = text.replace(/\b(?:pada|on|in|sejak|since)\s*(?=[,.]|$)/gi, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return text.split(/\s+/).length >= 2 ? text : detected.statement;
}

/** The claim check for a question, or undefined when the question is not a claim. */
export function checkClaim(question: string, ranked: readonly ReportSentence[], concepts?: ClaimConcepts): ClaimCheck | undefined {
  const detected = detectClaim(question);
  if (!detected) return undefined;
  const { statement } = detected;
  const check: ClaimCheck = { statement, figures: compareFigures(statement, aboutTheSame(ranked, { share: FIGURE_SHARE, floor: FIGURE_FLOOR, concepts })) };
  // A story has many dates, one per event in it: only sentences stating the claim's event itself.
  const dates = compareDates(statement, aboutTheSame(ranked, { share: DATE_SHARE, floor: DATE_FLOOR, limit: 10, byScore: false, concepts }));
  if (dates.length > 0) check.dates = dates;
  const actors = compareActors(statement, aboutTheSame(ranked, { share: ACTOR_SHARE, floor: ACTOR_FLOOR, concepts }));
  if (actors) check.actors = actors;
  return check;
}

/** Which concepts of an analysed claim are details it may have wrong: figures and dates (month and weekday names). */
export function detailConcepts(concepts: readonly { alternatives: readonly { terms: readonly string[] }[] }[]): boolean[] {
  return concepts.map((c) => c.alternatives.length > 0 && c.alternatives.every((a) => a.terms.every((t) => /^\d/.test(t) || DATE_TERMS.test(t))));
}
const DATE_TERMS =
  /^(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export { detectClaim };
