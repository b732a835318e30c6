/**
 * A claim held against what the outlets reported: its figures (same quantity only), dates
 * (resolved from each article's date) and who did what to whom. The sentences compared are
 * the engine's ranked sentences about the same thing, so a wrong detail of the claim never
 * decides which reports are read (rank.ts leaves a claim's figure out of coverage).
 */
import type { ClaimCheck, Quote } from '../search/answer-types.js';
import { compareActors } from './actors.js';
import { compareFigures } from './compare.js';
import { compareDates, findDates } from './dates.js';
import { detectClaim, MAX_CLAIM_CHARS, type DetectedClaim } from './detect.js';
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

export function searchTextOf(question: string, detected: DetectedClaim | undefined = detectClaim(question)): string {
  // A long paste is left as it is: the analyser cuts it and the reply says so.
  if (question.replace(/\s+/g, ' ').trim().length > MAX_CLAIM_CHARS) return question;
  if (!detected) return question;
  let text = detected.statement;
  // The month of a month-level date stays, as an ordinary word (a wrong month lowers every
  // report alike; a right one still helps find the event); days, years and weekdays go, and so
  // does the month of a full date: the reports often write that day as "Senin (28/4)", and a
  // month word would favour those that spell the month over them.
  for (const d of findDates(text, PLACEHOLDER_DATE).sort((a, b) => b.text.length - a.text.length)) {
    text = text.replace(d.text, d.precision === 'day' ? ' ' : ` ${(d.text.match(MONTH_WORDS) ?? []).join(' ').toLowerCase()} `);
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
  // A story has many dates, one per event in it: only sentences stating the claim's event
  // itself, and those that printed the claim's figure (inflation of 0,22 persen is September's,
  // not May's, however alike the sentences about May read).
  const withFigure = new Set(check.figures.flatMap((f) => f.reported.filter((r) => r.holds).flatMap((r) => r.quotes.map((q) => q.sentenceId))));
  const sameEvent = new Set(aboutTheSame(ranked, { share: DATE_SHARE, floor: DATE_FLOOR, limit: 10, byScore: false, concepts }));
  const dates = compareDates(statement, ranked.filter((s) => sameEvent.has(s) || withFigure.has(s.id)));
  if (dates.length > 0) check.dates = dates;
  const actors = compareActors(statement, aboutTheSame(ranked, { share: ACTOR_SHARE, floor: ACTOR_FLOOR, concepts }));
  if (actors) check.actors = actors;
  return check;
}

type AnalysedConcept = { alternatives: readonly { terms: readonly string[] }[]; name?: boolean };
const allTerms = (c: AnalysedConcept, test: (t: string) => boolean) => c.alternatives.length > 0 && c.alternatives.every((a) => a.terms.every(test));

/** Which concepts of an analysed claim are details it may have wrong: figures and dates (month and weekday names). */
export function detailConcepts(concepts: readonly AnalysedConcept[]): boolean[] {
  return concepts.map((c) => allTerms(c, (t) => /^\d/.test(t) || DATE_TERMS.test(t)));
}

/** The claim's concepts as the comparison weighs them (see sentences.ts); `absent`: the archive lacks the concept. */
export function claimConcepts(concepts: readonly AnalysedConcept[], idf: readonly number[], absent: readonly boolean[] = []): ClaimConcepts {
  const detail = detailConcepts(concepts);
  const names = concepts.filter((c, i) => c.name && !absent[i] && !detail[i]).map((c) => c.alternatives.map((a) => a.terms));
  return { idf, detail, numeric: concepts.map((c) => allTerms(c, (t) => /^\d/.test(t))), names };
}
const DATE_TERMS =
  /^(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * The sentences the comparison rests on: for each claimed figure and date, those that hold it
 * or, when none does, those of the figure or date most outlets printed; the reports of the
 * other direction when the actors are swapped.
 */
export function evidenceSentences(claim: ClaimCheck): Set<number> {
  const ids = new Set<number>();
  const take = (groups: readonly { holds: boolean; quotes: readonly { sentenceId: number }[] }[]) => {
    const holding = groups.filter((g) => g.holds);
    for (const g of holding.length > 0 ? holding : groups.slice(0, 1)) for (const q of g.quotes) ids.add(q.sentenceId);
  };
  for (const f of claim.figures) take(f.reported);
  for (const d of claim.dates ?? []) take(d.reported);
  if (claim.actors?.status === 'swapped') for (const r of claim.actors.reported) for (const q of r.quotes) ids.add(q.sentenceId);
  return ids;
}

/**
 * The quotes with the sentences the comparison rests on first (in their ranked order), then
 * the others: the reply's first quote shows what the outlets printed for the claim's detail.
 * Only reorders; never adds or drops a quote.
 */
export function evidenceFirst(answers: readonly Quote[], claim: ClaimCheck): Quote[] {
  const ids = evidenceSentences(claim);
  if (ids.size === 0) return [...answers];
  // A quote whose own sentence printed the detail first, then one that another outlet's did.
  const rank = (q: Quote) => (ids.has(q.sentenceId) ? 0 : q.alsoReportedBy.some((a) => ids.has(a.sentenceId)) ? 1 : 2);
  return answers.map((q, i) => ({ q, i, r: rank(q) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.q);
}

export { detectClaim };
