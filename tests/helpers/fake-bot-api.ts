/**
 * A fake Telegram Bot API server: a real node:http server on 127.0.0.1 (random port) that the
 * real grammY client talks to through `client.apiRoot`. It records every method call with its
 * JSON payload (as serialised by the client), answers like Telegram, checks what Telegram
 * checks (HTML markup, text length, callback_data size, inline result limits), serves
 * `getUpdates` from a queue (long polling, for the real runner) and files under
 * `/file/bot<token>/...`, and can be scripted to fail specific calls.
 *
 * For polling and load tests it can also delay calls (`delay`), answer like a proxy in front of
 * Telegram (non-JSON bodies), confirm a failed getUpdates' offset (`confirmOffset`), serve smaller
 * batches (`setMaxBatch`) and tell when and how often each update was served (`deliveries`);
 * `traceUpdates(bot)` tags every API call the bot makes with the update being handled.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bot, Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { parseTelegramHtml } from './telegram-html.js';

export const FAKE_TOKEN = '7000000001:AAFakeTokenForTests_0123456789abcdefXYZ';

/** The bot of the fixtures (`example_news_bot`, id 7000000001). */
export const BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Example News Bot',
  username: 'example_news_bot',
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

export type Payload = Record<string, unknown>;

export interface RecordedCall {
  method: string;
  payload: Payload;
  /** HTTP status the fake answered with (0 for a dropped connection, or one the client abandoned). */
  status: number;
  /** For HTML messages: the text as the user sees it and the number of entities. */
  visibleText?: string;
  entityCount?: number;
  at: number;
  /** getUpdates: the update_ids served in this answer. */
  updateIds?: number[];
  /** The update whose handling made this call (bots instrumented with `traceUpdates`). */
  updateId?: number;
}

export type FakeResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } }
  /** A non-JSON answer, as a proxy in front of the Bot API gives (e.g. an nginx 502 page). */
  | { raw: string; status: number; contentType?: string }
  | 'drop';

/** Ready-made Telegram failures. */
export const failures = {
  tooManyRequests: (retryAfter: number): FakeResponse => ({
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  }),
  cantParseEntities: (): FakeResponse => ({
    ok: false,
    error_code: 400,
    description: "Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 0",
  }),
  messageTooLong: (): FakeResponse => ({ ok: false, error_code: 400, description: 'Bad Request: message is too long' }),
  quoteInvalid: (): FakeResponse => ({ ok: false, error_code: 400, description: 'Bad Request: QUOTE_TEXT_INVALID' }),
  blocked: (): FakeResponse => ({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }),
  internal: (): FakeResponse => ({ ok: false, error_code: 500, description: 'Internal Server Error' }),
  /** A 502 from a proxy in front of the Bot API: an HTML page, not JSON. */
  badGatewayHtml: (): FakeResponse => ({
    raw: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    status: 502,
    contentType: 'text/html',
  }),
  /** A 502 as the Bot API itself reports it (JSON). */
  badGateway: (): FakeResponse => ({ ok: false, error_code: 502, description: 'Bad Gateway' }),
  /** Another getUpdates request (another instance of the bot) took over. */
  conflict: (): FakeResponse => ({
    ok: false,
    error_code: 409,
    description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
  }),
  drop: (): FakeResponse => 'drop',
};

interface Script {
  method: string;
  response: FakeResponse | ((payload: Payload) => FakeResponse);
  remaining: number;
  when: ((payload: Payload) => boolean) | undefined;
  confirmOffset: boolean;
}

interface DelayScript {
  method: string;
  ms: number;
  remaining: number;
  when: ((payload: Payload) => boolean) | undefined;
}

export interface FailOptions {
  times?: number;
  when?: (payload: Payload) => boolean;
  /**
   * getUpdates: confirm the request's `offset` before failing, as Telegram does for a request it
   * received and then ended (a long poll terminated by another one answers 409).
   */
  confirmOffset?: boolean;
}

/** The payload field `traceUpdates` adds to every API call made while handling an update. */
export const UPDATE_TAG = 'x_test_update_id';

