/**
 * Dates in a claim and in the reports. A report's relative dates are resolved from its
 * article's publication date: "Senin (28/4)" is 28 April of the article's year, "pada hari
 * Senin" the last Monday on or before publication, "pekan lalu" the calendar week before,
 * "bulan lalu", "tahun lalu", "kemarin" likewise. A claimed day, month or year is "reported"
 * when an outlet's date for the same event falls in it.
 */
import type { ClaimedDate, ReportedDate } from '../search/answer-types.js';
import { claimQuote, type ReportSentence } from './sentences.js';

/** A date as a span of days (ISO), with the precision it was written with. */
export interface DateSpan {
  text: string;
  from: string;
  to: string;
  precision: 'day' | 'week' | 'month' | 'year';
  /** Resolved from the publication date ("pekan lalu", "Senin", "kemarin"), not written out. */
  relative?: boolean;
}

const PRECISION = { year: 0, month: 1, week: 2, day: 3 } as const;

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maret: 3, mar: 3, march: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, ags: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11, nov: 11, desember: 12, des: 12, dec: 12, december: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, sunday: 0, senin: 1, monday: 1, selasa: 2, tuesday: 2, rabu: 3, wednesday: 3, kamis: 4, thursday: 4,
  jumat: 5, "jum'at": 5, friday: 5, sabtu: 6, saturday: 6,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function span(text: string, from: Date, to: Date, precision: DateSpan['precision']): DateSpan {
  return { text, from: iso(from), to: iso(to), precision };
}
const monthSpan = (text: string, y: number, m: number) => span(text, day(y, m, 1), day(y, m, lastDay(y, m)), 'month');
const yearSpan = (text: string, y: number) => span(text, day(y, 1, 1), day(y, 12, 31), 'year');

/** The year of a day and month written without one: the article's, or the one before when that would be after publication. */
function yearOf(month: number, dayOfMonth: number, published: Date | undefined): number | undefined {
  if (!published) return undefined;
  const y = published.getUTCFullYear();
  return day(y, month, dayOfMonth).getTime() > published.getTime() + 2 * 86_400_000 ? y - 1 : y;
}

interface Rule {
  pattern: RegExp;
  relative?: boolean;
  /** Needs the publication date (a relative date), or resolves alone. */
  resolve(m: RegExpExecArray, published: Date | undefined): DateSpan | undefined;
}

