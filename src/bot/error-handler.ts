/**
 * The error boundary's handler: logs the failure with its update id and tells the user that
 * something went wrong, instead of going silent. Never throws.
 */
import type { BotError } from 'grammy';
import type { Logger } from '../logger.js';
import { escapeHtml } from '../render/html.js';
import { languageFromCode, t } from '../render/messages.js';
import { isForbidden } from './api-fallbacks.js';
import type { BotContext } from './context.js';
import { isAddressedToBot } from './filters/addressed.js';
import { replyHtml } from './handlers/reply.js';

/** Creates the handler used by `bot.errorBoundary` and `bot.catch`. */
export function createErrorHandler(logger: Logger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const { ctx } = error;
    const updateId = ctx.update.update_id;
    if (isForbidden(error.error)) {
      // Already logged once per chat by the API fallbacks; there is nobody to tell.
      logger.debug({ update_id: updateId }, 'update dropped: bot blocked or removed');
      return;
    }
    logger.error({ err: error.error, update_id: updateId, chatId: ctx.chat?.id }, 'error while handling update');
    // `ctx.t` exists once the i18n middleware ran; a failure before it gets the plain function.
    const text = typeof ctx.t === 'function' ? ctx.t('error-generic') : t(ctx.uiLanguage ?? languageFromCode(ctx.from?.language_code), 'error-generic');
    try {
      if (ctx.callbackQuery) {
        await ctx.answerCallbackQuery({ text });
      } else if (ctx.inlineQuery) {
        await ctx.answerInlineQuery([], { cache_time: 0 });
      } else if (ctx.message && isAddressedToBot(ctx)) {
        // Only where the bot was addressed: a failure must not make it talk into group chatter.
        await replyHtml(ctx, escapeHtml(text));
      }
    } catch (notifyError) {
      logger.warn({ err: notifyError, update_id: updateId }, 'could not tell the user about the error');
    }
  };
}
