/**
 * Secrets outside the running bot: a bad environment is refused with a message that names the
 * variable and never repeats the token or the webhook secret; `.env` stays out of git; and
 * `.env.example` documents every variable of design.md. The entry point is checked the same way.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { CONFIG_VARIABLES, MAIN, PROJECT_ROOT, removeDir, runTsx, tempDir } from './helpers/cli.js';

/** Token-shaped, valid by the config's rules; not a real token. */
const VALID_TOKEN = '7355608123:AAFakeTokenForHardeningTests_0123456789';
const VALID_SECRET = 'hardening_webhook_secret_0123456789';

/** Everything a refused configuration shows: the message, the stack, and how it prints. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as Error;
    return [e.message, e.stack ?? '', String(e), inspect(e, { depth: 10 }), JSON.stringify(e)].join('\n');
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(Object.keys(env))}`);
}

/** The secret part of a token and long pieces of it must not show either. */
function expectNoSecret(output: string, secret: string): void {
  expect(output).not.toContain(secret);
  const afterColon = secret.includes(':') ? secret.slice(secret.indexOf(':') + 1) : secret;
  if (afterColon.length >= 6) expect(output).not.toContain(afterColon);
  for (let i = 0; i + 12 <= afterColon.length; i += 4) expect(output).not.toContain(afterColon.slice(i, i + 12));
}

describe('loadConfig refuses a bad environment without leaking secrets', () => {
  it('accepts a good environment (sanity check of the fixtures)', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: VALID_SECRET, PORT: '8443', ADMIN_IDS: '1, 22,333' });
    expect(config.telegramToken).toBe(VALID_TOKEN);
    expect(config.port).toBe(8443);
    expect([...config.adminIds]).toEqual([1, 22, 333]);
  });

  it.each([
    ['too short', '123:abc'],
    ['secret part too short', '7355608123:AAFakeToken'],
    ['no colon', '7355608123AAFakeTokenForHardeningTests_0123456789'],
    ['"bot" prefix pasted from the API URL', `bot${VALID_TOKEN}`],
    ['trailing newline', `${VALID_TOKEN}\n`],
    ['surrounded by quotes', `"${VALID_TOKEN}"`],
    ['a character outside the token alphabet', `${VALID_TOKEN.slice(0, -1)}!`],
    ['whole URL pasted', `https://api.telegram.org/bot${VALID_TOKEN}/getMe`],
  ])('refuses a TELEGRAM_BOT_TOKEN that is %s, naming it and not echoing it', (_why, token) => {
    const output = refusal({ TELEGRAM_BOT_TOKEN: token });
    expect(output).toContain('TELEGRAM_BOT_TOKEN');
    expectNoSecret(output, token);
  });

  it.each(['abc', '0', '65536', '80.5', '-1', '8080abc'])('refuses PORT=%s, naming PORT, and does not show the (valid) token', (port) => {
    const output = refusal({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, PORT: port });
    expect(output).toContain('PORT');
    expectNoSecret(output, VALID_TOKEN);
  });

  it('refuses WEBHOOK_URL without WEBHOOK_SECRET, naming WEBHOOK_SECRET', () => {
    const output = refusal({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook' });
    expect(output).toContain('WEBHOOK_SECRET');
    expectNoSecret(output, VALID_TOKEN);
  });

  it.each([
    ['too short', 'short'],
    ['with characters Telegram refuses', 'hardening secret with spaces and !?'],
    ['too long', 'x'.repeat(257)],
  ])('refuses a WEBHOOK_SECRET that is %s, naming it and not echoing it', (_why, secret) => {
    const output = refusal({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: secret });
    expect(output).toContain('WEBHOOK_SECRET');
    expectNoSecret(output, VALID_TOKEN);
    if (secret.length >= 12) expectNoSecret(output, secret);
  });

  it.each(['abc', '12,x', '1.5', '123;456', '@admin'])('refuses ADMIN_IDS=%s, naming ADMIN_IDS', (ids) => {
    const output = refusal({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, ADMIN_IDS: ids });
    expect(output).toContain('ADMIN_IDS');
    expectNoSecret(output, VALID_TOKEN);
  });

  it('refuses a bad TELEGRAM_API_ROOT and LOG_LEVEL, naming them', () => {
    expect(refusal({ TELEGRAM_API_ROOT: 'not a url' })).toContain('TELEGRAM_API_ROOT');
    expect(refusal({ LOG_LEVEL: 'verbose' })).toContain('LOG_LEVEL');
  });

  it('names every bad variable at once, and still shows no secret', () => {
    const token = '99:not-a-token-but-secret-anyway';
    // (The WEBHOOK_URL-needs-a-secret rule is a cross-field check, reported once the fields parse.)
    const output = refusal({ TELEGRAM_BOT_TOKEN: token, PORT: 'abc', ADMIN_IDS: 'x', LOG_LEVEL: 'loud' });
    for (const name of ['TELEGRAM_BOT_TOKEN', 'PORT', 'ADMIN_IDS', 'LOG_LEVEL']) expect(output).toContain(name);
    expectNoSecret(output, token);
  });
});

