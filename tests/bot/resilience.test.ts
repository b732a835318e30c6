import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { createSqliteButtonStateStore } from '../../src/bot/state/button-states.js';
import { shownAnswerOf } from '../../src/bot/state/shown-answer.js';
import { ANSWERABLE_ID, createHarness, type Harness } from '../helpers/bot-harness.js';
import { failures } from '../helpers/fake-bot-api.js';
import { parseTelegramHtml } from '../helpers/telegram-html.js';
import { SUPERGROUP_ID, USER_ID, callbackQuery, groupCommand, groupMessage, inlineQuery, privateMessage } from '../helpers/updates.js';

let engine: Engine;
let h: Harness;

beforeAll(async () => {
  engine = createEngine(openCorpus(':memory:').db);
  h = await createHarness({ engine });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.api.clear();
  h.logs.lines.length = 0;
});

describe('when Telegram refuses a message', () => {
  it('resends as plain text when the HTML cannot be parsed', async () => {
    h.api.fail('sendMessage', failures.cantParseEntities());
    await h.send(privateMessage(ANSWERABLE_ID));
    const [refused, plain] = h.api.callsOf('sendMessage');
    expect(refused!.status).toBe(400);
    expect(plain!.status).toBe(200);
    expect(plain!.payload.parse_mode).toBeUndefined();
    const text = plain!.payload.text as string;
    expect(text).not.toMatch(/<\/?(blockquote|b|i)>/);
    expect(text).toContain(engine.ask(ANSWERABLE_ID).answers[0]!.text);
    expect(plain!.payload.reply_markup).toEqual(refused!.payload.reply_markup);
    expect(h.logs.records().some((r) => String(r.msg).includes('plain text'))).toBe(true);
  });

  it('resends a shortened version (tags intact) when the message is too long', async () => {
    h.api.fail('sendMessage', failures.messageTooLong());
    await h.send(privateMessage(ANSWERABLE_ID));
    const [refused, shorter] = h.api.callsOf('sendMessage');
    expect(refused!.status).toBe(400);
    expect(shorter!.status).toBe(200);
    expect(shorter!.payload.parse_mode).toBe('HTML');
    expect((shorter!.payload.text as string).length).toBeLessThanOrEqual(3000);
    expect(() => parseTelegramHtml(shorter!.payload.text as string)).not.toThrow();
  });

  it('logs "blocked by the user" once per chat and never retries it', async () => {
    h.api.fail('sendMessage', failures.blocked(), { times: 5 });
    await h.send(privateMessage(ANSWERABLE_ID));
    await h.send(privateMessage(ANSWERABLE_ID));
    expect(h.api.callsOf('sendMessage').map((c) => c.status)).toEqual([403, 403]);
    const blocked = h.logs.records().filter((r) => r.level === 30 && String(r.msg).includes('blocked'));
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.chatId).toBe(String(USER_ID));
    expect(h.logs.records().filter((r) => r.level === 50)).toHaveLength(0);
  });
});

describe('when a handler fails', () => {
  it('tells the user something went wrong and logs the error with the update id', async () => {
    const token = h.api.token;
    // Errors from HTTP clients carry the request URL, and with it the token.
    const fail = () => {
      throw new Error(`request to ${h.api.url}/bot${token}/sendMessage failed`);
    };
    const failing: Engine = { ...engine, ask: fail, context: fail };
    const broken = await createHarness({ engine: failing });
    try {
      const update = privateMessage(ANSWERABLE_ID);
      await broken.send(update);
      expect(broken.api.methods()).toEqual(['sendMessage']);
      expect(broken.api.last('sendMessage')!.payload.text).toContain('Maaf, terjadi kesalahan');
      const error = broken.logs.records().find((r) => r.level === 50)!;
      expect(error.update_id).toBe(update.update_id);
      expect(JSON.stringify(error)).toContain('[REDACTED]');

      // In a group only an addressed message gets the notice, threaded under it.
      broken.api.clear();
      await broken.send(groupCommand(`/ask ${ANSWERABLE_ID}`));
      expect(broken.api.last('sendMessage')!.payload.chat_id).toBe(SUPERGROUP_ID);
      expect(broken.api.last('sendMessage')!.payload.reply_parameters).toBeDefined();

      // A failing inline query is still answered (empty), so the client does not hang.
      broken.api.clear();
      await broken.send(inlineQuery(ANSWERABLE_ID));
      expect(broken.api.methods()).toEqual(['answerInlineQuery']);

      // A failing button is still answered, with the error text.
      broken.api.clear();
      const shown = shownAnswerOf(engine.ask(ANSWERABLE_ID));
      const id = await createSqliteButtonStateStore(engine.db).save({ question: ANSWERABLE_ID, compact: false, shown });
      await broken.send(callbackQuery(`x:${id}:0`, { chatId: USER_ID, messageId: 5 }));
      expect(broken.api.methods()).toEqual(['answerCallbackQuery']);
      expect(broken.api.last('answerCallbackQuery')!.payload.text).toContain('Maaf, terjadi kesalahan');

      expect(broken.logs.text()).not.toContain(token);
      expect(broken.logs.text()).not.toContain(token.split(':')[1]);
    } finally {
      await broken.close();
    }
  });
});

describe('rate limiting', () => {
  it('answers up to the limit, sends one polite notice per window, and ignores group chatter', async () => {
    const limited = await createHarness({ engine, deps: { rateLimit: { limit: 2, timeFrameMs: 60_000 } } });
    try {
      for (let i = 0; i < 5; i++) await limited.send(groupMessage(`obrolan biasa nomor ${i}`));
      expect(limited.api.calls).toHaveLength(0);
      for (let i = 0; i < 5; i++) await limited.send(privateMessage(ANSWERABLE_ID));
      const texts = limited.api.callsOf('sendMessage').map((c) => c.payload.text as string);
      expect(texts).toHaveLength(3);
      expect(texts.filter((t) => t.includes('<blockquote'))).toHaveLength(2);
      expect(texts.filter((t) => t.includes('terlalu cepat'))).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});

describe('logs', () => {
  it('never contain the token, whatever was logged', async () => {
    h.logs.logger.info(`calling ${h.api.url}/bot${h.api.token}/getMe`);
    h.logs.logger.info({ token: h.api.token, nested: { url: `/bot${h.api.token}/x` } }, 'object');
    h.logs.logger.error({ err: Object.assign(new Error(`bad ${h.api.token}`), { cause: new Error(h.api.token) }) }, 'error');
    h.logs.logger.warn({ url: `/bot${encodeURIComponent(h.api.token)}/x` }, 'encoded');
    await h.send(privateMessage(ANSWERABLE_ID));
    expect(h.logs.lines.length).toBeGreaterThan(4);
    expect(h.logs.text()).not.toContain(h.api.token);
    expect(h.logs.text()).not.toContain(encodeURIComponent(h.api.token));
    expect(h.logs.text()).toContain('[REDACTED]');
  });
});
