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
    // "Rp 230 juta-Rp 500 juta": the currency may be written again before the upper end.
    String.raw`(?:\s*(-|–|—|hingga|sampai|to|and|dan)\s*(?:rp\.?\s?|us\$\s?|\$\s?|€\s?)?(${NUM})(?:\s?(${MULTIPLIER})(?![\p{L}\p{N}]))?)?(?:(?=(?:st|nd|rd|th)(?![\p{L}\p{N}]))|(?![\p{L}\p{N}]|[/:]\d|[.,]\d))`,
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

/** Words that make "2-1" a score: a result, a match. */
const SCORE_BEFORE = /\b(?:menang|kalah|skor|score|won|win|lost|lose|beat|beats|imbang|draw|unggul|tumbang|takluk|bungkam|tekuk|hajar|gol|goals?|laga|match|vs|versus|melawan|against|atas)\b[^.]{0,25}$/iu;

const isYear = (digits: string, value: number) => /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;

/** Number words: units and teens, and the words that scale them, in both languages. */
const UNIT_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE_IN_GROUP: Readonly<Record<string, number>> = { belas: 10, puluh: 10, ratus: 100, hundred: 100 };
const GROUP_MULTIPLIERS: Readonly<Record<string, number>> = { ribu: 1e3, seribu: 1e3, thousand: 1e3, juta: 1e6, sejuta: 1e6, million: 1e6, miliar: 1e9, billion: 1e9 };
const NUMBER_WORD = [...Object.keys(UNIT_WORDS), ...Object.keys(SCALE_IN_GROUP), ...Object.keys(GROUP_MULTIPLIERS)].sort((a, b) => b.length - a.length).join('|');
const SPELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${QUALIFIER_GROUP})\s+)?((?:(?:${NUMBER_WORD})(?:[\s-]+|(?![\p{L}\p{N}])))+)`, 'giu');

/** The value of number words ("dua puluh lima" 25, "tiga ratus dua puluh" 320, "dua puluh ribu" 20.000, "twenty-five"). */
export function spelledValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let last = 0;
  for (const w of words) {
    if (w in UNIT_WORDS) {
      last = UNIT_WORDS[w]!;
      current += last;
    } else if (w === 'belas') {
      if (last === 0 || last > 9) return undefined;
      current += 10;
      last = 0;
    } else if (w in SCALE_IN_GROUP) {
      if (last === 0) return undefined;
      current += last * (SCALE_IN_GROUP[w]! - 1);
      last = 0;
    } else if (w in GROUP_MULTIPLIERS) {
      const m = GROUP_MULTIPLIERS[w]!;
      total += (w.startsWith('se') ? 1 : current || 1) * m;
      current = 0;
      last = 0;
    } else return undefined;
  }
  const value = total + current;
  return value > 0 ? value : undefined;
}

/** A unit of time right after a number word. */
const DURATION_AFTER = /^\s+(?:tahun|bulan|pekan|minggu|hari|jam|dekade|abad|years?|months?|weeks?|days?|hours?|decades?)\b/iu;

/** Figures written in words ("dua tahun", "dua puluh ribu tentara", "two thousand troops"). */
function spelledFigures(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of text.matchAll(new RegExp(SPELLED.source, SPELLED.flags))) {
    const qualifier = m[1];
    const phrase = m[2]!.replace(/[\s-]+$/, '');
    const words = phrase.toLowerCase().split(/[\s-]+/);
    // "salah satu" (one of), "satu-satunya": no figure; nor a lone multiplier word ("ribuan" is not matched).
    if (/salah\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const value = spelledValue(words);
    // "satu" is mostly "a" ("satu badan amal"); "satu tahun" is a duration, a figure.
    const end = m.index + m[0].indexOf(m[2]!) + phrase.length;
    if (value === undefined || (value < 2 && !(value === 1 && DURATION_AFTER.test(text.slice(end))))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push(mention(text, start, m.index + m[0].indexOf(m[2]!) + phrase.length, qualifier, value, value));
  }
  return out;
}

/** Every figure a text states (not dates, years, times or article numbers), in order. */
export function findFigures(text: string): FigureMention[] {
  const digits = digitFigures(text);
  const spelled = spelledFigures(text).filter((w) => !digits.some((d) => w.start < d.end && d.start < w.end));
  return [...digits, ...spelled].sort((a, b) => a.start - b.start);
}

function digitFigures(text: string): FigureMention[] {
  const out: FigureMention[] = [];
  const pattern = new RegExp(FIGURE.source, FIGURE.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [all, qualifier, lowDigits, lowMul, connector, highDigits, highMul] = m;
    const start = m.index;
    const end = start + all.length;
    const firstEnd = start + all.indexOf(lowDigits!) + lowDigits!.length + (lowMul ? all.slice(all.indexOf(lowDigits!) + lowDigits!.length).match(/^\s?\S+/)![0].length : 0);
    // A score ("menang 4-1", "won 3-1", "kalah 18-42") is no figure; "3-24 bulan" is a range.
    if (highDigits !== undefined && /^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(all.trim()) && !lowMul && !highMul) {
      const [a, b] = all.trim().split(/\s*[-–]\s*/).map(Number);
      if (b! <= a! || SCORE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    }
    // "10-12 ribu": the multiplier written once applies to both ends.
    // "Rp 2 M": after a rupiah sign, a capital M is miliar (billion).
    const rupiahM = !lowMul && !highDigits && /rp\.?\s?$/i.test(text.slice(Math.max(0, start - 4), start)) ? /^\s?M(?![\p{L}\p{N}])/u.exec(text.slice(end)) : null;
    const low = rupiahM ? numberValue(lowDigits!, 'miliar') : numberValue(lowDigits!, (lowMul ?? (highDigits ? highMul : undefined))?.toLowerCase());
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
    // An ordinal keeps its suffix in the printed figure ("8th"); its unit says it ranks (quantities.ts).
    const ordinal = !range && /^(?:st|nd|rd|th)\b/i.exec(after);
    if (ordinal) {
      out.push(mention(text, start, figureEnd + ordinal[0].length, qualifier, low, low));
      continue;
    }
    out.push(mention(text, start, rupiahM ? figureEnd + rupiahM[0].length : figureEnd, qualifier, low, range ? high : low));
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
