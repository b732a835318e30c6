/** Long polling through @grammyjs/runner (updates of different chats run concurrently). */
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';
import { ALLOWED_UPDATES } from './index.js';

export interface PollingOptions {
  /** getUpdates long-poll timeout in seconds (Telegram's default here: 30). */
  timeoutSeconds?: number;
}

/** Removes any webhook (getUpdates refuses to work while one is set) and starts the runner. */
export async function startPolling(bot: Bot<BotContext>, options: PollingOptions = {}): Promise<RunnerHandle> {
  await bot.api.deleteWebhook();
  return run(bot, {
    runner: {
      fetch: { allowed_updates: ALLOWED_UPDATES, timeout: options.timeoutSeconds ?? 30 },
      // The runner would print fetch errors (with the token in the URL) to the console; the
      // API fallbacks log them through the redacting logger instead.
      silent: true,
    },
  });
}
