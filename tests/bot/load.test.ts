/**
 * A burst of 2,000 updates from 200 users in 20 groups through the real runner (`startPolling`)
 * and the fake Bot API, served in getUpdates batches of up to 100 as Telegram does. Every user
 * sends 5 private questions and, in their group, one `/ask@bot`, one mention of the bot and 3
 * lines of chatter: 1,400 messages deserve an answer, 600 must get none.
 *
 * With the rate limit raised out of the way: each addressed update gets exactly one reply (in its
 * chat, threaded under the question in groups), chatter none, no update is lost or handled twice,
 * and replies within each chat follow the order of the questions. With the default limit (5
 * questions per user per 15 s window): each user gets 5 answers, one notice, and the 7th question
 * is dropped by design.
 *
 * Prints throughput and the time from an update being served by getUpdates to its reply reaching
 * the fake server (p50/p99), for the README. Logging at `info`, as in production.
 */
import type { Update, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { createBot } from '../../src/bot/index.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from '../../src/bot/middlewares/index.js';
import { startPolling } from '../../src/bot/polling.js';
import { t } from '../../src/render/messages.js';
import { ANSWERABLE_EN, ANSWERABLE_ID, NOT_FOUND, captureLogs, type CapturedLogs } from '../helpers/bot-harness.js';
import { BOT_INFO, startFakeBotApi, traceUpdates, type FakeBotApi, type RecordedCall, type UpdateTrace } from '../helpers/fake-bot-api.js';
import { BOT_USERNAME, groupCommand, groupMessage, privateMessage } from '../helpers/updates.js';

const USERS = 200;
const GROUPS = 20;
const PRIVATE_PER_USER = 5;
const CHATTER_PER_USER = 3;
/** Addressed messages per user: private questions, one /ask, one mention. */
const ADDRESSED_PER_USER = PRIVATE_PER_USER + 2;
const TOTAL = USERS * (ADDRESSED_PER_USER + CHATTER_PER_USER);

const FIRST_USER = 6_100_000_000;
const groupId = (g: number) => -1_002_000_000_000 - g;

type Kind = 'private' | 'ask' | 'mention' | 'chatter';

interface Sent {
  kind: Kind;
  user: number;
  chat: number;
  messageId: number;
  update: Update;
}

/** Deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function inChat(update: Update, chatId: number): Update {
  const message = update.message!;
  return { ...update, message: { ...message, chat: { ...message.chat, id: chatId } } };
}

const CHATTER = ['Siang semua!', 'Ada yang ikut rapat nanti sore?', 'Hujan deras di sini.', 'Terima kasih infonya.', 'Setuju.'];
const PRIVATE_QUESTIONS = [ANSWERABLE_ID, NOT_FOUND, ANSWERABLE_EN, NOT_FOUND, ANSWERABLE_ID];

/**
 * The burst: the messages of all users in a seeded random order (each user's own messages keep
 * their order), built in that order so update_id and message_id increase along the queue.
 */
function burst(): Sent[] {
  const plan: { kind: Kind; user: number; n: number }[] = [];
  for (let u = 0; u < USERS; u++) {
    const kinds: Kind[] = shuffle(['private', 'private', 'private', 'private', 'private', 'ask', 'mention', 'chatter', 'chatter', 'chatter'], 1000 + u);
    kinds.forEach((kind, n) => plan.push({ kind, user: u, n }));
  }
  // Shuffle across users, then restore each user's own order by `n`.
  const order = shuffle(plan, 42);
  const perUser = new Map<number, typeof plan>();
  for (const p of plan) perUser.set(p.user, [...(perUser.get(p.user) ?? []), p]);
  const seen = new Map<number, number>();
  return order.map(({ user }) => {
    const index = seen.get(user) ?? 0;
    seen.set(user, index + 1);
    const { kind, n } = perUser.get(user)![index]!;
    const from: User = { id: FIRST_USER + user, is_bot: false, first_name: `User ${user}`, language_code: user % 2 === 0 ? 'id' : 'en' };
    const group = groupId(user % GROUPS);
    let update: Update;
    let chat = group;
    if (kind === 'private') {
      update = privateMessage(PRIVATE_QUESTIONS[n % PRIVATE_QUESTIONS.length]!, { from });
      chat = from.id;
    } else if (kind === 'ask') {
      update = inChat(groupCommand(`/ask@${BOT_USERNAME} ${n % 2 === 0 ? ANSWERABLE_ID : NOT_FOUND}`, { from }), group);
    } else if (kind === 'mention') {
      update = inChat(groupMessage(`@${BOT_USERNAME} ${n % 2 === 0 ? NOT_FOUND : ANSWERABLE_ID}`, { from }), group);
    } else {
      update = inChat(groupMessage(CHATTER[n % CHATTER.length]!, { from }), group);
    }
    return { kind, user: FIRST_USER + user, chat, messageId: update.message!.message_id, update };
  });
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
let engine: Engine;

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  engine = createEngine(openCorpus(':memory:').db);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  engine.db.$client.close();
  expect(unhandled).toEqual([]);
});

