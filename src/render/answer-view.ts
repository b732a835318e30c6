/**
 * The parts of an answer that every rendering shows, in reading order, already localised
 * (dates, outlet lists). Telegram HTML and terminal text both format this view, so the two
 * never drift apart; neither does any retrieval.
 */
import type { Answer, Language, Quote } from '../search/answer-types.js';
import { formatDate, formatList } from './messages.js';

export interface QuoteView {
  quote: Quote;
  text: string;
  outlet: string;
  url: string | null;
  date: string;
  /** Other outlets that printed the same claim, without repeats. */
  alsoReportedBy: string[];
}

export interface FigureView {
  label: string;
  outlets: string;
}

export interface NotFoundView {
  articles: number;
  outlets: string;
  from: string | null;
  to: string | null;
  topics: string[];
  examples: string[];
}

/** The maximum number of "figures differ" lines shown. */
const MAX_FIGURES = 6;

/** Builds the view of one quote. */
export function quoteView(quote: Quote, locale: Language): QuoteView {
  const others = [...new Set(quote.alsoReportedBy.map((a) => a.outlet))].filter((o) => o !== quote.outlet);
  return {
    quote,
    text: quote.text,
    outlet: quote.outlet,
    url: quote.url && /^https?:\/\//i.test(quote.url) ? quote.url : null,
    date: formatDate(quote.published, locale),
    alsoReportedBy: others,
  };
}

/** The "figures differ" lines, present only when at least two figures disagree. */
export function figureViews(answer: Answer): FigureView[] {
  const figures = answer.figures ?? [];
  if (figures.length < 2) return [];
  return figures.slice(0, MAX_FIGURES).map((f) => ({ label: f.label, outlets: formatList([...new Set(f.outlets)]) }));
}

/** What the corpus covers, for the "not found" reply, with two example questions. */
export function notFoundView(answer: Answer, locale: Language): NotFoundView | undefined {
  const c = answer.coverage;
  if (!c) return undefined;
  const other: Language = locale === 'id' ? 'en' : 'id';
  const examples = [...(c.examples[locale] ?? []), ...(c.examples[other] ?? [])].slice(0, 2);
  return {
    articles: c.articles,
    outlets: formatList(c.outlets),
    from: c.from ? formatDate(c.from, locale) : null,
    to: c.to ? formatDate(c.to, locale) : null,
    topics: c.topics,
    examples,
  };
}

/** Splits the answer's quotes into pages of `pageSize`; out-of-range pages wrap to the first. */
export function pageOf(answer: Answer, page: number, pageSize: number): { quotes: Quote[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(answer.answers.length / pageSize));
  const p = Number.isInteger(page) && page >= 0 && page < pageCount ? page : 0;
  return { quotes: answer.answers.slice(p * pageSize, (p + 1) * pageSize), page: p, pageCount };
}
