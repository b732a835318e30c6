/**
 * Across outlets: near-identical sentences (syndicated copy, translations of one wire story)
 * become one quote with "also reported by"; different figures for one quantity are set side
 * by side.
 */
import { quantityAt, type Quantity } from '../claims/quantities.js';
import { analyzeTerms } from '../text/analyzer.js';
import { numberValue } from '../text/numbers.js';
import type { AlsoReported, Figure, Quote } from './answer-types.js';
import { conceptOfTerm, type Concept } from './concepts.js';
import type { Scored } from './rank.js';
import { CORROBORATION_CAP, W_CORROBORATION } from './weights.js';

/** Dice overlap of analysed terms at which two sentences are the same report. */
export const SAME_REPORT_DICE = 0.5;
/** A lower overlap suffices when both state the same (non-year) figures. */
export const SAME_REPORT_DICE_WITH_FIGURES = 0.3;

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;
/** A year is written as four plain digits ("2024"); "2.000" in the same range is a figure. */
const writtenAsYear = (text: string, n: number) => isYear(n) && new RegExp(`(?<![\\d.,])${n}(?![.,]?\\d)`).test(text);
/** The figures a sentence states, years left out, as a sorted key ("" when none). */
export const figureKey = (text: string, numbers: readonly number[]): string =>
  numbers
    .filter((n) => !writtenAsYear(text, n))
    .sort((a, b) => a - b)
    .join(',');
const figuresOf = (s: Scored) => figureKey(s.text, s.numbers);

/** True when two sentences report the same thing. */
export function sameReport(a: Scored, b: Scored): boolean {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  // Different figures are different reports, however alike the wording (4.000 vs 2.000 killed).
  if (fa !== '' && fb !== '' && fa !== fb) return false;
  const overlap = dice(a.termSet, b.termSet);
  if (overlap >= SAME_REPORT_DICE) return true;
  return fa !== '' && fa === fb && overlap >= SAME_REPORT_DICE_WITH_FIGURES;
}

/** A sentence as another outlet's report of a quote. */
export function alsoReported(s: { outlet: string; slug: string; published: string | null; text: string; id: number }): AlsoReported {
  return { outlet: s.outlet, article: s.slug, published: s.published, text: s.text, sentenceId: s.id };
}

export function toQuote(s: Scored): Quote {
  return {
    text: s.text,
    outlet: s.outlet,
    article: s.slug,
    title: s.title,
    published: s.published,
    url: s.url,
    score: Math.round(s.score * 100) / 100,
    sentenceId: s.id,
    start: s.start,
    end: s.end,
    alsoReportedBy: [],
  };
}

/**
 * Groups ranked sentences into quotes, best first; same-outlet repeats are dropped. A report
 * that several outlets printed ranks above one printed once (W_CORROBORATION).
 */
export function groupQuotes(ranked: readonly Scored[], limit: number): Quote[] {
  const groups: { rep: Scored; quote: Quote; outlets: Set<string> }[] = [];
  for (const s of ranked) {
    const group = groups.find((g) => sameReport(g.rep, s));
    if (group) {
      if (!group.outlets.has(s.outlet)) {
        group.outlets.add(s.outlet);
        group.quote.alsoReportedBy.push(alsoReported(s));
      }
      continue;
    }
    groups.push({ rep: s, quote: toQuote(s), outlets: new Set([s.outlet]) });
  }
  const boosted = (g: (typeof groups)[number]) =>
    g.rep.score + W_CORROBORATION * Math.min(g.outlets.size - 1, CORROBORATION_CAP) / CORROBORATION_CAP;
  return groups
    .map((g) => ({ g, score: boosted(g) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ g, score }) => ({ ...g.quote, score: Math.round(score * 100) / 100 }));
}

const QUALIFIER = String.raw`(?:(?:lebih dari|kurang dari|hampir|sekitar|setidaknya|sedikitnya|paling sedikit|total|mencapai|sebanyak|kira-kira|more than|fewer than|less than|about|around|nearly|almost|at least|over|up to)\s+)?`;
const FIGURE_PATTERN = new RegExp(
  String.raw`${QUALIFIER}(\d+(?:[.,]\d+)*)(?:\s*[-–]\s*(\d+(?:[.,]\d+)*))?(?:\s?(ribu|juta|miliar|thousand|million))?\s+([\p{L}]+)`,
  'giu',
);

interface Mention {
  label: string;
  clause: string;
  value: number;
  high: number | undefined;
  noun: string;
  clauseTerms: Set<string>;
  /** What the figure counts (sent, reinforcements, killed ...): only figures of one quantity are compared. */
  quantity: Quantity;
  sentence: Scored;
}

function mentionsOf(s: Scored): Mention[] {
  const out: Mention[] = [];
  const clauses = s.text.split(/[,;()]/);
  for (const m of s.text.matchAll(FIGURE_PATTERN)) {
    const low = numberValue(m[1]!, m[3]?.toLowerCase());
    if (!Number.isFinite(low) || (isYear(low) && !/[.,]/.test(m[1]!))) continue;
    if (/^\d{1,2}$/.test(m[1]!) && low < 100 && !m[3]) continue; // days, counts of places: rarely the figure in dispute
    const high = m[2] ? numberValue(m[2], m[3]?.toLowerCase()) : undefined;
    const noun = analyzeTerms(m[4]!)[0];
    if (!noun) continue;
    const at = m.index;
    let offset = 0;
    let clause = s.text;
    for (const c of clauses) {
      if (at >= offset && at < offset + c.length + 1) {
        clause = c;
        break;
      }
      offset += c.length + 1;
    }
    const figureEnd = at + m[0].length - m[4]!.length;
    out.push({ label: m[0], clause, value: low, high, noun, clauseTerms: new Set(analyzeTerms(clause)), quantity: quantityAt(s.text, at, figureEnd), sentence: s });
  }
  return out;
}

