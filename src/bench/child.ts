/** Running bench phases in child processes (tsx workers, the real CLI) and timing them. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../db/database.js';
import { median, round2 } from './stats.js';

/** Runs `src/bench/<script>` under tsx with `input` as a JSON file; parses its last stdout line. */
export async function runWorker<T>(script: string, input: unknown, options: { nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bench-worker-'));
  const inputFile = path.join(dir, 'input.json');
  fs.writeFileSync(inputFile, JSON.stringify(input));
  try {
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'bench', script), inputFile], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ stdout: out, stderr: err, code });
      });
    });
    const last = stdout.trim().split('\n').pop() ?? '';
    if (code !== 0 || !last.startsWith('{')) throw new Error(`${script} failed (exit ${code}): ${stderr.trim().slice(-2000)}`);
    return JSON.parse(last) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface ColdStart {
  /** Median time from spawning `ask` to its first byte of answer on stdout. */
  medianMs: number;
  samplesMs: number[];
}

/** Times one real `ask` process (`node --import tsx src/cli/ask.ts`) to its first output. */
export async function timeAskProcess(dbPath: string, question: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    let firstOutput: number | undefined;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', 'ask.ts'), question], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stdout.once('data', () => (firstOutput = performance.now() - started));
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && firstOutput !== undefined) resolve(firstOutput);
      else reject(new Error(`ask exited with ${code}: ${err.trim().slice(-1000)}`));
    });
  });
}

/** Cold start: `runs` sequential `ask` processes on an existing database; the median counts. */
export async function measureColdStart(dbPath: string, question: string, runs: number): Promise<ColdStart> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeAskProcess(dbPath, question));
  return { medianMs: round2(median(samples)), samplesMs: samples.map(round2) };
}
