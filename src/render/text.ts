/**
 * Plain-text rendering of answers for the terminal chat and the `ask` command: the same
 * quotes, attributions, "also reported by", figures and not-found help as the bot, no markup.
 */
import type { SourceSummary } from '../corpus/repository.js';
import type { Answer, Language } from '../search/answer-types.js';
import { figureViews, notFoundView, quoteView } from './answer-view.js';
import { claimLines } from './claim-view.js';
import { formatDate, formatList, t } from './messages.js';
import { MAX_QUESTION_CHARS } from './telegram.js';

/** Renders an Answer as plain text, every quote of the answer, best first. */
export function renderAnswerText(answer: Answer, locale: Language = answer.language): string {
  const blocks: string[] = [];
  if (answer.truncated) blocks.push(t(locale, 'question-truncated', { max: MAX_QUESTION_CHARS }));
  if (answer.noAnswer || answer.answers.length === 0) {
    blocks.push(t(locale, 'not-found'));
    const view = notFoundView(answer, locale);
    if (view) {
      const coverage =
        view.from && view.to
          ? t(locale, 'not-found-coverage', { articles: view.articles, outlets: view.outlets, from: view.from, to: view.to })
          : t(locale, 'not-found-coverage-undated', { articles: view.articles, outlets: view.outlets });
      blocks.push(view.topics.length > 0 ? `${coverage} ${t(locale, 'not-found-topics', { topics: formatList(view.topics) })}` : coverage);
      if (view.examples.length > 0) blocks.push([t(locale, 'not-found-examples'), ...view.examples.map((e) => `  • ${e}`)].join('\n'));
    }
    return blocks.join('\n\n');
  }
  const claim = claimLines(answer, locale);
  if (claim.length > 0) blocks.push([t(locale, 'claim-title'), ...claim.map((l) => `  • ${l}`), t(locale, 'claim-note')].join('\n'));
  if (answer.match === 'related') blocks.push(t(locale, 'answer-related'));
  answer.answers.forEach((quote, i) => {
    const v = quoteView(quote, locale);
    const lines = [`${i + 1}. “${v.text}”`, `   — ${v.outlet}, ${v.date}`];
    if (v.alsoReportedBy.length > 0) lines.push(`   ${t(locale, 'also-reported-by', { outlets: formatList(v.alsoReportedBy) })}`);
    blocks.push(lines.join('\n'));
  });
  const figures = (answer.claim?.figures.length ?? 0) > 0 ? [] : figureViews(answer);
  if (figures.length > 0) {
    const width = Math.max(...figures.map((f) => f.label.length));
    blocks.push([t(locale, 'figures-differ'), ...figures.map((f) => `  ${f.label.padEnd(width)}  ${f.outlets}`)].join('\n'));
  }
  return blocks.join('\n\n');
}

/**
 * The `/sources` list as plain text (the terminal's), newest first: the bot's lines without
 * markup, at most `max` of them, then how many more the corpus has (`total`).
 */
export function renderSourcesText(sources: readonly SourceSummary[], locale: Language, total = sources.length, max = 30): string {
  if (total === 0) return t(locale, 'sources-empty');
  const shown = sources.slice(0, max);
  const lines = shown.map(
    (s) => `• ${t(locale, 'sources-line', { outlet: s.outlet, date: formatDate(s.published, locale), title: s.title ?? t(locale, 'title-unknown'), sentences: s.sentences })}`,
  );
  if (total > shown.length) lines.push(t(locale, 'sources-more', { count: total - shown.length }));
  return [t(locale, 'sources-title', { count: total }), ...lines].join('\n');
}
