// Kept apart from the fast suites: these wait out real retry delays (1 s and 3 s).
import { describe, expect, it } from 'vitest';
import { ANSWERABLE_ID, type Harness, useHarness } from '../helpers/bot-harness.js';
import { failures } from '../helpers/fake-bot-api.js';
import { privateMessage } from '../helpers/updates.js';

let h: Harness;

useHarness((value) => (h = value));

describe('automatic retries', () => {
  it('waits out a 429 retry_after and delivers the message once', async () => {
    h.api.fail('sendMessage', failures.tooManyRequests(1));
    await h.send(privateMessage(ANSWERABLE_ID));
    const sends = h.api.callsOf('sendMessage');
    expect(sends.map((c) => c.status)).toEqual([429, 200]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
    expect(sends[1]!.payload.text).toBe(sends[0]!.payload.text);
  });

  it('retries after a 500 and after a dropped connection', async () => {
    h.api.fail('sendMessage', failures.internal());
    h.api.fail('answerCallbackQuery', failures.drop());
    await Promise.all([
      h.send(privateMessage(ANSWERABLE_ID)),
      h.bot.api.answerCallbackQuery('123'),
    ]);
    expect(h.api.callsOf('sendMessage').map((c) => c.status)).toEqual([500, 200]);
    expect(h.api.callsOf('answerCallbackQuery').map((c) => c.status)).toEqual([0, 200]);
  });

  it('gives up on a 429 that asks for too long a wait', async () => {
    h.api.fail('sendMessage', failures.tooManyRequests(3600));
    await h.send(privateMessage(ANSWERABLE_ID));
    // The answer is not delivered; the error handler's notice then goes through.
    expect(h.api.callsOf('sendMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(h.api.last('sendMessage')!.payload.text).toContain('Maaf, terjadi kesalahan');
    expect(h.logs.records().some((r) => r.level === 50)).toBe(true);
  });
});
