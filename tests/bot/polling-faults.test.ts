/**
 * Long polling under a faulty Bot API: the real runner (`startPolling`, as `npm start` uses it)
 * against the fake server, whose getUpdates answers fail in the ways Telegram and the network
 * fail. Each scenario queues a mix of private questions (one per user, so one reply per chat) and
 * group messages (questions threaded by `reply_parameters`, plus chatter that gets nothing),
 * served 4 per getUpdates answer, and breaks the second getUpdates call (the one that confirms
 * the first batch). Then: polling resumes by itself, every update is given to the bot exactly
 * once and answered exactly once, offsets are confirmed in order, and nothing is rejected
 * unhandled.
 *
 * Retry delays are those of the product: getUpdates is retried by the runner (100 ms, doubling),
 * a 409 after a pause of CONFLICT_RETRY_MS. The scenarios run concurrently, so the file
 * takes about as long as the slowest one.
 */
import type { Update } from 'grammy/types';
import type { RunnerHandle } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolling } from '../../src/bot/polling.js';
import type { CreateBotDependencies } from '../../src/bot/index.js';
import { ANSWERABLE_ID, NOT_FOUND, createHarness, type Harness } from '../helpers/bot-harness.js';
import { failures, traceUpdates, type FakeBotApi, type UpdateTrace } from '../helpers/fake-bot-api.js';
import { BOT_USERNAME, SUPERGROUP_ID, groupCommand, groupMessage, privateMessage } from '../helpers/updates.js';

const BATCH = 4;
/** getUpdates long-poll timeout (s) while idle. */
const POLL_SECONDS = 1;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const onUncaught = (error: unknown) => void unhandled.push(error);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUncaught);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUncaught);
  expect(unhandled).toEqual([]);
});

let nextUser = 6_000_000_001;

interface Expected {
  update: Update;
  /** The chat the reply goes to, or undefined for chatter (no reply). */
  replyChat: number | undefined;
  /** Group replies thread under the asking message. */
  replyTo: number | undefined;
}

