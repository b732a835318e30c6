/**
 * Inline mode: `@bot question` offers up to 10 citations, each a self-contained message (quote,
 * outlet, date) ready to send; an empty query offers the most-cited facts.
 */
import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Language, Quote } from '../../search/answer-types.js';
import { cutText } from '../../render/html.js';
import { formatDate, t } from '../../render/messages.js';
import { renderCitationHtml } from '../../render/telegram.js';
import { claimLines } from '../../render/claim-view.js';
import { escapeHtml } from '../../render/html.js';
import type { Answer } from '../../search/answer-types.js';
import type { BotContext } from '../context.js';
import { encodeStartPayload } from '../deep-link.js';
import { cutQuestion } from '../handlers/answer.js';

export const inlineFeature = new Composer<BotContext>();

/** Results per query (Telegram allows 50; ten citations is plenty to choose from). */
export const MAX_INLINE_RESULTS = 10;
/** Answers depend only on the corpus, which changes rarely: let Telegram cache them a while. */
const CACHE_SECONDS = 300;
const TOP_FACTS_CACHE_SECONDS = 600;

/** One inline result: title "outlet, date", the quote as description, the citation as message. */
export function citationResult(quote: Quote, locale: Language, related = false): InlineQueryResultArticle {
  const title = `${quote.outlet}, ${formatDate(quote.published, locale)}`;
  return {
    type: 'article',
    // Unique per result and at most 64 bytes.
    id: `s${quote.sentenceId}`,
    // A related report is marked as such in the list: it does not answer the query directly.
    title: related ? `${t(locale, 'inline-related')} · ${title}` : title,
    description: cutText(quote.text, 200),
    input_message_content: {
      message_text: renderCitationHtml(quote, locale),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

inlineFeature.on('inline_query', async (ctx) => {
  // Telegram sends at most 256 characters; cut defensively anyway.
  const query = cutQuestion(ctx.inlineQuery.query.slice(0, 256)).text;
  if (!query) {
    const facts = ctx.deps.engine.topFacts(MAX_INLINE_RESULTS);
    const locale = ctx.chatLanguage ?? ctx.uiLanguage;
    await ctx.answerInlineQuery(
      facts.map((q) => citationResult(q, locale)),
      { cache_time: TOP_FACTS_CACHE_SECONDS, is_personal: false, button: { text: t(locale, 'inline-empty-button'), start_parameter: 'help' } },
    );
    return;
  }
  const answer = ctx.deps.engine.ask(query, { limit: MAX_INLINE_RESULTS });
  const locale = ctx.chatLanguage ?? answer.language;
  if (answer.noAnswer || answer.answers.length === 0) {
    const payload = encodeStartPayload(query) ?? 'help';
    await ctx.answerInlineQuery([], {
      cache_time: CACHE_SECONDS,
      is_personal: false,
      button: { text: t(locale, 'inline-no-answer-button'), start_parameter: payload },
    });
    return;
  }
  const claim = claimResult(answer, locale);
  await ctx.answerInlineQuery(
    [...(claim ? [claim] : []), ...answer.answers.slice(0, MAX_INLINE_RESULTS - (claim ? 1 : 0)).map((q) => citationResult(q, locale, answer.match === 'related'))],
    { cache_time: CACHE_SECONDS, is_personal: false },
  );
});

/** Room for the comparison in a claim result; the quote gets the rest of the 4096 characters. */
const MAX_CLAIM_HEAD = 2000;

/** For a claim: one result first that sets the claim against what the outlets printed, with the best quote. */
export function claimResult(answer: Answer, locale: Language): InlineQueryResultArticle | undefined {
  const lines = claimLines(answer, locale, { compact: true });
  const first = answer.answers[0];
  if (lines.length === 0 || !first) return undefined;
  // The comparison and the best quote in one message of at most 4096 characters: the quote is
  // shortened first, the comparison cut only past half the message.
  const build = (shown: readonly string[]) => [`<b>${escapeHtml(t(locale, 'claim-title'))}</b>`, ...shown.map((l) => `• ${escapeHtml(cutText(l, 600))}`)].join('\n');
  let shown = lines;
  while (shown.length > 1 && build(shown).length > MAX_CLAIM_HEAD) shown = shown.slice(0, -1);
  const head = build(shown);
  return {
    type: 'article',
    id: `c${first.sentenceId}`,
    title: t(locale, 'claim-title').replace(/:\s*$/, ''),
    description: cutText(lines.join(' '), 200),
    input_message_content: {
      message_text: `${head}\n\n${renderCitationHtml(first, locale, 4096 - head.length - 2)}`,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}