export interface FakeBotApi {
  /** The API root to pass as `client.apiRoot`. */
  url: string;
  token: string;
  /** Every call, in order, including failed ones. */
  calls: RecordedCall[];
  /** Calls of one method (all methods when omitted). */
  callsOf(method?: string): RecordedCall[];
  /** Method names in call order, e.g. ['sendMessage', 'answerCallbackQuery']. */
  methods(): string[];
  /** The last call (of a method). */
  last(method?: string): RecordedCall | undefined;
  clear(): void;
  /** Makes the next `times` calls of `method` (matching `when`) get `response`. */
  fail(method: string, response: FakeResponse | ((payload: Payload) => FakeResponse), options?: FailOptions): void;
  /** Holds the next `times` calls of `method` (matching `when`) for `ms` before answering them. */
  delay(method: string, ms: number, options?: { times?: number; when?: (payload: Payload) => boolean }): void;
  /** Queues updates for getUpdates (long polling). */
  queueUpdates(...updates: Update[]): void;
  /** At most this many updates per getUpdates answer (default and Telegram's maximum: 100). */
  setMaxBatch(size: number): void;
  /** When (ms timestamps) each getUpdates answer carrying `updateId` was sent. */
  deliveries(updateId: number): number[];
  /** Updates queued and not yet confirmed by a getUpdates offset. */
  pendingUpdates(): number;
  /** Calls made while handling update `updateId` (bots instrumented with `traceUpdates`). */
  callsFor(updateId: number): RecordedCall[];
  /** Registers a file for getFile and the file download path. */
  addFile(fileId: string, content: string | Uint8Array, filePath?: string): void;
  /** Resolves with the first call of `method` (matching `predicate`), waiting up to `timeoutMs`. */
  waitFor(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

function chatFor(chatId: unknown): Payload {
  const id = typeof chatId === 'number' ? chatId : Number(chatId);
  if (id > 0) return { id, first_name: 'Test', type: 'private' };
  if (id < -1_000_000_000_000) return { id, title: 'Diskusi Berita (test)', type: 'supergroup' };
  return { id, title: 'Grup Berita (test)', type: 'group' };
}

/** Starts the fake server on 127.0.0.1 with a random port. */
export async function startFakeBotApi(token = FAKE_TOKEN): Promise<FakeBotApi> {
  const calls: RecordedCall[] = [];
  const scripts: Script[] = [];
  const delays: DelayScript[] = [];
  const updates: Update[] = [];
  const served = new Map<number, number[]>();
  let maxBatch = 100;
  const files = new Map<string, { content: Uint8Array; path: string }>();
  const filesByPath = new Map<string, Uint8Array>();
  const pollers = new Set<() => void>();
  const callWaiters = new Set<() => void>();
  let nextMessageId = 5000;
  const now = () => Math.floor(Date.now() / 1000);

  function record(call: RecordedCall) {
    calls.push(call);
    for (const w of [...callWaiters]) w();
  }

  function defaultResponse(method: string, payload: Payload, call: RecordedCall): FakeResponse {
    const error = (description: string): FakeResponse => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });
    // What Telegram itself checks.
    for (const field of ['text', 'caption'] as const) {
      const value = payload[field];
      if (typeof value !== 'string') continue;
      let visible = value;
      if (typeof payload.parse_mode === 'string' && payload.parse_mode.toUpperCase() === 'HTML') {
        try {
          const parsed = parseTelegramHtml(value);
          visible = parsed.text;
          call.entityCount = parsed.entities;
        } catch (e) {
          return error(`can't parse entities: ${(e as Error).message}`);
        }
      }
      call.visibleText = visible;
      if (visible.trim().length === 0) return error('message text is empty');
      if (visible.length > (field === 'text' ? 4096 : 1024)) return error(field === 'text' ? 'message is too long' : 'message caption is too long');
    }
    const markup = payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    for (const row of markup?.inline_keyboard ?? []) {
      for (const button of row) {
        if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) return error('BUTTON_DATA_INVALID');
      }
    }
    const quote = (payload.reply_parameters as Payload | undefined)?.quote;
    if (typeof quote === 'string' && quote.length > 1024) return error('QUOTE_TEXT_INVALID');

