import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookServer, webhookPath } from '../../src/bot/webhook.js';
import { startPolling } from '../../src/bot/polling.js';
import { ANSWERABLE_ID, NOT_FOUND, createHarness, type Harness } from '../helpers/bot-harness.js';
import { USER_ID, privateMessage } from '../helpers/updates.js';

const SECRET = 'test_webhook_secret_0123456789';

async function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.body ? { body: options.body } : {}) });
  return { status: response.status, body: await response.text() };
}

describe('webhook mode', () => {
  let h: Harness;
  let server: http.Server;
  let base: string;
  let healthy = true;

  beforeAll(async () => {
    h = await createHarness({ env: { WEBHOOK_URL: 'https://bot.example.org/telegram/hook', WEBHOOK_SECRET: SECRET } });
    server = createWebhookServer({
      bot: h.bot,
      secretToken: h.config.webhookSecret!,
      path: webhookPath(h.config.webhookUrl!),
      healthCheck: () => {
        if (!healthy) throw new Error('database is gone');
        h.engine.db.$client.prepare('SELECT 1').get();
      },
      logger: h.logs.logger,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });
  beforeEach(() => {
    h.api.clear();
    healthy = true;
  });

  const post = (headers: Record<string, string>, body = JSON.stringify(privateMessage(ANSWERABLE_ID))) =>
    request(`${base}/telegram/hook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

  it('refuses a missing or wrong secret with 401 and handles nothing', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong_secret_0123456789' })).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).status).toBe(401);
    expect(h.api.calls).toHaveLength(0);
  });

  it('handles an update with the right secret', async () => {
    const response = await post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(response.status).toBe(200);
    expect(h.api.methods()).toEqual(['sendMessage']);
    expect(h.api.last('sendMessage')!.payload.chat_id).toBe(USER_ID);
    expect(h.api.last('sendMessage')!.payload.text).toContain('<blockquote');
  });

  it('answers GET /healthz with 200 when the database answers, 503 when not', async () => {
    expect(await request(`${base}/healthz`)).toEqual({ status: 200, body: '{"ok":true}' });
    healthy = false;
    expect((await request(`${base}/healthz`)).status).toBe(503);
  });

  it('answers 404 elsewhere', async () => {
    expect((await request(`${base}/other`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await request(`${base}/telegram/hook`)).status).toBe(404);
  });
});

describe('long polling with the runner', () => {
  it('fetches queued updates, answers them in order per chat, and stops cleanly', async () => {
    const h = await createHarness();
    try {
      const runner = await startPolling(h.bot, { timeoutSeconds: 1 });
      h.api.queueUpdates(privateMessage(ANSWERABLE_ID), privateMessage(NOT_FOUND));
      await h.api.waitFor('sendMessage', (c) => String(c.payload.text).includes('Saya tidak menemukan'));
      // The next poll confirms the batch (offset = last update_id + 1).
      await h.api.waitFor('getUpdates', (c) => typeof c.payload.offset === 'number' && c.payload.offset > 0);
      await runner.stop();
      expect(runner.isRunning()).toBe(false);
      expect(h.api.methods()[0]).toBe('deleteWebhook');
      const getUpdates = h.api.callsOf('getUpdates');
      expect(getUpdates[0]!.payload).toMatchObject({ allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'] });
      const texts = h.api.callsOf('sendMessage').map((c) => c.payload.text as string);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toContain('<blockquote');
      expect(texts[1]).toContain('Saya tidak menemukan');
    } finally {
      await h.close();
    }
  });
});
