/**
 * The bot factory. `createBot` wires middleware and features and has no side effects: no network
 * until the entry point starts polling or the webhook server (pass `botInfo` to skip getMe).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type ApiClientOptions } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { i18n } from '../render/messages.js';
import type { Engine } from '../search/engine.js';
import { htmlMessageDefaults } from './api-defaults.js';
import { telegramFallbacks } from './api-fallbacks.js';
import type { BotContext, BotDependencies } from './context.js';
import { createErrorHandler } from './error-handler.js';
import { addUrlFeature } from './features/add-url.js';
import { adminFeature } from './features/admin.js';
import { askFeature } from './features/ask.js';
import { callbacksFeature } from './features/callbacks.js';
import { commandsFeature } from './features/commands.js';
import { groupFeature } from './features/group.js';
import { inlineFeature } from './features/inline.js';
import { newsroomFeature } from './features/newsroom.js';
import { questionFeature } from './features/question.js';
import { unhandledFeature } from './features/unhandled.js';
import {
  DEFAULT_RATE_LIMIT,
  htmlTranslation,
  loadChatPreferences,
  logUpdates,
  provideDependencies,
  rateLimitQuestions,
  type RateLimitOptions,
} from './middlewares/index.js';
import { createSqliteButtonStateStore, type ButtonStateStore } from './state/button-states.js';
import { createSqliteChatSettingsStore, type ChatSettingsStore } from './state/chat-settings.js';

export type { BotContext } from './context.js';

export interface CreateBotDependencies {
  engine: Engine;
  logger: Logger;
  /** Skips getMe (tests, or a value cached by the entry point). */
  botInfo?: UserFromGetMe;
  /** Per-chat state; SQLite tables of the corpus database by default. */
  chatSettings?: ChatSettingsStore;
  buttonStates?: ButtonStateStore;
  /** Used to download admin uploads; global fetch by default. */
  fetch?: typeof fetch;
  /** Extra Bot API client options (the API root always comes from the config). */
  client?: Omit<ApiClientOptions, 'apiRoot'>;
  /** Per-user question limit; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Bounds for automatic retries on 429 and 5xx. */
  retry?: { maxRetryAttempts?: number; maxDelaySeconds?: number };
}

/** Update kinds the bot asks Telegram for (polling and webhook). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

/** Builds the bot: API transformers, then the middleware chain, then the features. */
export function createBot(config: Config, dependencies: CreateBotDependencies): Bot<BotContext> {
  if (!config.telegramToken) throw new Error('createBot needs TELEGRAM_BOT_TOKEN');
  const { engine, logger } = dependencies;
  const deps: BotDependencies = {
    config,
    engine,
    logger,
    chatSettings: dependencies.chatSettings ?? createSqliteChatSettingsStore(engine.db),
    buttonStates: dependencies.buttonStates ?? createSqliteButtonStateStore(engine.db),
    fetch: dependencies.fetch ?? globalThis.fetch,
  };

  const bot = new Bot<BotContext>(config.telegramToken, {
    ...(dependencies.botInfo ? { botInfo: dependencies.botInfo } : {}),
    // grammY's default (500 s) would let one hung connection stall polling for minutes; a
    // long poll (30 s) plus slack fits in 60 s.
    client: { timeoutSeconds: 60, ...dependencies.client, apiRoot: config.telegramApiRoot },
  });

  // API transformers: retries innermost, so the fallbacks' second tries are retried too; the
  // message defaults (HTML, no link previews) outermost, so a fallback's plain-text resend
  // (parse_mode removed) is not turned back into HTML.
  // getUpdates is left to the runner's own retry loop: auto-retry's unbounded backoff (up to
  // an hour between tries) would keep a recovered bot waiting long after an outage.
  const retry = autoRetry({
    maxRetryAttempts: dependencies.retry?.maxRetryAttempts ?? 3,
    maxDelaySeconds: dependencies.retry?.maxDelaySeconds ?? 30,
  });
  bot.api.config.use((prev, method, payload, signal) => (method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal)));
  bot.api.config.use(telegramFallbacks(logger));
  bot.api.config.use(htmlMessageDefaults());

  const errorHandler = createErrorHandler(logger);

  // The middleware order, written once.
  bot.use(provideDependencies(deps));
  bot.catch(errorHandler);
  const chain = bot.errorBoundary(errorHandler);
  chain.use(sequentialize((ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  chain.use(logUpdates);
  chain.use(loadChatPreferences);
  chain.use(i18n().middleware());
  chain.use(htmlTranslation);
  if (dependencies.rateLimit !== false) chain.use(rateLimitQuestions(dependencies.rateLimit ?? DEFAULT_RATE_LIMIT));
  chain.use(commandsFeature, addUrlFeature, newsroomFeature, adminFeature, askFeature, groupFeature, questionFeature, inlineFeature, callbacksFeature, unhandledFeature);

  return bot;
}
