/**
 * A minimal fake Telegram Bot API for throughput runs: answers every method with a plausible
 * `{ok: true, result}` at the lowest possible cost and counts calls per method. It checks nothing
 * (tests/helpers/fake-bot-api.ts is the strict one, for tests); here the point is that the fake
 * costs the measured bot as little as Telegram would.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UserFromGetMe } from 'grammy/types';

export const BENCH_TOKEN = '7000000001:AAFakeTokenForBench_0123456789abcdefXYZ';

export const BENCH_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Bench News Bot',
  username: 'bench_news_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface MinimalBotApi {
  url: string;
  /** Calls per method, e.g. {sendMessage: 200}. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 (random port). */
export async function startMinimalBotApi(): Promise<MinimalBotApi> {
  const counts: Record<string, number> = {};
  let nextMessageId = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = /\/([A-Za-z]+)$/.exec(req.url ?? '')?.[1] ?? 'unknown';
      counts[method] = (counts[method] ?? 0) + 1;
      let payload: Record<string, unknown> = {};
      try {
        if (chunks.length > 0) payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // Multipart bodies (file uploads) are not parsed; the answer stays plausible.
      }
      const date = Math.floor(Date.now() / 1000);
      const chatId = Number(payload.chat_id ?? 0);
      const chat = chatId > 0 ? { id: chatId, type: 'private', first_name: 'Bench' } : { id: chatId, type: 'supergroup', title: 'Bench' };
      let result: unknown = true;
      if (method === 'getMe') result = BENCH_BOT_INFO;
      else if (method === 'sendMessage' || method === 'sendPhoto' || method === 'sendDocument')
        result = { message_id: nextMessageId++, from: BENCH_BOT_INFO, chat, date, text: typeof payload.text === 'string' ? payload.text : '' };
      else if (method === 'editMessageText' && payload.inline_message_id === undefined)
        result = { message_id: payload.message_id, from: BENCH_BOT_INFO, chat, date, edit_date: date, text: typeof payload.text === 'string' ? payload.text : '' };
      const body = JSON.stringify({ ok: true, result });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
