// End to end: `src/main.ts` as `npm start` runs it, against the fake Bot API, in both modes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from './helpers/fake-bot-api.js';
import { ANSWERABLE_ID } from './helpers/bot-harness.js';
import { PROJECT_ROOT, privateMessage } from './helpers/updates.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bot-main-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when stdout contains `text`. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
}

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: (text, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const timer = setInterval(() => {
          if (out.includes(text)) {
            clearInterval(timer);
            resolve();
          } else if (Date.now() - started > timeoutMs) {
            clearInterval(timer);
            reject(new Error(`no "${text}" in output:\n${out}\n${err}`));
          }
        }, 25);
      }),
  };
}

function logRecords(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm start with a token', () => {
  let api: FakeBotApi;
  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('polls with the runner, answers, and shuts down cleanly on SIGTERM', async () => {
    api.clear();
    const bot = start({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url, DATABASE_PATH: path.join(tmp, 'polling.db'), LOG_LEVEL: 'info' });
    await bot.waitForOutput('"bot started"');
    api.queueUpdates(privateMessage(ANSWERABLE_ID));
    const sent = await api.waitFor('sendMessage');
    expect(sent.payload.text).toContain('<blockquote');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const started = logRecords(bot.stdout()).find((r) => r.msg === 'bot started')!;
    const { version } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(started).toMatchObject({ mode: 'polling', articles: 5, version, bot: 'example_news_bot' });
    expect(started.sentences).toBeGreaterThan(50);
    expect(api.methods().slice(0, 5)).toEqual(['getMe', 'setMyCommands', 'setMyCommands', 'setMyCommands', 'deleteWebhook']);
    const menus = api.callsOf('setMyCommands').map((c) => c.payload.language_code);
    expect(menus).toEqual([undefined, 'id', 'en']);
    expect(bot.stdout() + bot.stderr()).not.toContain(api.token);
  }, 40_000);

  it('serves the webhook with the secret, /healthz, and setWebhook on start', async () => {
    api.clear();
    const port = await freePort();
    const secret = 'main_test_secret_0123456789';
    const bot = start({
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      DATABASE_PATH: path.join(tmp, 'webhook.db'),
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    });
    await bot.waitForOutput('"bot started"');
    expect(api.last('setWebhook')!.payload).toMatchObject({ url: 'https://bot.example.org/hook', secret_token: secret });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const update = JSON.stringify(privateMessage(ANSWERABLE_ID));
    const headers = { 'Content-Type': 'application/json' };
    expect((await fetch(`${base}/hook`, { method: 'POST', headers, body: update })).status).toBe(401);
    expect(api.callsOf('sendMessage')).toHaveLength(0);
    const ok = await fetch(`${base}/hook`, { method: 'POST', headers: { ...headers, 'X-Telegram-Bot-Api-Secret-Token': secret }, body: update });
    expect(ok.status).toBe(200);
    expect(api.last('sendMessage')!.payload.text).toContain('<blockquote');
    bot.child.kill('SIGINT');
    expect(await bot.exited).toBe(0);
    expect(logRecords(bot.stdout()).find((r) => r.msg === 'bot started')).toMatchObject({ mode: 'webhook', port });
    expect(bot.stdout() + bot.stderr()).not.toContain(api.token);
    expect(bot.stdout()).not.toContain(secret);
  }, 40_000);
});
