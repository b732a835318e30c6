/**
 * Telegram HTML rendering of answers, citations, context and sources. Every piece of quoted or
 * user text is escaped; a message stays under 4096 characters and under the entity limit, and
 * is shortened block by block (never inside a tag) when it would not.
 */
import type { SentenceContext, SourceSummary } from '../corpus/repository.js';
import type { Answer, Language, Quote } from '../search/answer-types.js';
import { MAX_QUESTION_CHARS } from '../search/question.js';
import { figureViews, notFoundView, pageOf, quoteView, type QuoteView } from './answer-view.js';
import { claimLines } from './claim-view.js';
import { countEntities, cutText, escapeHtml, MAX_ENTITIES, MAX_MESSAGE_LENGTH, tHtml, truncateHtml } from './html.js';
import { formatDate, formatList, t } from './messages.js';

/** Quotes longer than this are shown in an expandable (collapsed) blockquote. */
export const EXPANDABLE_QUOTE_CHARS = 300;
/** Quotes per page in private chats and in compact (group) answers. */
export const PAGE_SIZE = 3;
export const COMPACT_PAGE_SIZE = 2;
/** Outlets named in an "also reported by" line; more are counted ("+12"). */
export const MAX_ALSO_REPORTED = 10;
/** "Figures differ" lines in compact answers. */
const COMPACT_FIGURES = 3;
/** The engine's question length limit; longer questions are cut (and the user is told). */
export { MAX_QUESTION_CHARS };

export interface HtmlAnswerOptions {
  /** Group style: fewer quotes per page. */
  compact?: boolean;
  /** 0-based page of quotes. */
  page?: number;
  /** Length budget for the HTML source (default 4096). */
  maxLength?: number;
}

export interface RenderedAnswer {
  /** The message text in HTML parse mode. */
  text: string;
  /** The page shown (after wrapping) and how many pages there are. */
  page: number;
  pageCount: number;
  /** The quotes shown on this page, best first. */
  quotes: Quote[];
  noAnswer: boolean;
}

function fits(html: string, maxLength: number): boolean {
  return html.length <= maxLength && countEntities(html) <= MAX_ENTITIES;
}

function attributionHtml(v: QuoteView): string {
  const outlet = v.url ? `<a href="${escapeHtml(v.url)}">${escapeHtml(v.outlet)}</a>` : escapeHtml(v.outlet);
  return `— <b>${outlet}</b>, ${escapeHtml(v.date)}`;
}

/** One quote: the sentence in a blockquote, then outlet and date, then who else printed it. */
export function quoteBlockHtml(v: QuoteView, locale: Language, maxQuoteChars = 3500): string {
  const text = cutText(v.text, maxQuoteChars);
  const open = text.length > EXPANDABLE_QUOTE_CHARS ? '<blockquote expandable>' : '<blockquote>';
  const lines = [`${open}${escapeHtml(text)}</blockquote>`, attributionHtml(v)];
  if (v.alsoReportedBy.length > 0) {
    const shown = v.alsoReportedBy.slice(0, MAX_ALSO_REPORTED);
    const more = v.alsoReportedBy.length - shown.length;
    lines.push(`<i>${tHtml(locale, 'also-reported-by', { outlets: formatList(more > 0 ? [...shown, `+${more}`] : shown) })}</i>`);
  }
  return lines.join('\n');
}

function notFoundHtml(answer: Answer, locale: Language): string {
  const lines = [`<b>${tHtml(locale, 'not-found')}</b>`];
  const view = notFoundView(answer, locale);
  if (view) {
    const paragraph: string[] = [];
    paragraph.push(
      view.from && view.to
        ? tHtml(locale, 'not-found-coverage', { articles: view.articles, outlets: view.outlets, from: view.from, to: view.to })
        : tHtml(locale, 'not-found-coverage-undated', { articles: view.articles, outlets: view.outlets }),
    );
    if (view.topics.length > 0) paragraph.push(tHtml(locale, 'not-found-topics', { topics: formatList(view.topics) }));
    lines.push(paragraph.join(' '));
    if (view.examples.length > 0) {
      lines.push([tHtml(locale, 'not-found-examples'), ...view.examples.map((e) => `• <code>${escapeHtml(e)}</code>`)].join('\n'));
    }
  }
  return lines.join('\n\n');
}

