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
      if (!comparable(c.quantity, f.quantity) || !unitsMatch(c, f)) continue;
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
  return reported.unit === claimed.unit;
}
