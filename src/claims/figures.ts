/**
 * Figures as printed: a number in any written form ("14.000", "14,000", "14 ribu", "14rb"),
 * a range ("10.000-12.000", "10 hingga 12 ribu", "between 10,000 and 12,000") and the
 * approximation around it ("sekitar", "hampir", "lebih dari", "about", "nearly", "more than"),
 * with the interval of values the wording allows (its spread).
 */
import { numberValue } from '../text/numbers.js';

export type Approximation = 'exact' | 'about' | 'nearly' | 'more' | 'less';

export interface FigureMention {
  /** The figure as printed, qualifier included ("sekitar 14.000", "10.000-12.000"). */
  text: string;
  /** The number itself as printed, without qualifier ("14.000", "10.000-12.000", "20 ribu"). */
  number: string;
  /** The printed value, or the printed range's bounds. */
  low: number;
  high: number;
  approximation: Approximation;
  /** The values the wording allows: the range, or the approximation's spread around the figure. */
  spread: [number, number];
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

/**
 * How far an approximation reaches. "sekitar 14.000" holds 13.300 to 14.700; "hampir 14.000"
 * 12.600 to 14.000; "lebih dari 10.000" 10.000 to 12.000; "kurang dari 10.000" 8.000 to
 * 10.000. Reporters round to the leading digits, so a claimed figure within these bounds is
 * one the outlet printed; a figure further off is not what they printed.
 */
export const SPREAD: Readonly<Record<Approximation, readonly [number, number]>> = {
  exact: [1, 1],
  about: [0.95, 1.05],
  nearly: [0.9, 1],
  more: [1, 1.2],
  less: [0.8, 1],
};

const QUALIFIERS: ReadonlyArray<readonly [Approximation, string]> = [
  ['about', 'sekitar|kira-kira|kurang lebih|sekira|lebih kurang|about|around|approximately|roughly|some|an estimated|estimated|circa|sekitaran'],
  ['nearly', 'hampir|nyaris|mendekati|nearly|almost|close to|just under'],
  ['more', 'lebih dari|lebih|di atas|setidaknya|sedikitnya|paling sedikit|minimal|more than|over|above|at least|upwards of|in excess of'],
  ['less', 'kurang dari|di bawah|hingga|sampai|maksimal|paling banyak|less than|fewer than|under|up to|at most'],
];
const QUALIFIER_GROUP = QUALIFIERS.map(([, words]) => words).join('|');
const MULTIPLIER = 'ribuan|ribu|rb|thousand|jutaan|juta|jt|million|miliar|milyar|billion|triliun|trillion|k';
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,:])(?:(${QUALIFIER_GROUP})\s+)?(?:(?:antara|between)\s+)?(${NUM})(?:\s?(${MULTIPLIER})(?![\p{L}\p{N}]))?` +
    String.raw`(?:\s*(-|–|—|hingga|sampai|to|and|dan)\s*(${NUM})(?:\s?(${MULTIPLIER})(?![\p{L}\p{N}]))?)?(?![\p{L}\p{N}]|[/:]\d|[.,]\d)`,
  'giu',
);
const MONTH_AFTER = /^\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|ags|agt|sep|sept|okt|nov|des|january|february|march|may|june|july|august|october|december|dec|oct|aug)\b/iu;
const TIME_BEFORE = /(?:pukul|jam|pk\.?|tahun|thn|year|since|sejak|tanggal|tgl|no\.?|nomor|pasal|ayat|article|rt|rw|km|kilometer)\s*$/iu;

const approximationOf = (word: string | undefined): Approximation => {
  if (!word) return 'exact';
  const folded = word.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, words] of QUALIFIERS) if (words.split('|').includes(folded)) return kind;
  return 'exact';
};

const isYear = (digits: string, value: number) => /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;

/** Every figure a text states (not dates, years, times or article numbers), in order. */
export function findFigures(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  const pattern = new RegExp(FIGURE.source, FIGURE.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [all, qualifier, lowDigits, lowMul, connector, highDigits, highMul] = m;
    const start = m.index;
    const end = start + all.length;
    const firstEnd = start + all.indexOf(lowDigits!) + lowDigits!.length + (lowMul ? all.slice(all.indexOf(lowDigits!) + lowDigits!.length).match(/^\s?\S+/)![0].length : 0);
    // A score ("menang 4-1", "won 3-1") is no figure.
    if (highDigits !== undefined && /^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(all.trim()) && !lowMul && !highMul) continue;
    // "10-12 ribu": the multiplier written once applies to both ends.
    const low = numberValue(lowDigits!, (lowMul ?? (highDigits ? highMul : undefined))?.toLowerCase());
    const high = highDigits ? numberValue(highDigits, highMul?.toLowerCase()) : low;
    if (!Number.isFinite(low) || !Number.isFinite(high)) continue;
    const between = /^(?:\S+\s+)?(?:antara|between)\s/i.test(all);
    // "14.000 dan 3.000" is two figures; "antara 10.000 dan 12.000" is a range. A "range" whose
    // ends are far apart in kind or reversed is two figures too: keep the first, read on.
    const range = highDigits !== undefined && high > low && high <= low * 20 && (!/^(?:and|dan)$/i.test(connector ?? '') || between);
    const figureEnd = range || highDigits === undefined ? end : firstEnd;
    if (highDigits !== undefined && !range) pattern.lastIndex = firstEnd;
    const after = text.slice(figureEnd);
    const before = text.slice(Math.max(0, start - 12), start);
    if (MONTH_AFTER.test(after) || (TIME_BEFORE.test(before) && !qualifier)) continue;
    if (!lowMul && !range && isYear(lowDigits!, low)) continue;
    out.push(mention(text, start, figureEnd, qualifier, low, range ? high : low));
  }
  return out;
}

function mention(text: string, start: number, end: number, qualifier: string | undefined, low: number, high: number): FigureMention {
  const printed = text.slice(start, end).trimEnd();
  const approximation = approximationOf(qualifier);
  const [down, up] = SPREAD[approximation];
  const number = (qualifier ? printed.slice(printed.toLowerCase().indexOf(qualifier.toLowerCase()) + qualifier.length).trim() : printed).replace(/^(?:antara|between)\s+/i, '');
  return { text: printed, number, low, high, approximation, spread: [low * down, high * up], start, end: start + printed.length };
}

/** True when two figures' intervals share a value: one wording allows the other. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] * (1 + 1e-9) && b[0] <= a[1] * (1 + 1e-9);
}

/** A figure's value for the JSON: the number, or [low, high] for a range. */
export function figureValue(f: Pick<FigureMention, 'low' | 'high'>): number | [number, number] {
  return f.low === f.high ? f.low : [f.low, f.high];
}