/**
 * Renders an Answer as one Telegram HTML message: up to 3 quotes (2 when compact) of the
 * requested page, the "figures differ" section on the first page, and a page indicator.
 */
export function renderAnswerHtml(answer: Answer, locale: Language, options: HtmlAnswerOptions = {}): RenderedAnswer {
  const maxLength = Math.min(options.maxLength ?? MAX_MESSAGE_LENGTH, MAX_MESSAGE_LENGTH);
  const header = answer.truncated ? [`<i>${tHtml(locale, 'question-truncated', { max: MAX_QUESTION_CHARS })}</i>`] : [];
  if (answer.noAnswer || answer.answers.length === 0) {
    const html = [...header, notFoundHtml(answer, locale)].join('\n\n');
    return { text: fits(html, maxLength) ? html : cutText(html.replace(/<[^>]*>/g, ''), maxLength), page: 0, pageCount: 1, quotes: [], noAnswer: true };
  }
  const related = answer.match === 'related';
  // A related answer in a group is one quote: a group must not be flooded with near misses.
  const pageSize = options.compact ? (related ? 1 : COMPACT_PAGE_SIZE) : PAGE_SIZE;
  const { quotes, page, pageCount } = pageOf(answer, options.page ?? 0, pageSize);
  // A claim: what the outlets printed for its figures, dates and actors, before the quotes.
  const claim = page === 0 ? claimLines(answer, locale, { compact: options.compact }) : [];
  if (claim.length > 0) {
    header.push([`<b>${tHtml(locale, 'claim-title')}</b>`, ...claim.map((l) => `• ${escapeHtml(l)}`), ...(options.compact ? [] : [`<i>${tHtml(locale, 'claim-note')}</i>`])].join('\n'));
  }
  // A related answer says so first, before any quote.
  if (related) header.push(`<i>${tHtml(locale, 'answer-related')}</i>`);
  const views = quotes.map((q) => quoteView(q, locale));
  // The claim's figure lines already set the outlets' figures side by side.
  const claimFigures = (answer.claim?.figures.length ?? 0) > 0;
  const figures = page === 0 && !claimFigures ? figureViews(answer).slice(0, options.compact ? COMPACT_FIGURES : undefined) : [];
  const figuresHtml =
    figures.length > 0
      ? [
          `<b>${tHtml(locale, 'figures-differ')}</b>`,
          ...figures.map((f) => `• ${tHtml(locale, 'figure-line', { label: { html: `<b>${escapeHtml(f.label)}</b>` }, outlets: f.outlets })}`),
        ].join('\n')
      : undefined;
  const first = page * pageSize + 1;
  const footer =
    pageCount > 1
      ? `<i>${tHtml(locale, 'answer-page', { from: first, to: first + quotes.length - 1, total: answer.answers.length })}</i>`
      : undefined;

  const build = (n: number, withFigures: boolean, maxQuoteChars?: number) =>
    [...header, ...views.slice(0, n).map((v) => quoteBlockHtml(v, locale, maxQuoteChars)), withFigures ? figuresHtml : undefined, footer]
      .filter((b): b is string => b !== undefined)
      .join('\n\n');

  // Prefer all quotes with figures; then drop figures, then quotes; last, shorten the one quote.
  for (let n = views.length; n >= 1; n--) {
    for (const withFigures of figuresHtml ? [true, false] : [false]) {
      const html = build(n, withFigures);
      if (fits(html, maxLength)) return { text: html, page, pageCount, quotes: quotes.slice(0, n), noAnswer: false };
    }
  }
  const html = shrinkToFit((max) => build(1, false, max), maxLength);
  return { text: html, page, pageCount, quotes: quotes.slice(0, 1), noAnswer: false };
}

/** Shortens the quote of `render` until the message fits; cuts the HTML safely as a last resort. */
function shrinkToFit(render: (maxQuoteChars: number) => string, maxLength: number): string {
  let max = Math.min(3500, maxLength);
  let html = render(max);
  while (!fits(html, maxLength) && max > 40) {
    max = Math.floor(max * 0.7);
    html = render(max);
  }
  return fits(html, maxLength) ? html : truncateHtml(html, maxLength);
}

