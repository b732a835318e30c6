/**
 * Buttons under answers: "More" edits the same message to the next page, "In context" sends the
 * paragraph around the top quote, "Source" sends the article's details. Each works from what the
 * message showed (its quotes by sentence id, kept in the button state), never from a fresh answer
 * to the question: the corpus may have changed since. Every callback query is answered, also
 * when its state has expired (the error handler answers when a handler fails).
 */
import { Composer, GrammyError } from 'grammy';
import { t } from '../../render/messages.js';
import { COMPACT_PAGE_SIZE, PAGE_SIZE, renderAnswerHtml, renderContextHtml, renderSourceHtml } from '../../render/telegram.js';
import type { BotContext } from '../context.js';
import { replyHtml, threadUnder } from '../handlers/reply.js';
import { answerKeyboard, decodeButtonData } from '../keyboards/answer-keyboard.js';
import { answerFromShown } from '../state/shown-answer.js';

export const callbacksFeature = new Composer<BotContext>();

callbacksFeature.on('callback_query:data', async (ctx, next) => {
  const button = decodeButtonData(ctx.callbackQuery.data);
  if (!button) return next();
  const state = await ctx.deps.buttonStates.load(button.id);
  if (!state) {
    await ctx.answerCallbackQuery({ text: ctx.t('callback-expired') });
    return;
  }
  const { shown } = state;
  // Like the answer itself: the chat's language, else the question's (answer-language text, so
  // `t` with that locale rather than `ctx.t`).
  const locale = ctx.chatLanguage ?? shown.language;
  const pressed = ctx.callbackQuery.message;
  const threaded = pressed ? { replyParameters: threadUnder(pressed.message_id) } : {};

  if (button.action === 'more') {
    const answer = answerFromShown(ctx.deps.engine.db, state.question, shown);
    if (answer.noAnswer) {
      // Every quote's article was replaced or removed since the message was sent.
      await ctx.answerCallbackQuery({ text: t(locale, 'source-missing') });
      return;
    }
    const rendered = renderAnswerHtml(answer, locale, { compact: state.compact, page: button.page });
    const keyboard = answerKeyboard(button.id, rendered, locale, state.compact);
    try {
      await ctx.editMessageText(rendered.text, keyboard ? { reply_markup: keyboard } : {});
    } catch (error) {
      // Pressing twice quickly asks for the same text again; that is not a failure.
      if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
    }
    await ctx.answerCallbackQuery();
    return;
  }

  // The top quote of the page the button was under, as the message showed it.
  const top = shown.quotes[button.page * (state.compact ? COMPACT_PAGE_SIZE : PAGE_SIZE)];
  if (!top) {
    await ctx.answerCallbackQuery({ text: t(locale, 'callback-expired') });
    return;
  }
  if (button.action === 'context') {
    const context = ctx.deps.engine.context(top.sentenceId);
    if (!context) {
      await ctx.answerCallbackQuery({ text: t(locale, 'source-missing') });
      return;
    }
    await replyHtml(ctx, renderContextHtml(context, locale), threaded);
    await ctx.answerCallbackQuery();
    return;
  }
  const source = ctx.deps.engine.source(top.article);
  if (!source) {
    await ctx.answerCallbackQuery({ text: t(locale, 'source-missing') });
    return;
  }
  await replyHtml(ctx, renderSourceHtml(source, locale), threaded);
  await ctx.answerCallbackQuery();
});
