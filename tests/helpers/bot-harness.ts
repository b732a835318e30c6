import { afterAll, beforeAll, beforeEach } from 'vitest';
/**
 * Builds the real bot over the real engine (in-memory SQLite seeded from seeds/) against the
 * fake Bot API server, with a logger whose lines are captured for assertions.
 */
import type { Update } from 'grammy/types';
import type { Bot } from 'grammy';
import { loadConfig, type Config } from '../../src/config.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { createBot, type BotContext, type CreateBotDependencies } from '../../src/bot/index.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';

export interface CapturedLogs {
  logger: Logger;
  lines: string[];
  /** Parsed log records. */
  records(): Record<string, unknown>[];
  /** Everything written, as one string (for "never contains" checks). */
  text(): string;
}

/** A logger writing JSON lines into memory, with the given secrets redacted. */
export function captureLogs(secrets: string[] = [], level = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, destination: { write: (line: string) => void lines.push(line) } });
  return {
    logger,
    lines,
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    text: () => lines.join(''),
  };
}

export interface Harness {
  api: FakeBotApi;
  bot: Bot<BotContext>;
  engine: Engine;
  config: Config;
  logs: CapturedLogs;
  /** Feeds one update through the bot, as polling or the webhook would. */
  send(update: Update): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  adminIds?: number[];
  env?: Record<string, string>;
  /** Overrides for createBot's dependencies (rate limit off unless given). */
  deps?: Partial<CreateBotDependencies>;
  /** Reuse an engine (and its database) instead of opening a new in-memory corpus. */
  engine?: Engine;
}

/** Starts a fake Bot API and builds the bot against it; `close()` stops both. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await startFakeBotApi();
  const engine = options.engine ?? createEngine(openCorpus(':memory:').db);
  const config = loadConfig({
    DATABASE_PATH: ':memory:',
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    ADMIN_IDS: (options.adminIds ?? []).join(','),
    ...options.env,
  });
  const logs = captureLogs([api.token]);
  const bot = createBot(config, {
    engine,
    logger: logs.logger,
    botInfo: BOT_INFO,
    rateLimit: false,
    retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
    ...options.deps,
  });
  return {
    api,
    bot,
    engine,
    config,
    logs,
    send: (update) => bot.handleUpdate(update),
    close: async () => {
      await api.close();
    },
  };
}

/** The inline keyboard of a recorded call, as rows of [text, callback_data]. */
export function keyboardOf(payload: Record<string, unknown>): [string, string | undefined][][] {
  const markup = payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).map((row) => row.map((b) => [b.text, b.callback_data] as [string, string | undefined]));
}

/** The callback_data of the first button whose data starts with `prefix`. */
export function buttonData(payload: Record<string, unknown>, prefix: string): string {
  const found = keyboardOf(payload)
    .flat()
    .find(([, data]) => data?.startsWith(prefix));
  if (!found?.[1]) throw new Error(`no button with data ${prefix}...`);
  return found[1];
}

export const ANSWERABLE_ID = 'Berapa tentara Korea Utara yang dikirim ke Rusia?';
export const ANSWERABLE_EN = 'How many North Korean soldiers were sent to Russia?';
export const NOT_FOUND = 'Siapa pemenang Piala Dunia 2018?';
export const OUTLETS = ['GELORA.CO', 'NTVNews', 'Pahami.id', 'SeaPRwire', 'Suarathailand'];

/**
 * The usual lifecycle of a bot test file: one harness for the file, recorded calls cleared
 * before each test. `set` receives the harness once it is up.
 */
export function useHarness(set: (harness: Harness) => void, options: HarnessOptions = {}): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await createHarness(options);
    set(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    harness?.api.clear();
  });
}