const RULES: Rule[] = [
  // 28/4, 29/4/2025, (28/4)
  {
    pattern: new RegExp(String.raw`(?:\b(?:hari\s+)?(?:${WEEKDAY})\s*,?\s*\(\s*)?(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])(?:(?<=\(\s*\S+)\s*\))?`, 'g'),
    resolve(m, published) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : yearOf(mo, d, published);
      return y ? span(m[0], day(y, mo, d), day(y, mo, d), 'day') : undefined;
    },
  },
  // 28 April 2025, 28 April
  {
    pattern: new RegExp(String.raw`(?:\b(?:hari\s+)?(?:${WEEKDAY})\s*,?\s*)?\b(\d{1,2})\s+(${MONTH})\b\.?(?:,?\s+((?:19|20)\d\d))?`, 'g'),
    resolve(m, published) {
      const d = Number(m[1]);
      const mo = MONTHS[m[2]!]!;
      const y = m[3] ? Number(m[3]) : yearOf(mo, d, published);
      if (d < 1 || d > 31) return undefined;
      return y ? span(m[0], day(y, mo, d), day(y, mo, d), 'day') : undefined;
    },
  },
  // April 28, 2025
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?`, 'g'),
    resolve(m, published) {
      const mo = MONTHS[m[1]!]!;
      const d = Number(m[2]);
      const y = m[3] ? Number(m[3]) : yearOf(mo, d, published);
      if (d < 1 || d > 31) return undefined;
      return y ? span(m[0], day(y, mo, d), day(y, mo, d), 'day') : undefined;
    },
  },
  // (bulan) April (2025), in April 2025
  {
    pattern: new RegExp(String.raw`\b(?:(?:bulan|pada|sejak|hingga|awal|akhir|pertengahan|in|since|until|early|late|mid)\s+)(${MONTH})\b(?:\s+(?:tahun\s+)?((?:19|20)\d\d))?|\b(${MONTH})\s+((?:19|20)\d\d)\b`, 'g'),
    resolve(m, published) {
      const mo = MONTHS[(m[1] ?? m[3])!]!;
      const written = m[2] ?? m[4];
      const y = written ? Number(written) : yearOf(mo, 1, published);
      return y ? monthSpan(m[0], y, mo) : undefined;
    },
  },
  // (tahun) 2024, in 2024
  {
    pattern: /\b(?:(?:tahun|pada|sejak|in|since|during)\s+)((?:19|20)\d\d)\b/g,
    resolve: (m) => yearSpan(m[0], Number(m[1])),
  },
  // kemarin, hari ini
  {
    pattern: /\b(kemarin|yesterday|hari ini|today)\b/g, relative: true,
    resolve(m, p) {
      if (!p) return undefined;
      const d = /kemarin|yesterday/.test(m[1]!) ? addDays(p, -1) : p;
      return span(m[0], d, d, 'day');
    },
  },
  // pekan lalu, minggu lalu, last week
  {
    pattern: /\b(?:pekan|minggu) lalu\b|\blast week\b/g, relative: true,
    resolve(m, p) {
      if (!p) return undefined;
      const monday = addDays(p, -((p.getUTCDay() + 6) % 7));
      return span(m[0], addDays(monday, -7), addDays(monday, -1), 'week');
    },
  },
  // bulan lalu, last month
  {
    pattern: /\bbulan lalu\b|\blast month\b/g, relative: true,
    resolve(m, p) {
      if (!p) return undefined;
      const y = p.getUTCFullYear();
      const mo = p.getUTCMonth() + 1;
      return mo === 1 ? monthSpan(m[0], y - 1, 12) : monthSpan(m[0], y, mo - 1);
    },
  },
  // tahun lalu, last year, tahun ini, this year
  {
    pattern: /\b(?:tahun lalu|last year|tahun ini|this year)\b/g, relative: true,
    resolve(m, p) {
      if (!p) return undefined;
      return yearSpan(m[0], p.getUTCFullYear() - (/lalu|last/.test(m[0]) ? 1 : 0));
    },
  },
  // pada hari Senin, on Monday
  {
    relative: true,
    pattern: new RegExp(String.raw`\b(?:(?:pada\s+)?hari\s+|pada\s+|on\s+)?(${WEEKDAY})\b(?!\s*,?\s*\(?\s*\d)`, 'g'),
    resolve(m, p) {
      if (!p) return undefined;
      const back = (p.getUTCDay() - WEEKDAYS[m[1]!]! + 7) % 7;
      const d = addDays(p, -back);
      return span(m[0], d, d, 'day');
    },
  },
];

/** True when `at` lies inside a quotation (curly quotes are plain ones by then). */
function insideQuotation(text: string, at: number): boolean {
  return (text.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
}

/** Every date in a text; relative ones only with the publication date (YYYY-MM-DD). */
export function findDates(text: string, published?: string | null): DateSpan[] {
  // Lower case and plain quotes, character for character: offsets stay those of the text.
  const folded = [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T00:00:00Z`) : undefined;
  const taken: [number, number][] = [];
  const out: { at: number; span: DateSpan }[] = [];
  for (const rule of RULES) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      // "Hari ini", "kemarin" inside a quotation are the speaker's, not the article's day.
      if (rule.relative && insideQuotation(folded, start)) continue;
      const resolved = rule.resolve(m, pub);
      if (!resolved) continue;
      taken.push([start, end]);
      // The date as printed (folding keeps lengths for these characters).
      out.push({ at: start, span: { ...resolved, text: text.slice(start, end).trim() || resolved.text, ...(rule.relative ? { relative: true } : {}) } });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.span);
}

/** The claim's date as one value at its precision: "2025-04-28", "2025-04", "2025". */
export function dateValue(d: DateSpan): string {
  if (d.precision === 'year') return d.from.slice(0, 4);
  if (d.precision === 'month') return d.from.slice(0, 7);
  if (d.precision === 'week') return `${d.from}/${d.to}`;
  return d.from;
}

/** Compares each absolute date of the claim with the dates the sentences give for the same event. */
export function compareDates(statement: string, sentences: readonly ReportSentence[]): ClaimedDate[] {
  // A claim's relative dates ("pekan lalu") depend on when it was written, which we do not
  // know; a day and month without a year ("Selasa (29/4)") take the year of the reports.
  const published = sentences.find((s) => s.published)?.published ?? null;
  const claimed = findDates(statement, published).filter((d) => !d.relative);
  if (claimed.length === 0) return [];
  const printed = sentences.flatMap((s) => findDates(s.text, s.published).map((d) => ({ d, s })));
  return claimed.map((c) => {
    const groups = new Map<string, ReportedDate>();
    for (const { d, s } of printed) {
      // A coarser date cannot confirm a finer claim: "tahun ini" says nothing of "Maret 2025".
      if (PRECISION[d.precision] < PRECISION[c.precision]) continue;
      const value = dateValue(d);
      let group = groups.get(value);
      if (!group) groups.set(value, (group = { text: d.text, value, outlets: [], holds: false, quotes: [] }));
      if (c.from <= d.to && d.from <= c.to) group.holds = true;
      if (!group.outlets.includes(s.outlet)) group.outlets.push(s.outlet);
      if (!group.quotes.some((q) => q.sentenceId === s.id)) group.quotes.push(claimQuote(s));
    }
    const reported = [...groups.values()].sort((a, b) => Number(b.holds) - Number(a.holds) || b.outlets.length - a.outlets.length);
    return { claimed: c.text.replace(/^(?:pada|on|in|sejak|since|tanggal)\s+/i, ''), value: dateValue(c), status: reported.some((r) => r.holds) ? 'reported' : 'not reported', reported };
  });
}