describe('secrets in the repository', () => {
  it('keeps .env out of git', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', '.env'], { cwd: PROJECT_ROOT });
    expect(ignored.status).toBe(0);
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', '.env'], { cwd: PROJECT_ROOT });
    expect(tracked.status).not.toBe(0);
  });

  it('lists every variable of design.md in .env.example, with no real-looking secret', () => {
    const example = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(example).not.toMatch(/^TELEGRAM_BOT_TOKEN=\S/m);
    expect(example).not.toMatch(/\d{5,}:[A-Za-z0-9_-]{30,}/);
  });
});

describe.skipIf(!fs.existsSync(path.join(PROJECT_ROOT, MAIN)))('the entry point (npm start) with a bad environment', () => {
  const dir = tempDir('secrets');
  afterAll(() => removeDir(dir));

  const start = (env: Record<string, string>, timeoutMs = 20_000) =>
    runTsx(MAIN, [], { env: { DATABASE_PATH: path.join(dir, 'news.db'), ...env }, timeoutMs });

  it('exits 1 on a malformed token, naming TELEGRAM_BOT_TOKEN and not printing it', async () => {
    const token = '123:abc';
    const result = await start({ TELEGRAM_BOT_TOKEN: token });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expectNoSecret(result.stdout + result.stderr, token);
  }, 30_000);

  it('exits 1 on PORT=abc, naming PORT and not printing the (valid) token', async () => {
    const result = await start({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, PORT: 'abc' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
    expectNoSecret(result.stdout + result.stderr, VALID_TOKEN);
  }, 30_000);

  it('exits 1 on WEBHOOK_URL without a secret, before anything connects', async () => {
    const result = await start({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, WEBHOOK_URL: 'https://bot.example.org/hook' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('WEBHOOK_SECRET');
    expectNoSecret(result.stdout + result.stderr, VALID_TOKEN);
    // Refused before the database was opened, let alone Telegram.
    expect(fs.existsSync(path.join(dir, 'news.db'))).toBe(false);
  }, 30_000);

  it('exits 1 within 30 s when Telegram cannot be reached at start, and the token appears nowhere in the output', async () => {
    // A port nobody listens on: every getMe fails at once (connection refused). A misconfigured
    // TELEGRAM_API_ROOT must end in a clear fatal line and exit 1, not a silent wait forever.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await start({ TELEGRAM_BOT_TOKEN: VALID_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, LOG_LEVEL: 'debug' }, 30_000);
    expect(result.signal, 'still running after 30 s: killed by the test').toBeNull();
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/getMe|Telegram/);
    expectNoSecret(result.stdout + result.stderr, VALID_TOKEN);
  }, 40_000);
});
