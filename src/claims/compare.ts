/**
 * A claim's figures against the figures the outlets printed for the same quantity: the
 * claimed figure is "reported" when a reported figure, with its range or its approximation's
 * spread, holds it; otherwise "not reported", with every figure they did print for that
 * quantity, their outlets and their sentences.
 */
import type { ClaimedFigure, Quantity, ReportedFigure } from '../search/answer-types.js';
import { figureValue, findFigures, overlaps, type Approximation } from './figures.js';
import { comparable, quantityAt, unitAt } from './quantities.js';
import { claimQuote, type ReportSentence } from './sentences.js';
import { analyzeTerms } from '../text/analyzer.js';
import { translateEnglish } from '../text/lexicon.js';
import { foldText } from '../text/normalize.js';

/** How many words after a reported figure may name the claim's unit ("6.500 toko media"). */
const UNIT_WORDS = 3;

/** A figure in a text with what it counts. */
export interface CountedFigure {
  text: string;
  number: string;
  low: number;
  high: number;
  spread: [number, number];
  approximation: Approximation;
  quantity: Quantity;
  unit: string | undefined;
  /** The few words after the figure ("toko media" in "6.500 toko media"). */
  unitWords: string[];
}

/** Every figure of a text, with its quantity and unit. */
export function countedFigures(text: string): CountedFigure[] {
  return findFigures(text).map((f) => ({
    text: f.text,
    number: f.number,
    low: f.low,
    high: f.high,
    spread: f.spread,
    approximation: f.approximation,
    quantity: quantityAt(text, f.start, f.end),
    unit: unitAt(text, f.end),
    unitWords: foldText(text.slice(f.end, f.end + 40))
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(0, UNIT_WORDS),
  }));
}

/** Compares each figure of the claim with the figures of the same quantity in the sentences. */
export function compareFigures(statement: string, sentences: readonly ReportSentence[]): ClaimedFigure[] {
  // A claimed figure that says neither what it counts nor of what ("menang 3 kali") is not compared.
  const claimed = countedFigures(statement).filter((f) => f.quantity !== 'generic' || f.unit !== undefined);
  if (claimed.length === 0) return [];
  const printed = sentences.flatMap((s, rank) => countedFigures(s.text).map((f) => ({ f, s, rank })));
  return claimed.map((c) => {
    const groups = new Map<string, ReportedFigure>();
    // Where each group's best sentence ranks: the figures of the most relevant reports first.
    const firstRank = new Map<ReportedFigure, number>();
    for (const { f, s, rank } of printed) {
      // A claim of people sent compares with a report of that many people that does not say
      // why they are counted ("Antara 150-200 orang atlet"); a claim of casualties or
      // reinforcements only with reports that say so.
      const sentAsGeneric = c.quantity === 'sent' && f.quantity === 'generic' && c.unit === 'people' && f.unit === 'people';
      if ((!comparable(c.quantity, f.quantity) && !sentAsGeneric) || !unitsMatch(c, f)) continue;
      // A claim about thousands of troops is not compared with "2 tentara" or "90 negara".
      if (f.high < c.low / 100 || f.low > c.high * 100) continue;
      // "lebih dari 10.000" is not "10.000": a bound keeps its words; "sekitar" and "hampir" 14.000 are 14.000.
      const bound = f.approximation === 'more' || f.approximation === 'less';
      const key = `${f.quantity}:${f.low}:${f.high}:${bound ? f.approximation : ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { text: bound ? f.text : f.number, value: figureValue(f), quantity: f.quantity, outlets: [], holds: false, quotes: [] };
        groups.set(key, group);
        firstRank.set(group, rank);
      }
      if (overlaps(c.spread, f.spread)) group.holds = true;
      if (!group.outlets.includes(s.outlet)) group.outlets.push(s.outlet);
      if (!group.quotes.some((q) => q.sentenceId === s.id)) group.quotes.push(claimQuote(s));
    }
    const reported = [...groups.values()].sort(
      (a, b) => Number(b.holds) - Number(a.holds) || firstRank.get(a)! - firstRank.get(b)! || b.outlets.length - a.outlets.length || low(b.value) - low(a.value),
    );
    return {
      claimed: c.number,
      value: figureValue(c),
      quantity: c.quantity,
      status: reported.some((r) => r.holds) ? 'reported' : 'not reported',
      reported,
    };
  });
}

const low = (v: number | [number, number]) => (typeof v === 'number' ? v : v[0]);

/**
 * A claimed figure with a unit ("100 km", "5 tahun", "20 ribu tentara") compares with reported
 * figures of that unit; one whose unit the words do not give ("menewaskan 47 dan ...") only
 * when both say what they count (killed, sent ...). A claim without a unit compares with any.
 */
function unitsMatch(claimed: CountedFigure, reported: CountedFigure): boolean {
  if (claimed.unit === undefined) return true;
  if (reported.unit === undefined) return claimed.quantity !== 'generic' && reported.quantity === claimed.quantity;
  if (reported.unit === claimed.unit) return true;
  // The same unit in the other language or another form ("athletes" / "atlet", "matches" /
  // "laga"), or the claim's unit among the words after the reported figure ("6,500 media
  // outlets" / "6.500 toko media").
  const claimedForms = unitForms(claimed.unit);
  return [reported.unit, ...reported.unitWords].some((w) => unitForms(w).some((f) => claimedForms.includes(f)));
}

const unitFormsCache = new Map<string, string[]>();

/** A unit word's index terms, and those of its English translations (accurate lexicons). */
function unitForms(unit: string): string[] {
  let forms = unitFormsCache.get(unit);
  if (!forms) {
    const english = [unit, unit.replace(/(?:es|s)$/, '')].flatMap((w) => translateEnglish(w).filter((t) => t.source !== 'wordnet').map((t) => t.text));
    forms = [...new Set([unit, ...english].flatMap((w) => analyzeTerms(w)))];
    if (unitFormsCache.size > 5000) unitFormsCache.clear();
    unitFormsCache.set(unit, forms);
  }
  return forms;
}
