/**
 * Entry point (`npm start`). With TELEGRAM_BOT_TOKEN: the Telegram bot, by long polling or,
 * when WEBHOOK_URL is set, as a webhook server. Without a token: the terminal chat on the same
 * engine. The only place that loads .env, opens the network, and handles SIGINT/SIGTERM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openCorpus } from './corpus/bootstrap.js';
import { PROJECT_ROOT } from './db/database.js';
import { NativeBindingError } from './db/native-binding.js';
import { createLogger, type Logger } from './logger.js';
import { createEngine } from './search/engine.js';
import { ALLOWED_UPDATES, createBot } from './bot/index.js';
import { setCommandMenus } from './bot/command-menu.js';
import { startPolling } from './bot/polling.js';
import { createWebhookServer, webhookPath } from './bot/webhook.js';
import { runChat } from './cli/chat.js';
import { createNewsroom } from './newsroom/loop.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function runTerminal(config: Config): Promise<void> {
  const corpus = openCorpus(config.databasePath);
  try {
    await runChat({ engine: createEngine(corpus.db), input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  } finally {
    corpus.db.$client.close();
  }
}

/** Runs `stop` once on SIGINT/SIGTERM, then exits. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

/** How long shutdown waits for updates in progress to be answered. */
const SHUTDOWN_DRAIN_MS = 20_000;

/** How long start-up waits for Telegram (getMe) before giving up with a clear message. */
const STARTUP_TIMEOUT_MS = 15_000;

async function runBot(config: Config, token: string): Promise<void> {
  const logger = createLogger({ level: config.logLevel, secrets: [token, config.webhookSecret] });
  const corpus = openCorpus(config.databasePath);
  const engine = createEngine(corpus.db);
  const bot = createBot(config, { engine, logger });
  const closeDb = () => corpus.db.$client.close();
  try {
    // auto-retry retries network errors without end; bound the first contact instead.
    await bot.init(AbortSignal.timeout(STARTUP_TIMEOUT_MS) as unknown as Parameters<typeof bot.init>[0]);
  } catch (error) {
    logger.fatal({ err: error }, 'could not reach Telegram (getMe failed); check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT');
    closeDb();
    process.exit(1);
  }
  await setCommandMenus(bot.api).catch((error: unknown) => logger.warn({ err: error }, 'could not set the command menu'));
  // Feeds, articles from other processes, follow-up alerts, question-log retention.
  const newsroom = createNewsroom({
    db: corpus.db,
    engine,
    api: bot.api,
    logger,
    feeds: config.feeds,
    feedPollMinutes: config.feedPollMinutes,
    followAlertsPerHour: config.followAlertsPerHour,
    questionLogDays: config.questionLogDays,
  });
  const stats = engine.stats();
  const started = { version: packageVersion(), bot: bot.botInfo.username, articles: stats.articles, sentences: stats.sentences };

  if (config.webhookUrl && config.webhookSecret) {
    const server = createWebhookServer({
      bot,
      secretToken: config.webhookSecret,
      path: webhookPath(config.webhookUrl),
      healthCheck: () => void corpus.db.$client.prepare('SELECT 1').get(),
      logger,
    });
    await new Promise<void>((resolve) => server.listen(config.port, resolve));
    await bot.api.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
    logger.info({ mode: 'webhook', port: config.port, ...started }, 'bot started');
    onShutdown(logger, async () => {
      await newsroom.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      closeDb();
    });
    return;
  }

  const runner = await startPolling(bot);
  logger.info({ mode: 'polling', ...started }, 'bot started');
  let stopping = false;
  onShutdown(logger, async () => {
    stopping = true;
    await newsroom.stop();
    if (runner.isRunning()) await runner.stop();
    // Updates already fetched are acknowledged at Telegram: answer them before closing.
    const deadline = Date.now() + SHUTDOWN_DRAIN_MS;
    while (runner.size() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (runner.size() > 0) logger.warn({ pending: runner.size() }, 'shutting down with updates still in progress');
    closeDb();
  });
  await runner.task();
  if (stopping) return;
  // The runner gave up by itself (e.g. getUpdates kept failing): exit so a supervisor restarts us.
  logger.fatal('polling stopped unexpectedly');
  await newsroom.stop();
  closeDb();
  process.exit(1);
}

async function main(): Promise<void> {
  // Quiet: dotenv 17 otherwise prints a banner, which would end up in piped chat output.
  loadDotenv({ quiet: true });
  const config = readConfig();
  if (config.telegramToken) await runBot(config, config.telegramToken);
  else await runTerminal(config);
}

main().catch((error: unknown) => {
  const token = process.env.TELEGRAM_BOT_TOKEN;
  // A missing SQLite binding gets its message (naming the fix) without a stack trace.
  const message = error instanceof NativeBindingError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${token ? message.split(token).join('[REDACTED]') : message}\n`);
  process.exit(1);
});
