/** Small middlewares of the bot's chain: dependencies, update logging, chat preferences, HTML translation, rate limit. */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import { translateHtml } from '../../render/html.js';
import { languageFromCode } from '../../render/messages.js';
import type { BotContext, BotDependencies } from '../context.js';
import { isAddressedToBot } from '../filters/addressed.js';
import { replyHtml } from '../handlers/reply.js';

/** Puts the dependencies into `ctx` (first in the chain, so even the error handler has them). */
export function provideDependencies(deps: BotDependencies): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.chatLanguage = undefined;
    ctx.uiLanguage = languageFromCode(ctx.from?.language_code);
    await next();
  };
}

/** The kind of an update (`message`, `callback_query`, ...), for logs. */
export function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
}

/** Logs each update (ids and kind only, never the text) and how long it took. */
export const logUpdates: MiddlewareFn<BotContext> = async (ctx, next) => {
  const started = performance.now();
  const fields = { update_id: ctx.update.update_id, kind: updateKind(ctx), chatId: ctx.chat?.id, userId: ctx.from?.id };
  ctx.deps.logger.debug(fields, 'update received');
  await next();
  ctx.deps.logger.debug({ ...fields, ms: Math.round(performance.now() - started) }, 'update done');
};

/** Loads the chat's language choice; inline queries use the user's private-chat choice. */
export const loadChatPreferences: MiddlewareFn<BotContext> = async (ctx, next) => {
  const chatId = ctx.chat?.id ?? (ctx.inlineQuery ? ctx.from?.id : undefined);
  ctx.chatLanguage = chatId === undefined ? undefined : await ctx.deps.chatSettings.getLanguage(chatId);
  ctx.uiLanguage = ctx.chatLanguage ?? languageFromCode(ctx.from?.language_code);
  await next();
};

/** `ctx.tHtml`: `ctx.t` escaped for HTML (after the i18n middleware, which gives `ctx.t`). */
export const htmlTranslation: MiddlewareFn<BotContext> = async (ctx, next) => {
  ctx.tHtml = (key, variables) => translateHtml((k, v) => ctx.t(k, v), key, variables);
  await next();
};

export interface RateLimitOptions {
  /** Questions allowed per user within `timeFrameMs`. */
  limit: number;
  timeFrameMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 5, timeFrameMs: 15_000 };

/**
 * Per-user limit on messages addressed to the bot (group chatter does not count, and is never
 * answered). The user gets one polite notice per window; further messages are dropped quietly.
 */
export function rateLimitQuestions(options: RateLimitOptions): MiddlewareFn<BotContext> {
  // The plugin calls onLimitExceeded once per window and ignores what it returns; mark the
  // context there and send the notice here, awaited, so it is ordered with other replies.
  const exceeded = new WeakSet<BotContext>();
  const limiter = limit<BotContext, never>({
    timeFrame: options.timeFrameMs,
    limit: options.limit,
    keyGenerator: (ctx) => (isAddressedToBot(ctx) && ctx.from ? String(ctx.from.id) : undefined),
    onLimitExceeded: (ctx) => {
      exceeded.add(ctx);
    },
  });
  return async (ctx, next) => {
    await limiter(ctx, next);
    if (!exceeded.has(ctx)) return;
    ctx.deps.logger.info({ update_id: ctx.update.update_id, userId: ctx.from?.id }, 'rate limit reached');
    await replyHtml(ctx, ctx.tHtml('rate-limited'));
  };
}