/** A self-contained citation (inline mode): the quote, outlet and date, who else reported it. */
export function renderCitationHtml(quote: Quote, locale: Language, maxLength = MAX_MESSAGE_LENGTH): string {
  const view = quoteView(quote, locale);
  return shrinkToFit((max) => quoteBlockHtml(view, locale, max), maxLength);
}

/** The paragraph around a quote, with the quoted sentence in bold. */
export function renderContextHtml(context: SentenceContext, locale: Language, maxLength = MAX_MESSAGE_LENGTH): string {
  const { passage, sentenceStart, sentenceEnd } = context;
  // Long paragraphs are trimmed around the sentence; the sentence itself is kept whole when possible.
  const room = Math.max(200, maxLength - 400);
  let before = passage.slice(0, sentenceStart);
  const sentence = cutText(passage.slice(sentenceStart, sentenceEnd), room);
  let after = passage.slice(sentenceEnd);
  const spare = Math.max(0, room - sentence.length);
  if (before.length + after.length > spare) {
    const half = Math.floor(spare / 2);
    if (before.length > half) {
      let from = before.length - half + 1;
      // Never start on the second half of a surrogate pair (an emoji cut in two).
      const code = before.charCodeAt(from);
      if (code >= 0xdc00 && code <= 0xdfff) from++;
      before = `…${before.slice(from)}`;
    }
    after = cutText(after, Math.max(1, spare - before.length));
  }
  const body = `${escapeHtml(before)}<b>${escapeHtml(sentence)}</b>${escapeHtml(after)}`;
  const open = passage.length > EXPANDABLE_QUOTE_CHARS * 3 ? '<blockquote expandable>' : '<blockquote>';
  return [`<b>${tHtml(locale, 'context-title')}</b>`, `${open}${body}</blockquote>`, `— <b>${escapeHtml(context.outlet)}</b>, ${escapeHtml(formatDate(context.published, locale))}`].join('\n');
}

/** Article details for the "Source" button. */
export function renderSourceHtml(source: SourceSummary, locale: Language): string {
  const lines = [`<b>${tHtml(locale, 'source-title')}</b>`, tHtml(locale, 'source-outlet', { outlet: { html: `<b>${escapeHtml(source.outlet)}</b>` } })];
  lines.push(tHtml(locale, 'source-date', { date: formatDate(source.published, locale) }));
  lines.push(tHtml(locale, 'source-headline', { title: source.title ?? '—' }));
  if (source.byline) lines.push(tHtml(locale, 'source-byline', { byline: source.byline }));
  if (source.url) lines.push(tHtml(locale, 'source-url', { url: source.url }));
  lines.push(tHtml(locale, 'source-sentences', { count: source.sentences }));
  lines.push(`<code>${escapeHtml(source.slug)}</code>`);
  return lines.join('\n');
}

/** The `/sources` list: outlet, date, title and sentence count per article, cut to fit. */
export function renderSourcesHtml(sources: readonly SourceSummary[], locale: Language, maxLength = MAX_MESSAGE_LENGTH): string {
  if (sources.length === 0) return tHtml(locale, 'sources-empty');
  const head = `<b>${tHtml(locale, 'sources-title', { count: sources.length })}</b>`;
  const lines: string[] = [];
  for (const [i, s] of sources.entries()) {
    const line = `• ${tHtml(locale, 'sources-line', {
      outlet: { html: `<b>${escapeHtml(s.outlet)}</b>` },
      date: formatDate(s.published, locale),
      title: s.title ?? t(locale, 'title-unknown'),
      sentences: s.sentences,
    })}`;
    const rest = sources.length - i;
    const more = tHtml(locale, 'sources-more', { count: rest });
    const candidate = [head, ...lines, line].join('\n');
    const needsMore = i < sources.length - 1;
    if (!fits(needsMore ? `${candidate}\n${more}` : candidate, maxLength)) {
      return [head, ...lines, more].join('\n');
    }
    lines.push(line);
  }
  return [head, ...lines].join('\n');
}