async function waitUntil(condition: () => boolean, what: () => string, timeoutMs = 50_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Run {
  api: FakeBotApi;
  trace: UpdateTrace;
  logs: CapturedLogs;
  sent: Sent[];
  /** When the bot (and its rate limiter's first window) was created. */
  createdAt: number;
  /** When the last update finished. */
  doneAt: number;
  runnerError: unknown;
}

/** Builds the bot with `rateLimit`, queues the burst and polls until all of it is handled. */
async function runBurst(rateLimit: RateLimitOptions): Promise<Run> {
  const api = await startFakeBotApi();
  try {
    const config = loadConfig({ DATABASE_PATH: ':memory:', TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info' });
    const logs = captureLogs([api.token], 'info');
    const createdAt = Date.now();
    const bot = createBot(config, { engine, logger: logs.logger, botInfo: BOT_INFO, rateLimit, retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 } });
    const trace = traceUpdates(bot);
    const sent = burst();
    // Some replies are slow to be accepted, so a chat whose updates were not handled one after
    // another would see its replies overtake each other.
    api.delay('sendMessage', 25, { times: Infinity, when: () => Math.random() < 0.1 });
    api.queueUpdates(...sent.map((s) => s.update));
    const runner = await startPolling(bot, { timeoutSeconds: 1 });
    let runnerError: unknown;
    const task = (runner.task() ?? Promise.resolve()).catch((error: unknown) => {
      runnerError = error;
    });
    await waitUntil(
      () => trace.finished() >= TOTAL || runnerError !== undefined,
      () => `${TOTAL} updates handled (got ${trace.finished()})`,
    );
    const doneAt = Date.now();
    // The next getUpdates confirms the last batch.
    await waitUntil(
      () => api.pendingUpdates() === 0 || runnerError !== undefined,
      () => 'the last batch to be confirmed',
    );
    expect(runner.isRunning()).toBe(true);
    await runner.stop();
    await task;
    return { api, trace, logs, sent, createdAt, doneAt, runnerError };
  } finally {
    await api.close();
  }
}

const isReply = (c: RecordedCall) => c.method === 'sendMessage' && c.status === 200;

/** No update lost or handled twice; getUpdates served batches of at most 100, in offset order. */
function expectNothingLost(run: Run): void {
  const { api, trace, sent } = run;
  expect(run.runnerError).toBeUndefined();
  expect(trace.finished()).toBe(TOTAL);
  expect(trace.received.size).toBe(TOTAL);
  const twice = sent.filter((s) => trace.received.get(s.update.update_id) !== 1 || api.deliveries(s.update.update_id).length !== 1);
  expect(twice.map((s) => s.update.update_id)).toEqual([]);
  expect(api.pendingUpdates()).toBe(0);
  let offset = 0;
  for (const call of api.callsOf('getUpdates')) {
    expect(call.status).toBe(200);
    expect(call.payload.offset ?? 0).toBe(offset);
    expect(call.updateIds?.length ?? 0).toBeLessThanOrEqual(100);
    const last = call.updateIds?.at(-1);
    if (last !== undefined) offset = last + 1;
  }
  // Every reply was made while handling some update of the burst.
  expect(api.calls.filter((c) => c.method === 'sendMessage' && c.updateId === undefined)).toEqual([]);
  expect(run.logs.text()).not.toContain('error while handling update');
}

/** Replies in each chat, in the order they reached the server, follow the questions' order. */
function expectPerChatOrder(run: Run): void {
  const byChat = new Map<number, RecordedCall[]>();
  for (const call of run.api.calls.filter(isReply)) {
    const chat = call.payload.chat_id as number;
    byChat.set(chat, [...(byChat.get(chat) ?? []), call]);
  }
  let disordered = 0;
  for (const [chat, replies] of byChat) {
    const ids = replies.map((c) => c.updateId!);
    const sorted = [...ids].sort((a, b) => a - b);
    if (ids.join() !== sorted.join()) disordered++;
    expect(ids, `reply order in chat ${chat}`).toEqual(sorted);
    if (chat < 0) {
      const threaded = replies.map((c) => (c.payload.reply_parameters as { message_id: number }).message_id);
      expect(threaded, `threading order in group ${chat}`).toEqual([...threaded].sort((a, b) => a - b));
    }
  }
  expect(disordered).toBe(0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Prints throughput and served-to-reply times (not asserted: they depend on the machine). */
function report(label: string, run: Run): void {
  const { api, sent } = run;
  const firstServed = Math.min(...sent.map((s) => api.deliveries(s.update.update_id)[0]!));
  const replies = api.calls.filter(isReply);
  const lastReply = Math.max(...replies.map((c) => c.at));
  const latencies = replies.map((c) => c.at - api.deliveries(c.updateId!)[0]!).sort((a, b) => a - b);
  const seconds = (run.doneAt - firstServed) / 1000;
  const batches = api.callsOf('getUpdates').filter((c) => (c.updateIds?.length ?? 0) > 0).length;
  console.log(
    [
      `[load] ${label}: ${TOTAL} updates (${USERS} users, ${GROUPS} groups) in ${batches} getUpdates batches, ${replies.length} replies`,
      `[load]   ${seconds.toFixed(2)} s from first served to last handled: ${(TOTAL / seconds).toFixed(0)} updates/s, ${(replies.length / ((lastReply - firstServed) / 1000)).toFixed(0)} replies/s`,
      `[load]   served-to-reply ms: p50 ${percentile(latencies, 50)}, p90 ${percentile(latencies, 90)}, p99 ${percentile(latencies, 99)}, max ${latencies.at(-1)}`,
    ].join('\n'),
  );
}

describe('a burst of 2,000 updates through the runner', () => {
  it('answers every addressed update exactly once, in order per chat, and never the chatter', { timeout: 60_000 }, async () => {
    const run = await runBurst({ limit: 1_000, timeFrameMs: 60_000 });
    report('rate limit raised', run);
    expectNothingLost(run);

    const addressed = run.sent.filter((s) => s.kind !== 'chatter');
    expect(addressed).toHaveLength(USERS * ADDRESSED_PER_USER);
    const problems: string[] = [];
    for (const s of run.sent) {
      const replies = run.api.callsFor(s.update.update_id).filter(isReply);
      if (s.kind === 'chatter') {
        if (replies.length !== 0) problems.push(`chatter ${s.update.update_id} got ${replies.length} replies`);
        continue;
      }
      if (replies.length !== 1) {
        problems.push(`${s.kind} ${s.update.update_id} got ${replies.length} replies`);
        continue;
      }
      const payload = replies[0]!.payload;
      if (payload.chat_id !== s.chat) problems.push(`${s.update.update_id} answered in chat ${String(payload.chat_id)}, not ${s.chat}`);
      const threadedTo = (payload.reply_parameters as { message_id?: number } | undefined)?.message_id;
      if (s.kind !== 'private' && threadedTo !== s.messageId) problems.push(`${s.update.update_id} threaded under ${threadedTo}, not ${s.messageId}`);
    }
    expect(problems).toEqual([]);
    expect(run.api.calls.filter(isReply)).toHaveLength(addressed.length);
    expectPerChatOrder(run);
  });

  it('with the default rate limit: 5 answers, one notice and one silent drop per user, nothing else lost', { timeout: 60_000 }, async () => {
    const { limit, timeFrameMs } = DEFAULT_RATE_LIMIT;
    expect(ADDRESSED_PER_USER).toBe(limit + 2);
    const run = await runBurst(DEFAULT_RATE_LIMIT);
    report('default rate limit', run);
    expectNothingLost(run);
    expectPerChatOrder(run);

    const notices = new Set([t('id', 'rate-limited'), t('en', 'rate-limited')]);
    type Outcome = 'answer' | 'notice' | 'none';
    const outcomeOf = (s: Sent): Outcome => {
      const replies = run.api.callsFor(s.update.update_id).filter(isReply);
      expect(replies.length, `replies to ${s.update.update_id}`).toBeLessThanOrEqual(1);
      const reply = replies[0];
      if (!reply) return 'none';
      expect(reply.payload.chat_id).toBe(s.chat);
      if (s.kind !== 'private') expect((reply.payload.reply_parameters as { message_id?: number }).message_id).toBe(s.messageId);
      return notices.has(String(reply.payload.text)) ? 'notice' : 'answer';
    };

    // Chatter never counts nor gets a reply.
    expect(run.sent.filter((s) => s.kind === 'chatter' && outcomeOf(s) !== 'none')).toEqual([]);

    // The limiter's windows are fixed 15 s periods from the bot's creation (its memory store
    // clears all counters at once); the exact counts hold when the burst fits in the first one.
    const oneWindow = run.doneAt - run.createdAt < timeFrameMs;
    if (!oneWindow) console.log(`[load] the burst outlasted the ${timeFrameMs} ms rate-limit window: checking per-window bounds only`);
    const totals = { answer: 0, notice: 0, none: 0 };
    for (let u = 0; u < USERS; u++) {
      const mine = run.sent.filter((s) => s.user === FIRST_USER + u && s.kind !== 'chatter');
      const outcomes = mine.map(outcomeOf);
      const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
      for (const o of ['answer', 'notice', 'none'] as const) totals[o] += count(o);
      if (oneWindow) {
        expect({ user: u, answers: count('answer'), notices: count('notice'), dropped: count('none') }).toEqual({
          user: u,
          answers: limit,
          notices: 1,
          dropped: ADDRESSED_PER_USER - limit - 1,
        });
      } else {
        // Per window: up to `limit` answers, then one notice, then drops.
        const windows = Math.ceil((run.doneAt - run.createdAt) / timeFrameMs);
        expect(count('answer')).toBeGreaterThanOrEqual(limit);
        expect(count('notice')).toBeLessThanOrEqual(windows);
        if (count('none') > 0) expect(count('notice')).toBeGreaterThanOrEqual(1);
        expect(count('answer') + count('notice') + count('none')).toBe(ADDRESSED_PER_USER);
      }
      // Within one chat the user's counter only grows: answers, then at most one notice, then drops.
      for (const chat of oneWindow ? new Set(mine.map((s) => s.chat)) : []) {
        const rank = { answer: 0, notice: 1, none: 2 } as const;
        const inChatOutcomes = mine.filter((s) => s.chat === chat).map((s) => rank[outcomeOf(s)]);
        expect(inChatOutcomes, `outcomes of user ${u} in chat ${chat}`).toEqual([...inChatOutcomes].sort((a, b) => a - b));
      }
    }
    if (oneWindow) expect(totals).toEqual({ answer: USERS * limit, notice: USERS, none: USERS * (ADDRESSED_PER_USER - limit - 1) });
    // Each notice is logged.
    const logged = run.logs.records().filter((r) => r.msg === 'rate limit reached');
    expect(logged).toHaveLength(totals.notice);
  });
});