/** 10 private questions from 10 users, 4 group questions and 2 lines of group chatter, mixed. */
function workload(): Expected[] {
  const list: Expected[] = [];
  const priv = (text: string) => {
    const id = nextUser++;
    list.push({ update: privateMessage(text, { from: { id } }), replyChat: id, replyTo: undefined });
  };
  const ask = (text: string) => {
    const update = groupCommand(text);
    list.push({ update, replyChat: SUPERGROUP_ID, replyTo: update.message!.message_id });
  };
  const mention = (text: string) => {
    const update = groupMessage(text);
    list.push({ update, replyChat: SUPERGROUP_ID, replyTo: update.message!.message_id });
  };
  const chatter = (text: string) => list.push({ update: groupMessage(text), replyChat: undefined, replyTo: undefined });
  priv(ANSWERABLE_ID);
  priv(NOT_FOUND);
  ask(`/ask@${BOT_USERNAME} ${ANSWERABLE_ID}`);
  priv(ANSWERABLE_ID);
  chatter('Siang semua, ada yang sudah makan?');
  priv(NOT_FOUND);
  mention(`@${BOT_USERNAME} ${NOT_FOUND}`);
  priv(ANSWERABLE_ID);
  priv(NOT_FOUND);
  ask(`/ask@${BOT_USERNAME} ${NOT_FOUND}`);
  chatter('Nanti sore hujan katanya.');
  priv(ANSWERABLE_ID);
  priv(NOT_FOUND);
  mention(`Halo @${BOT_USERNAME}, ${ANSWERABLE_ID}`);
  priv(ANSWERABLE_ID);
  priv(NOT_FOUND);
  return list;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** True for the getUpdates call that confirms the first batch (the runner starts at offset 0). */
const afterFirstBatch = (payload: Record<string, unknown>) => typeof payload.offset === 'number' && payload.offset > 0;

interface Scenario {
  h: Harness;
  trace: UpdateTrace;
  expected: Expected[];
  runner: RunnerHandle;
  /** Settles when the runner's task ends; `error` is set when it failed. */
  ended: Promise<void>;
  error: () => unknown;
}

/** A harness with the workload queued, `script` applied to the fake, and the runner started. */
async function startScenario(script: (api: FakeBotApi) => void, deps: Partial<CreateBotDependencies> = {}): Promise<Scenario> {
  const h = await createHarness({ deps });
  const trace = traceUpdates(h.bot);
  const expected = workload();
  h.api.setMaxBatch(BATCH);
  h.api.queueUpdates(...expected.map((e) => e.update));
  script(h.api);
  const runner = await startPolling(h.bot, { timeoutSeconds: POLL_SECONDS });
  let failure: unknown;
  // main.ts awaits the task; a test must too, or a failed runner is an unhandled rejection.
  const ended = (runner.task() ?? Promise.resolve()).then(
    () => undefined,
    (error: unknown) => {
      failure = error;
    },
  );
  return { h, trace, expected, runner, ended, error: () => failure };
}

const sent = (h: Harness) => h.api.callsOf('sendMessage').filter((c) => c.status === 200);

/** Waits until every update was handled and the last batch confirmed by the next getUpdates. */
async function settle(s: Scenario): Promise<void> {
  await waitUntil(() => s.trace.finished() >= s.expected.length, `${s.expected.length} updates handled (got ${s.trace.finished()})`);
  await waitUntil(() => s.h.api.pendingUpdates() === 0, 'the last batch to be confirmed');
}

/** The exactly-once checks shared by all scenarios. */
function expectEachHandledOnce(s: Scenario): void {
  const { h, trace, expected } = s;
  for (const e of expected) {
    const id = e.update.update_id;
    expect(trace.received.get(id), `update ${id} given to the bot`).toBe(1);
    expect(h.api.deliveries(id), `update ${id} served by getUpdates`).toHaveLength(1);
    const replies = h.api.callsFor(id).filter((c) => c.method === 'sendMessage' && c.status === 200);
    if (e.replyChat === undefined) {
      expect(replies, `chatter ${id} gets no reply`).toHaveLength(0);
      continue;
    }
    expect(replies, `update ${id} answered once`).toHaveLength(1);
    expect(replies[0]!.payload.chat_id).toBe(e.replyChat);
    if (e.replyTo !== undefined) expect((replies[0]!.payload.reply_parameters as { message_id?: number }).message_id).toBe(e.replyTo);
  }
  expect(trace.received.size).toBe(expected.length);
  // Nothing else was sent (no error messages, no duplicates outside the trace).
  expect(sent(h)).toHaveLength(expected.filter((e) => e.replyChat !== undefined).length);
  expect(h.logs.text()).not.toContain('error while handling update');
}

/**
 * Offsets: every getUpdates call asks for the update after the last one served, so a failed call
 * is retried with the same offset and a batch is never skipped nor fetched twice.
 */
function expectOffsetsInOrder(api: FakeBotApi, calls = api.callsOf('getUpdates')): void {
  let expected = 0;
  for (const call of calls) {
    expect(call.payload.offset ?? 0).toBe(expected);
    const last = call.updateIds?.at(-1);
    if (last !== undefined) expected = last + 1;
  }
}

/** Runs a scenario in which polling recovers by itself, then checks everything. */
async function recovers(script: (api: FakeBotApi) => void, deps: Partial<CreateBotDependencies> = {}): Promise<Scenario> {
  const s = await startScenario(script, deps);
  try {
    await settle(s);
    expect(s.runner.isRunning()).toBe(true);
    expect(s.error()).toBeUndefined();
    expectEachHandledOnce(s);
    expectOffsetsInOrder(s.h.api);
    await s.runner.stop();
    await s.ended;
    expect(s.error()).toBeUndefined();
    return s;
  } finally {
    if (s.runner.isRunning()) await s.runner.stop();
    await s.h.close();
  }
}

const failedUpdates = (api: FakeBotApi) => api.callsOf('getUpdates').filter((c) => c.status !== 200);

describe.concurrent('long polling through getUpdates faults', () => {
  it('a 500 from the Bot API: retried, nothing lost or repeated', async () => {
    const s = await recovers((api) => api.fail('getUpdates', failures.internal(), { when: afterFirstBatch }));
    expect(failedUpdates(s.h.api).map((c) => c.status)).toEqual([500]);
  });

  it('a 502 Bad Gateway JSON answer: retried', async () => {
    const s = await recovers((api) => api.fail('getUpdates', failures.badGateway(), { when: afterFirstBatch }));
    expect(failedUpdates(s.h.api).map((c) => c.status)).toEqual([502]);
  });

  it('a 502 HTML page from a proxy (not JSON): retried', async () => {
    const s = await recovers((api) => api.fail('getUpdates', failures.badGatewayHtml(), { when: afterFirstBatch }));
    expect(failedUpdates(s.h.api).map((c) => c.status)).toEqual([502]);
  });

  it('a dropped connection (socket destroyed): retried', async () => {
    const s = await recovers((api) => api.fail('getUpdates', failures.drop(), { when: afterFirstBatch }));
    expect(failedUpdates(s.h.api).map((c) => c.status)).toEqual([0]);
  });

  it('a 429 with retry_after: waits that long, then resumes', async () => {
    const s = await recovers((api) => api.fail('getUpdates', failures.tooManyRequests(1), { when: afterFirstBatch }));
    const calls = s.h.api.callsOf('getUpdates');
    const limited = calls.findIndex((c) => c.status === 429);
    expect(limited).toBeGreaterThan(0);
    const retry = calls[limited + 1]!;
    expect(retry.payload.offset).toBe(calls[limited]!.payload.offset);
    expect(retry.at - calls[limited]!.at).toBeGreaterThanOrEqual(950);
  });

  it('a slow answer (2 s) holds polling up, then everything is handled once', async () => {
    const s = await recovers((api) => api.delay('getUpdates', 2000, { when: afterFirstBatch }));
    expect(failedUpdates(s.h.api)).toEqual([]);
  });

  it('an answer slower than the client timeout: the client gives up and asks again with the same offset', async () => {
    const s = await recovers((api) => api.delay('getUpdates', 3500, { when: afterFirstBatch }), { client: { timeoutSeconds: 2 } });
    // The abandoned call is recorded when the fake server finishes its delayed answer.
    await waitUntil(() => s.h.api.callsOf('getUpdates').some((c) => c.status === 0), 'the abandoned call recorded');
    const calls = s.h.api.callsOf('getUpdates');
    const abandoned = calls.find((c) => c.status === 0)!;
    // The same offset was asked for again, and that time it was answered.
    expect(calls.some((c) => c !== abandoned && c.status === 200 && c.payload.offset === abandoned.payload.offset)).toBe(true);
  });

  it('several faults in a row on successive fetches (429, 500, HTML 502, drop, slow)', { timeout: 30_000 }, async () => {
    // One fault per fetch: each fetch is a new API call, so auto-retry's backoff starts at 3 s again.
    const s = await recovers((api) => {
      const offsets: number[] = [];
      // The n-th distinct offset after 0 gets the n-th fault (its retry passes).
      const nth = (n: number) => (payload: Record<string, unknown>) => {
        if (typeof payload.offset !== 'number' || payload.offset === 0) return false;
        if (!offsets.includes(payload.offset)) offsets.push(payload.offset);
        return offsets.indexOf(payload.offset) === n;
      };
      api.fail('getUpdates', failures.tooManyRequests(1), { when: nth(0) });
      api.fail('getUpdates', failures.internal(), { when: nth(1) });
      api.fail('getUpdates', failures.badGatewayHtml(), { when: nth(2) });
      api.delay('getUpdates', 1000, { when: nth(3) });
      api.fail('getUpdates', failures.drop(), { when: nth(3) });
    });
    expect(failedUpdates(s.h.api).map((c) => c.status)).toEqual([429, 500, 502, 0]);
  });

  it('409 Conflict (another instance polls): polling waits, asks again and resumes by itself, nothing lost or repeated', { timeout: 30_000 }, async () => {
    // The API fallbacks turn a 409 into a pause and a new getUpdates (the runner would stop on
    // it); Telegram had received the refused request, so its offset (confirming the first batch) counts.
    const s = await recovers((api) => api.fail('getUpdates', failures.conflict(), { when: afterFirstBatch, confirmOffset: true }));
    const conflict = s.h.api.callsOf('getUpdates').findIndex((c) => c.status === 409);
    expect(conflict).toBeGreaterThan(0);
    const calls = s.h.api.callsOf('getUpdates');
    expect(calls[conflict + 1]!.payload.offset).toBe(calls[conflict]!.payload.offset);
  });
});
