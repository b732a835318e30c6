/**
 * The live corpus with real processes: a running terminal chat (`npm start` without a token)
 * answers "not found", `npm run ingest` adds the answering article from another process, and
 * the same chat, without a restart, answers the same question from it and lists it in /sources.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/database.js';
import { t } from '../../src/render/messages.js';

const QUESTION = 'Berapa harga beras di Pasar Induk Cipinang?';
const ARTICLE = {
  id: 'kabar-pasar-2026-11-20-harga-beras-cipinang',
  outlet: 'Kabar Pasar',
  title: 'Harga beras di Cipinang naik',
  published: '2026-11-20',
  url: null,
  language: 'id',
  text:
    'Harga beras medium di Pasar Induk Beras Cipinang, Jakarta Timur, naik menjadi Rp 14.500 per kilogram pada Senin pekan ini.\n\n' +
    'Pedagang menyebut pasokan dari sentra produksi di Jawa Barat berkurang karena musim hujan.',
};

/** Only what the test sets: no token or database path from the developer's shell or .env. */
function env(databasePath: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { DATABASE_PATH: databasePath, TELEGRAM_BOT_TOKEN: '', WEBHOOK_URL: '', ADMIN_IDS: '', LOG_LEVEL: 'silent', LANG: 'id_ID.UTF-8' };
  for (const key of ['PATH', 'HOME', 'TMPDIR']) if (process.env[key] !== undefined) out[key] = process.env[key];
  return out;
}

/** `node --import tsx <script>` from the project root, as `npm start` / `npm run` run it. */
function spawnTsx(script: string, args: string[], databasePath: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: PROJECT_ROOT, env: env(databasePath), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A running chat process: what it printed so far, and a wait for more. */
function startChat(databasePath: string) {
  const child = spawnTsx('src/main.ts', [], databasePath);
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
    for (const w of waiters) w();
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    send: (line: string) => child.stdin.write(`${line}\n`),
    /** Resolves with the output once `done(stdout)` holds; fails with what was printed after a timeout. */
    waitFor(done: (out: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!done(stdout)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(stdout);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${what}; stdout:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/** The text printed after the n-th echo of `line` (the chat echoes each piped line as "> line"). */
function replyAfter(out: string, line: string, n: number): string | undefined {
  const parts = out.split(`> ${line}\n`);
  return parts.length > n ? parts[n] : undefined;
}

let dir: string | undefined;
let running: ReturnType<typeof startChat> | undefined;
afterEach(() => {
  if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
  running = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('live corpus across processes', () => {
  it('a running terminal chat answers from an article `npm run ingest` added after it started', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-corpus-e2e-'));
    const databasePath = path.join(dir, 'news.db');
    const chat = (running = startChat(databasePath));

    // 1. Before: not found, and the summary counts the five seed articles.
    chat.send(QUESTION);
    const notFound = t('id', 'not-found');
    await chat.waitFor((out) => replyAfter(out, QUESTION, 1)?.includes(notFound) === true, 'the first reply');
    expect(replyAfter(chat.stdout(), QUESTION, 1)).toContain('5 artikel');

    // 2. Another process adds the answering article to the same database file.
    const file = path.join(dir, 'beras.jsonl');
    fs.writeFileSync(file, `${JSON.stringify(ARTICLE)}\n`);
    const ingest = spawnTsx('src/cli/ingest.ts', [file], databasePath);
    let ingestOut = '';
    ingest.stdout.on('data', (c: Buffer) => (ingestOut += c.toString('utf8')));
    ingest.stderr.on('data', (c: Buffer) => (ingestOut += c.toString('utf8')));
    const ingestCode = await new Promise<number | null>((resolve) => ingest.on('close', resolve));
    expect(ingestCode, ingestOut).toBe(0);
    expect(ingestOut).toContain('1 added');

    // 3. The same question in the same process: answered from the new article.
    chat.send(QUESTION);
    await chat.waitFor((out) => replyAfter(out, QUESTION, 2)?.includes('Kabar Pasar') === true, 'the second reply');
    const second = replyAfter(chat.stdout(), QUESTION, 2)!;
    expect(second).toContain('Harga beras medium di Pasar Induk Beras Cipinang, Jakarta Timur, naik menjadi Rp 14.500 per kilogram pada Senin pekan ini.');
    expect(second).not.toContain(notFound);

    // 4. /sources lists it (newest first), and the count includes it.
    chat.send('/sources');
    await chat.waitFor((out) => replyAfter(out, '/sources', 1)?.includes('Kabar Pasar') === true, 'the sources list');
    const sources = replyAfter(chat.stdout(), '/sources', 1)!;
    expect(sources.split('\n')[0]).toBe(t('id', 'sources-title', { count: 6 }));
    expect(sources.split('\n')[1]).toBe('• Kabar Pasar, 20 November 2026: Harga beras di Cipinang naik (2 kalimat)');

    chat.child.stdin.end();
    expect(await chat.exited).toBe(0);
    expect(chat.stderr()).toBe('');
  }, 90_000);
});
