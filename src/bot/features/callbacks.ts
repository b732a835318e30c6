/**
 * Buttons under answers: "More" edits the same message to the next page, "In context" sends the
 * paragraph around the top quote, "Source" sends the article's details. Every callback query is
 * answered, also when its state has expired (the error handler answers when a handler fails).
 */
import { Composer, GrammyError } from 'grammy';
import { t } from '../../render/messages.js';
import { COMPACT_PAGE_SIZE, PAGE_SIZE, renderAnswerHtml, renderContextHtml, renderSourceHtml } from '../../render/telegram.js';
import { pageOf } from '../../render/answer-view.js';
import type { BotContext } from '../context.js';
import { answerLanguage, askEngine } from '../handlers/answer.js';
import { answerKeyboard, decodeButtonData } from '../keyboards/answer-keyboard.js';

export const callbacksFeature = new Composer<BotContext>();

callbacksFeature.on('callback_query:data', async (ctx, next) => {
  const button = decodeButtonData(ctx.callbackQuery.data);
  if (!button) return next();
  const state = await ctx.deps.buttonStates.load(button.id);
  if (!state) {
    await ctx.answerCallbackQuery({ text: t(ctx.uiLanguage, 'callback-expired') });
    return;
  }
  const { answer } = askEngine(ctx, state.question);
  const locale = answerLanguage(ctx, answer);
  const threaded = ctx.callbackQuery.message
    ? { reply_parameters: { message_id: ctx.callbackQuery.message.message_id, allow_sending_without_reply: true } }
    : {};

  if (button.action === 'more') {
    const rendered = renderAnswerHtml(answer, locale, { compact: state.compact, page: button.page });
    const keyboard = answerKeyboard(button.id, rendered, locale, state.compact);
    try {
      await ctx.editMessageText(rendered.text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (error) {
      // Pressing twice quickly asks for the same text again; that is not a failure.
      if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
    }
    await ctx.answerCallbackQuery();
    return;
  }

  const { quotes } = pageOf(answer, button.page, state.compact ? COMPACT_PAGE_SIZE : PAGE_SIZE);
  const top = quotes[0];
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
    await ctx.reply(renderContextHtml(context, locale), { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...threaded });
    await ctx.answerCallbackQuery();
    return;
  }
  const source = ctx.deps.engine.source(top.article);
  if (!source) {
    await ctx.answerCallbackQuery({ text: t(locale, 'source-missing') });
    return;
  }
  await ctx.reply(renderSourceHtml(source, locale), { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...threaded });
  await ctx.answerCallbackQuery();
});
