/**
 * Helpers for tests of the command-line entry points: spawning the real CLIs, temp folders, and digests that prove
 * a database did (or did not) change, compared by content (slugs), never by row ids.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Answer } from '../../src/search/answer-types.js';
import { PROJECT_ROOT } from '../../src/db/database.js';

export { PROJECT_ROOT };

/** A fresh temp folder, removed by the caller (`removeDir`). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hardening-${prefix}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Every variable of design.md's environment table. */
export const CONFIG_VARIABLES = [
  'DATABASE_PATH',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_API_ROOT',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'PORT',
  'ADMIN_IDS',
  'LOG_LEVEL',
] as const;

/**
 * A minimal environment for a child process: no variable of the developer's shell or of the
 * test runner leaks in. The config variables are set (empty means "default") so that a local
 * `.env` file, which dotenv never lets override a set variable, cannot change the outcome.
 */
export function childEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  for (const key of CONFIG_VARIABLES) env[key] = '';
  env.LOG_LEVEL = 'silent';
  return { ...env, ...vars };
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  env: Record<string, string>;
  /** Written to stdin, then stdin is closed; stdin is empty otherwise. */
  input?: string | Buffer;
  /** Kills the child (SIGKILL) after this many ms; the test then fails on the signal. */
  timeoutMs?: number;
}