    switch (method) {
      case 'getMe':
        return { ok: true, result: BOT_INFO };
      case 'sendMessage':
        return {
          ok: true,
          result: { message_id: nextMessageId++, from: BOT_INFO, chat: chatFor(payload.chat_id), date: now(), text: call.visibleText ?? '' },
        };
      case 'editMessageText':
        return {
          ok: true,
          result: { message_id: payload.message_id, from: BOT_INFO, chat: chatFor(payload.chat_id), date: now(), edit_date: now(), text: call.visibleText ?? '' },
        };
      case 'answerInlineQuery': {
        const results = (payload.results as Payload[] | undefined) ?? [];
        if (results.length > 50) return error('RESULTS_TOO_MUCH');
        const ids = new Set<string>();
        for (const r of results) {
          const id = String(r.id);
          if (Buffer.byteLength(id) > 64 || ids.has(id)) return error('RESULT_ID_DUPLICATE');
          ids.add(id);
          const content = r.input_message_content as Payload | undefined;
          if (typeof content?.message_text === 'string' && content.parse_mode === 'HTML') {
            try {
              parseTelegramHtml(content.message_text);
            } catch (e) {
              return error(`can't parse entities: ${(e as Error).message}`);
            }
          }
        }
        return { ok: true, result: true };
      }
      case 'getFile': {
        const file = files.get(String(payload.file_id));
        if (!file) return error('invalid file_id');
        return { ok: true, result: { file_id: payload.file_id, file_unique_id: `u${String(payload.file_id)}`, file_size: file.content.byteLength, file_path: file.path } };
      }
      case 'getChatMember':
        return { ok: true, result: { status: 'member', user: { id: payload.user_id, is_bot: false, first_name: 'Member' } } };
      case 'getWebhookInfo':
        return { ok: true, result: { url: '', has_custom_certificate: false, pending_update_count: 0 } };
      default:
        return { ok: true, result: true };
    }
  }

  function takeUpdates(offset: number, limit: number): Update[] {
    // Telegram forgets updates below the offset (they are confirmed).
    while (updates.length > 0 && updates[0]!.update_id < offset) updates.shift();
    return updates.slice(0, Math.min(limit, maxBatch));
  }

  async function handleGetUpdates(payload: Payload, req: http.IncomingMessage): Promise<FakeResponse | undefined> {
    const offset = typeof payload.offset === 'number' ? payload.offset : 0;
    const limit = typeof payload.limit === 'number' ? payload.limit : 100;
    const timeoutMs = Math.min(typeof payload.timeout === 'number' ? payload.timeout * 1000 : 0, 30_000);
    let batch = takeUpdates(offset, limit);
    if (batch.length === 0 && timeoutMs > 0) {
      const closed = await new Promise<boolean>((resolve) => {
        const wake = () => {
          cleanup();
          resolve(false);
        };
        const onClose = () => {
          cleanup();
          resolve(true);
        };
        const timer = setTimeout(wake, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          pollers.delete(wake);
          req.socket.off('close', onClose);
        };
        pollers.add(wake);
        req.socket.once('close', onClose);
      });
      if (closed) return undefined;
      batch = takeUpdates(offset, limit);
    }
    return { ok: true, result: batch };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const filePrefix = `/file/bot${token}/`;
        if (url.pathname.startsWith(filePrefix)) {
          const content = filesByPath.get(decodeURIComponent(url.pathname.slice(filePrefix.length)));
          record({ method: 'file', payload: { path: url.pathname.slice(filePrefix.length) }, status: content ? 200 : 404, at: Date.now() });
          if (content) res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(content);
          else res.writeHead(404).end();
          return;
        }
        const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
        if (!m || m[1] !== token) {
          const body = { ok: false, error_code: 401, description: 'Unauthorized' };
          res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
          return;
        }
        const method = m[2]!;
        const raw = Buffer.concat(chunks).toString('utf8');
        let payload: Payload = {};
        if (raw && String(req.headers['content-type'] ?? '').includes('application/json')) payload = JSON.parse(raw) as Payload;
        else if (raw) payload = { _raw: raw };
        for (const [k, v] of url.searchParams) payload[k] = v;

        const call: RecordedCall = { method, payload, status: 200, at: Date.now() };
        if (typeof payload[UPDATE_TAG] === 'number') call.updateId = payload[UPDATE_TAG];
        const delayed = delays.find((d) => d.method === method && d.remaining > 0 && (!d.when || d.when(payload)));
        if (delayed) {
          delayed.remaining--;
          await new Promise((resolve) => setTimeout(resolve, delayed.ms));
          if (req.socket.destroyed) {
            // The client gave up waiting (its timeout): nothing is answered or confirmed.
            call.status = 0;
            record(call);
            return;
          }
        }
        const script = scripts.find((s) => s.method === method && s.remaining > 0 && (!s.when || s.when(payload)));
        let response: FakeResponse | undefined;
        if (script) {
          script.remaining--;
          if (script.confirmOffset && method === 'getUpdates' && typeof payload.offset === 'number') takeUpdates(payload.offset, 0);
          response = typeof script.response === 'function' ? script.response(payload) : script.response;
        } else if (method === 'getUpdates') {
          response = await handleGetUpdates(payload, req);
          if (!response) return; // the client went away (runner stopped)
        } else {
          response = defaultResponse(method, payload, call);
        }
        if (response === 'drop') {
          call.status = 0;
          record(call);
          req.socket.destroy();
          return;
        }
        if ('raw' in response) {
          call.status = response.status;
          record(call);
          res.writeHead(response.status, { 'Content-Type': response.contentType ?? 'text/plain' }).end(response.raw);
          return;
        }
        call.status = response.ok ? 200 : response.error_code;
        if (method === 'getUpdates' && response.ok && Array.isArray(response.result)) {
          const ids = (response.result as Update[]).map((u) => u.update_id);
          const at = Date.now();
          call.updateIds = ids;
          for (const id of ids) served.set(id, [...(served.get(id) ?? []), at]);
        }
        record(call);
        res.writeHead(call.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(response));
      })();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FakeBotApi = {
    url: `http://127.0.0.1:${port}`,
    token,
    calls,
    callsOf: (method) => (method ? calls.filter((c) => c.method === method) : [...calls]),
    methods: () => calls.map((c) => c.method),
    last: (method) => (method ? calls.filter((c) => c.method === method).at(-1) : calls.at(-1)),
    clear: () => {
      calls.length = 0;
      scripts.length = 0;
      delays.length = 0;
      served.clear();
    },
    fail: (method, response, options = {}) => {
      scripts.push({ method, response, remaining: options.times ?? 1, when: options.when, confirmOffset: options.confirmOffset ?? false });
    },
    delay: (method, ms, options = {}) => {
      delays.push({ method, ms, remaining: options.times ?? 1, when: options.when });
    },
    queueUpdates: (...list) => {
      updates.push(...list);
      for (const wake of [...pollers]) wake();
    },
    setMaxBatch: (size) => {
      maxBatch = Math.max(1, Math.min(100, size));
    },
    deliveries: (updateId) => [...(served.get(updateId) ?? [])],
    pendingUpdates: () => updates.length,
    callsFor: (updateId) => calls.filter((c) => c.updateId === updateId),
    addFile: (fileId, content, filePath = `documents/${fileId}`) => {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      files.set(fileId, { content: bytes, path: filePath });
      filesByPath.set(filePath, bytes);
    },
    waitFor: (method, predicate = () => true, timeoutMs = 10_000) =>
      new Promise<RecordedCall>((resolve, reject) => {
        const check = () => {
          const found = calls.find((c) => c.method === method && predicate(c));
          if (!found) return false;
          clearTimeout(timer);
          callWaiters.delete(waiter);
          resolve(found);
          return true;
        };
        const waiter = () => void check();
        const timer = setTimeout(() => {
          callWaiters.delete(waiter);
          reject(new Error(`no ${method} call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        if (!check()) callWaiters.add(waiter);
      }),
    close: async () => {
      for (const wake of [...pollers]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

export interface UpdateTrace {
  /** How many times the bot was given each update (by update_id). */
  received: Map<number, number>;
  /** Updates whose handling has finished (returned or threw). */
  finished(): number;
}

/**
 * Instruments a bot for polling and load tests: counts each update the bot is given (through
 * `bot.handleUpdate`, which the runner and webhooks call) and tags every API call made while
 * handling it with its update_id (payload field `UPDATE_TAG`, read back as `RecordedCall.updateId`
 * and `FakeBotApi.callsFor`). Install before polling starts.
 */
export function traceUpdates<C extends Context>(bot: Bot<C>): UpdateTrace {
  const current = new AsyncLocalStorage<number>();
  const received = new Map<number, number>();
  let finished = 0;
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReplyEnvelope) => {
    received.set(update.update_id, (received.get(update.update_id) ?? 0) + 1);
    return current.run(update.update_id, () => handleUpdate(update, webhookReplyEnvelope)).finally(() => {
      finished++;
    });
  };
  bot.api.config.use((prev, method, payload, signal) => {
    const updateId = current.getStore();
    return prev(method, updateId === undefined ? payload : ({ ...payload, [UPDATE_TAG]: updateId } as typeof payload), signal);
  });
  return { received, finished: () => finished };
}
