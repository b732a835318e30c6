import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { runChat } from '../../src/cli/chat.js';
import { ANSWERABLE_EN, ANSWERABLE_ID, NOT_FOUND } from '../helpers/bot-harness.js';
import { MAIN, runTsx, type ChildResult } from '../helpers/cli.js';

let engine: Engine;
let tmp: string;

beforeAll(() => {
  engine = createEngine(openCorpus(':memory:').db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bot-chat-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function chat(lines: string, interactive: boolean): Promise<{ output: string; answered: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const done = runChat({ engine, input, output, interactive, language: 'en' });
  input.end(lines);
  const answered = await done;
  return { output: text, answered };
}

/** Runs `src/main.ts` like `npm start` does, with the given environment and stdin (no token unless given). */
function runMain(env: Record<string, string>, stdin: string): Promise<ChildResult> {
  return runTsx(MAIN, [], { env: { HOME: tmp, ...env }, input: stdin });
}

describe('terminal chat', () => {
  it('answers each piped line with quotes and outlets, then ends at EOF', async () => {
    const { output, answered } = await chat(`${ANSWERABLE_ID}\n\n${NOT_FOUND}\n${ANSWERABLE_EN}\n`, false);
    expect(answered).toBe(3);
    expect(output).toContain(`> ${ANSWERABLE_ID}`);
    expect(output).toMatch(/1\. “[^”]*14\.000 tentara[^”]*”/);
    expect(output).toMatch(/— (GELORA\.CO|Pahami\.id|NTVNews|SeaPRwire|Suarathailand), \d+ \w+ 2025/);
    expect(output).toContain('Saya tidak menemukan kalimat');
    expect(output).toContain('Also reported by:');
    expect(output).not.toContain('question>');
  });

  it('shows a welcome line and a prompt when interactive', async () => {
    const { output, answered } = await chat(`${ANSWERABLE_ID}\n`, true);
    expect(answered).toBe(1);
    expect(output).toContain('Ask a question about the news');
    expect(output).toContain('question> ');
    expect(output).toContain('14.000 tentara');
  });

  it('`npm start` without a token answers piped questions and exits 0', async () => {
    const result = await runMain({ DATABASE_PATH: path.join(tmp, 'news.db') }, `${ANSWERABLE_ID}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`> ${ANSWERABLE_ID}`);
    expect(result.stdout).toContain('14.000 tentara');
    expect(fs.existsSync(path.join(tmp, 'news.db'))).toBe(true);
  }, 30_000);

  it('a bad configuration names the variable and exits 1 before connecting', async () => {
    const result = await runMain({ DATABASE_PATH: path.join(tmp, 'bad.db'), TELEGRAM_BOT_TOKEN: 'not-a-token' }, '');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(result.stdout).toBe('');
    expect(fs.existsSync(path.join(tmp, 'bad.db'))).toBe(false);
  }, 30_000);
});