/** `node --import tsx <script> ...args` from the project root, as `npm run` would run it. */
export function spawnTsx(script: string, args: readonly string[], options: SpawnOptions) {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs a TypeScript entry point to completion and collects its output. */
export function runTsx(script: string, args: readonly string[], options: SpawnOptions): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawnTsx(script, args, options);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    // A child that exits before reading all of stdin must not crash the test with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export const INGEST_CLI = 'src/cli/ingest.ts';
export const ASK_CLI = 'src/cli/ask.ts';
export const MAIN = 'src/main.ts';

export interface CorpusCounts {
  articles: number;
  passages: number;
  sentences: number;
  outlets: number;
}

/** Row counts straight from SQL (independent of the product's `corpusStats`). */
export function sqlCounts(client: Database.Database): CorpusCounts {
  const n = (table: string) => (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { articles: n('articles'), passages: n('passages'), sentences: n('sentences'), outlets: n('outlets') };
}

/**
 * Everything an answer depends on, keyed by content: articles (slug, outlet, hash, metadata),
 * passages and sentences by (slug, position), with offsets, text and analysed terms.
 */
export function corpusDigest(client: Database.Database): string {
  const hash = createHash('sha256');
  const feed = (sql: string) => {
    for (const row of client.prepare(sql).iterate()) hash.update(`${JSON.stringify(row)}\n`);
    hash.update('--\n');
  };
  feed('SELECT name, site FROM outlets ORDER BY name');
  feed(
    `SELECT a.slug, o.name AS outlet, a.title, a.byline, a.published, a.url, a.language, a.content_hash, a.body_hash, a.original
     FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.slug`,
  );
  feed(
    `SELECT a.slug, p.position, p.role, p.start, p."end", p.terms
     FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY a.slug, p.position`,
  );
  feed(
    `SELECT a.slug, s.position, p.position AS passage, s.start, s."end", s.text, s.terms, s.numbers
     FROM sentences s JOIN articles a ON a.id = s.article_id JOIN passages p ON p.id = s.passage_id
     ORDER BY a.slug, s.position`,
  );
  return hash.digest('hex');
}

/** Opens a database file for inspection only. */
export function openInspect(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** The parts of an Answer that must not depend on timing (drops `tookMs`). */
export function stableAnswer(answer: Answer | Record<string, unknown>): unknown {
  const { tookMs: _t, ...rest } = answer as Record<string, unknown>;
  return rest;
}

/** A stored article's original text by slug, cached; for "every quote is verbatim" checks. */
export function originalsOf(client: Database.Database): (slug: string) => string | undefined {
  const stmt = client.prepare<[string], { original: string }>('SELECT original FROM articles WHERE slug = ?');
  const cache = new Map<string, string | undefined>();
  return (slug) => {
    if (!cache.has(slug)) cache.set(slug, stmt.get(slug)?.original);
    return cache.get(slug);
  };
}

/**
 * Checks that `value` is a valid Answer (the JSON contract of design.md plus the fields the
 * renderers rely on) whose every quoted text is verbatim from its article. Returns a list of
 * problems (empty when valid), so a property failure shows all of them at once.
 */
export function answerProblems(value: unknown, original: (slug: string) => string | undefined): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['answer is not an object'];
  const a = value as Record<string, unknown>;
  if (typeof a.question !== 'string') problems.push('question is not a string');
  if (a.language !== 'id' && a.language !== 'en') problems.push(`language is ${JSON.stringify(a.language)}`);
  if (typeof a.noAnswer !== 'boolean') problems.push('noAnswer is not a boolean');
  if (!Array.isArray(a.answers)) return [...problems, 'answers is not an array'];
  if (a.noAnswer === true && a.answers.length > 0) problems.push('noAnswer is true but there are answers');
  if (a.noAnswer === false && a.answers.length === 0) problems.push('noAnswer is false but there are no answers');
  if (a.truncated !== undefined && typeof a.truncated !== 'boolean') problems.push('truncated is not a boolean');
  if (a.error !== undefined && typeof a.error !== 'string') problems.push('error is not a string');
  const verbatim = (where: string, slug: unknown, text: unknown, start?: unknown, end?: unknown) => {
    if (typeof slug !== 'string' || typeof text !== 'string') {
      problems.push(`${where}: article or text is not a string`);
      return;
    }
    if (text.length === 0) problems.push(`${where}: empty text`);
    const body = original(slug);
    if (body === undefined) {
      problems.push(`${where}: article ${slug} is not in the database`);
      return;
    }
    if (!body.includes(text)) problems.push(`${where}: text is not a substring of ${slug}: ${JSON.stringify(text.slice(0, 80))}`);
    if (typeof start === 'number' && typeof end === 'number' && body.slice(start, end) !== text) {
      problems.push(`${where}: original.slice(${start}, ${end}) of ${slug} is not the quoted text`);
    }
  };
  a.answers.forEach((raw: unknown, i) => {
    const q = raw as Record<string, unknown>;
    const where = `answers[${i}]`;
    for (const key of ['outlet', 'article', 'text'] as const) if (typeof q[key] !== 'string') problems.push(`${where}.${key} is not a string`);
    for (const key of ['title', 'published', 'url'] as const) {
      if (q[key] !== null && typeof q[key] !== 'string') problems.push(`${where}.${key} is neither null nor a string`);
    }
    if (typeof q.score !== 'number' || !Number.isFinite(q.score)) problems.push(`${where}.score is not a finite number`);
    verbatim(where, q.article, q.text, q.start, q.end);
    if (!Array.isArray(q.alsoReportedBy)) problems.push(`${where}.alsoReportedBy is not an array`);
    else {
      q.alsoReportedBy.forEach((r: unknown, j) => {
        const other = r as Record<string, unknown>;
        if (typeof other.outlet !== 'string') problems.push(`${where}.alsoReportedBy[${j}].outlet is not a string`);
        verbatim(`${where}.alsoReportedBy[${j}]`, other.article, other.text);
      });
    }
  });
  if (a.figures !== undefined) {
    if (!Array.isArray(a.figures)) problems.push('figures is not an array');
    else
      a.figures.forEach((raw: unknown, i) => {
        const f = raw as Record<string, unknown>;
        if (typeof f.label !== 'string' || typeof f.value !== 'number' || !Number.isFinite(f.value)) problems.push(`figures[${i}] label/value invalid`);
        if (!Array.isArray(f.quotes)) problems.push(`figures[${i}].quotes is not an array`);
        else f.quotes.forEach((fq: unknown, j) => verbatim(`figures[${i}].quotes[${j}]`, (fq as Record<string, unknown>).article, (fq as Record<string, unknown>).text));
      });
  }
  return problems;
}