/** Reporting verbs say who gave a figure, not what it counts. */
const REPORTING_TERMS = new Set(
  analyzeTerms('mengatakan menyatakan memperkirakan diperkirakan menilai menyebutkan melaporkan dilaporkan mengklaim menurut mengutip dikutip'),
);

/**
 * The predicate of a clause: its verbs (Indonesian verbs carry me-, di-, ber- or ter-),
 * less reporting verbs. "Korea Utara mengirim sekitar 14.000 tentara" gives "kirim".
 */
function predicateTerms(clause: string, units: ReadonlySet<string>): string[] {
  const verbs = (clause.match(/(?<![\p{L}])(?:me|di|ber|ter)\p{Ll}{3,}/gu) ?? []).join(' ');
  return [...new Set(analyzeTerms(verbs))].filter((t) => !units.has(t) && !REPORTING_TERMS.has(t));
}

/**
 * Figures for "how many" questions: every distinct figure printed for the quantity asked
 * about, with its outlets and verbatim sentences. Empty unless at least two figures differ.
 */
export function collectFigures(ranked: readonly Scored[], concepts: readonly Concept[], minCoverage: number): Figure[] {
  const termsOf = (c: Concept) => c.alternatives.flatMap((a) => a.terms);
  // A claim's own figure ("14 ribu tentara") is what differs between outlets: a sentence with
  // another figure is relevant when it has every other concept of the claim.
  const numeric = concepts.map((c) => termsOf(c).every((t) => /^\d/.test(t)));
  const hasAllButFigures = (s: Scored) => numeric.some(Boolean) && concepts.every((_, i) => numeric[i] || s.matched[i]! > 0);
  const relevant = ranked.filter((s) => s.coverage >= minCoverage || hasAllButFigures(s)).slice(0, 40);
  if (relevant.length === 0) return [];
  const mentions = relevant.flatMap(mentionsOf);
  // The quantity's unit: a question word ("tentara") or, failing that, the unit of the best sentence's figure.
  const questionUnits = new Set(concepts.flatMap(termsOf));
  let unitNouns = new Set(mentions.filter((m) => questionUnits.has(m.noun)).map((m) => m.noun));
  if (unitNouns.size === 0 && mentions[0]) unitNouns = new Set([mentions[0].noun]);
  const unitConcepts = concepts.filter((c) => termsOf(c).some((t) => unitNouns.has(t)));
  for (const c of unitConcepts) for (const t of termsOf(c)) unitNouns.add(t);
  // The figure's own clause must say what the question asks happened (sent, killed), not
  // merely name the story's subjects: "4.000 tentara Korea Utara telah tewas" is no figure
  // of troops sent.
  let clauseConcepts = concepts.filter((c, i) => !unitConcepts.includes(c) && !c.name && !numeric[i]);
  // A bare claim ("14 ribu tentara") names no predicate: take it from the clause of the
  // best-ranked figure, so other figures for the same event (sent, not killed) are found.
  if (clauseConcepts.length === 0) {
    const anchor = mentions.find((m) => unitNouns.has(m.noun));
    if (anchor) clauseConcepts = predicateTerms(anchor.clause, unitNouns).map(conceptOfTerm);
  }

  // Only figures of one quantity are estimates of one number: "sekitar 4.000 tentara ... tewas
  // atau terluka" (casualties), "sekitar 2.000 tentara ... tewas" (killed) and "3.000 pasukan
  // tambahan" (reinforcements) are not. The quantity is the one the question names ("died":
  // killed), else that of the best-ranked figure.
  const asked = quantityAt(` ${concepts.map((c) => c.label).join(' ')}`, 0, 0);
  const quantity = asked !== 'generic' ? asked : mentions.find((m) => unitNouns.has(m.noun))?.quantity;
  const byValue = new Map<string, Figure>();
  for (const m of mentions) {
    if (!unitNouns.has(m.noun)) continue;
    if (m.quantity !== quantity) continue;
    if (clauseConcepts.length > 0 && !clauseConcepts.some((c) => termsOf(c).some((t) => m.clauseTerms.has(t)))) continue;
    const key = `${m.value}-${m.high ?? ''}`;
    let figure = byValue.get(key);
    if (!figure) byValue.set(key, (figure = { label: m.label.trim(), value: m.value, outlets: [], quotes: [] }));
    if (!figure.outlets.includes(m.sentence.outlet)) figure.outlets.push(m.sentence.outlet);
    if (!figure.quotes.some((q) => q.sentenceId === m.sentence.id)) {
      figure.quotes.push({ outlet: m.sentence.outlet, article: m.sentence.slug, published: m.sentence.published, text: m.sentence.text, sentenceId: m.sentence.id });
    }
  }
  const figures = [...byValue.values()].sort((a, b) => b.outlets.length - a.outlets.length || b.value - a.value);
  return figures.length >= 2 ? figures : [];
}
