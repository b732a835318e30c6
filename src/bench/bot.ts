/**
 * Bot throughput: private-chat questions from many users through the real grammY pipeline
 * (`createBot`: every middleware, the engine, rendering, button state, the HTTP client) to a
 * fake Bot API on 127.0.0.1, `concurrency` updates in flight, as a webhook server or the
 * runner would feed them (`bot.handleUpdate`).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Update } from 'grammy/types';
import type { createBot as CreateBot } from '../bot/index.js';
import { loadConfig } from '../config.js';
import { PROJECT_ROOT } from '../db/database.js';
import { createLogger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import { BENCH_BOT_INFO, BENCH_TOKEN, startMinimalBotApi } from './fake-bot-api.js';
import { TELEGRAM_UPDATES_DIR } from './fixtures.js';
import type { BenchQuestion } from './questions.js';
import { round1 } from './stats.js';

export interface BotThroughput {
  /** The sample questions asked over and over: answers come from the engine's answer cache. */
  updatesPerSec: number;
  updates: number;
  concurrency: number;
  /** Every update's answer computed afresh (no cache): the engine's cost is in the figure. */
  distinct: { updatesPerSec: number; updates: number };
  /** Distinct users (one per update: the per-user rate limit never drops a question). */
  users: number;
  ms: number;
  /** sendMessage calls that succeeded: should equal `updates`. */
  replies: number;
  /** Bot API calls per method during the timed run. */
  apiCalls: Record<string, number>;
  /** Where the fake Bot API ran. */
  fakeApi: 'process' | 'in-process';
}

export type BotResult = BotThroughput | { skipped: string };

export interface BotOptions {
  updates: number;
  concurrency: number;
  /** 'process' (default) keeps the fake's CPU out of the measured process. */
  fakeApi?: 'process' | 'in-process';
  /** Updates handled before timing (JIT, lazy loads, the answer cache); default: one per question. */
  warmup?: number;
  /** No new update is started after this long (large corpora); default 30 s. */
  budgetMs?: number;
  /** Updates in the pass where every answer is computed; default a fifth of `updates`. */
  distinctUpdates?: number;
}

const FIXTURE = path.join(TELEGRAM_UPDATES_DIR, 'private_text_message.json');

interface PrivateTextUpdate {
  update_id: number;
  message: { message_id: number; from: Record<string, unknown>; chat: Record<string, unknown>; date: number; text: string };
}

/** `n` private text updates, each from its own user, cycling through the questions. */
export function privateQuestionUpdates(questions: readonly BenchQuestion[], n: number, firstUser = 5_100_000_000): Update[] {
  const template = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as PrivateTextUpdate;
  const date = Math.floor(Date.now() / 1000);
  return Array.from({ length: n }, (_, i) => {
    const q = questions[i % questions.length]!;
    const id = firstUser + i;
    const update: PrivateTextUpdate = {
      update_id: template.update_id + i,
      message: {
        ...template.message,
        message_id: i + 1,
        from: { ...template.message.from, id, username: `bench_user_${i}`, language_code: q.lang },
        chat: { ...template.message.chat, id, username: `bench_user_${i}` },
        date,
        text: q.question,
      },
    };
    return update as unknown as Update;
  });
}

interface FakeApiHandle {
  url: string;
  close(): Promise<void>;
}

async function startFakeApiProcess(): Promise<FakeApiHandle> {
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'bench', 'fake-bot-api-worker.ts')],
    { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`fake Bot API exited early (${code})`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

/** Runs the throughput measurement; returns `{skipped}` when the bot cannot be built. */
export async function measureBotThroughput(engine: Engine, questions: readonly BenchQuestion[], options: BotOptions): Promise<BotResult> {
  let createBot: typeof CreateBot;
  try {
    ({ createBot } = await import('../bot/index.js'));
  } catch (error) {
    return { skipped: `src/bot/index.ts could not be loaded: ${(error as Error).message.split('\n')[0]}` };
  }
  const fakeApiMode = options.fakeApi ?? 'process';
  const fake: FakeApiHandle = fakeApiMode === 'process' ? await startFakeApiProcess() : await startMinimalBotApi();
  try {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: BENCH_TOKEN, TELEGRAM_API_ROOT: fake.url, LOG_LEVEL: 'silent' });
    const logger = createLogger({ level: 'silent', secrets: [BENCH_TOKEN] });
    const bot = createBot(config, { engine, logger, botInfo: BENCH_BOT_INFO, retry: { maxRetryAttempts: 0 } });
    const calls: Record<string, number> = {};
    let replies = 0;
    let counting = false;
    // Installed after createBot: sees every call the handlers make, after they made it.
    bot.api.config.use(async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (counting) {
        calls[method] = (calls[method] ?? 0) + 1;
        if (method === 'sendMessage' && result.ok) replies++;
      }
      return result;
    });
    await bot.init();
    // Every sample question once: the repeated-questions figure is the steady state of a warm
    // answer cache, and the computed figure below measures the engine.
    const warmup = options.warmup ?? questions.length;
    for (const u of privateQuestionUpdates(questions, warmup, 5_200_000_000)) await bot.handleUpdate(u);

    const budgetMs = options.budgetMs ?? 30_000;
    const concurrency = Math.max(1, Math.min(options.concurrency, options.updates));
    /** Feeds `updates` to `handle`, `concurrency` at a time; returns how many and how long. */
    const timed = async (updates: Update[], handle: (u: Update) => Promise<void>) => {
      let next = 0;
      let handled = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < updates.length && performance.now() - started < budgetMs) {
            await handle(updates[next++]!);
            handled++;
          }
        }),
      );
      const ms = performance.now() - started;
      return { handled, ms, updatesPerSec: round1(handled / (ms / 1000)) };
    };

    counting = true;
    const repeated = await timed(privateQuestionUpdates(questions, options.updates), (u) => bot.handleUpdate(u));
    counting = false;

    // The same pipeline over an engine that computes every answer (as for questions never seen).
    const uncached: Engine = { ...engine, ask: (question, askOptions) => engine.ask(question, { ...askOptions, fresh: true }) };
    const freshBot = createBot(config, { engine: uncached, logger, botInfo: BENCH_BOT_INFO, retry: { maxRetryAttempts: 0 } });
    await freshBot.init();
    const distinctCount = Math.max(1, options.distinctUpdates ?? Math.ceil(options.updates / 5));
    const distinct = await timed(privateQuestionUpdates(questions, distinctCount, 5_300_000_000), (u) => freshBot.handleUpdate(u));

    return {
      updatesPerSec: repeated.updatesPerSec,
      updates: repeated.handled,
      concurrency,
      distinct: { updatesPerSec: distinct.updatesPerSec, updates: distinct.handled },
      users: repeated.handled,
      ms: Math.round(repeated.ms),
      replies,
      apiCalls: calls,
      fakeApi: fakeApiMode,
    };
  } catch (error) {
    return { skipped: `bot run failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await fake.close();
  }
}
