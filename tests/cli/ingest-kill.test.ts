/**
 * Crash safety of ingest: a real `ingest` process is killed with SIGKILL in the middle of a run
 * of 1,500 articles. The database must come back sound (SQLite and FTS5 integrity, no article
 * without its passages and sentences, every stored article complete), and running the same
 * ingest again must finish the job and leave exactly what a clean, uninterrupted ingest leaves.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusStats } from '../../src/corpus/repository.js';
import { openDatabase } from '../../src/db/database.js';
import {
  corpusDigest,
  INGEST_CLI,
  openInspect,
  removeDir,
  runTsx,
  spawnTsx,
  sqlCounts,
  tempDir,
} from '../helpers/cli.js';
import { DISTRACTORS_FILE } from '../helpers/corpus.js';

const ARTICLES = 1500;
/** The seeds every database starts with (openCorpus seeds an empty database first). */
const SEED_ARTICLES = 5;
/** How long after a progress line the kill comes: mid-article, not at a commit boundary. */
const KILL_DELAY_MS = 250;

/** 1,500 real articles from the shipped distractor set, or synthetic ones with HARDENING_SYNTHETIC=1. */
function buildInput(file: string): 'indosum' | 'synthetic' {
  if (process.env.HARDENING_SYNTHETIC !== '1') {
    const lines = gunzipSync(fs.readFileSync(DISTRACTORS_FILE)).toString('utf8').split('\n').filter((l) => l.trim() !== '');
    if (lines.length >= ARTICLES) {
      fs.writeFileSync(file, `${lines.slice(0, ARTICLES).join('\n')}\n`);
      return 'indosum';
    }
  }
  const outlets = ['Kompas', 'Tempo', 'Detik', 'Antara', 'Republika', 'Liputan6', 'Kumparan', 'CNN Indonesia', 'Okezone', 'Suara'];
  const words = ['pemerintah', 'kota', 'warga', 'menteri', 'presiden', 'banjir', 'jalan', 'harga', 'pasar', 'sekolah', 'rumah', 'sakit', 'polisi', 'desa', 'petani', 'nelayan'];
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 3 + (i % 5); p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 2 + ((i + p) % 4); s++) {
        const w = (k: number) => words[(i * 7 + p * 3 + s * 5 + k) % words.length]!;
        sentences.push(`Menurut laporan nomor ${i}-${p}-${s}, ${w(0)} dan ${w(1)} di ${w(2)} mencatat ${(i * 37 + s) % 1000}.${(p * 113) % 1000} ${w(3)} pada ${1 + ((i + s) % 28)} Maret 2024.`);
      }
      paragraphs.push(sentences.join(' '));
    }
    const published = new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `synthetic-${i}`, outlet: outlets[i % outlets.length], title: `Berita ${i}`, published, text: paragraphs.join('\n\n') }));
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return 'synthetic';
}

/** Per-article digest (passages and sentences by position), to prove each stored article is whole. */
function articleDigests(client: Database.Database): Map<string, string> {
  const rows = client
    .prepare<[], { slug: string; part: string }>(
      `SELECT a.slug, json_group_array(x.row) AS part FROM articles a JOIN (
         SELECT article_id, json_array('p', position, role, start, "end", terms) AS row, 0 AS k, position FROM passages
         UNION ALL
         SELECT article_id, json_array('s', position, start, "end", text, terms, numbers) AS row, 1 AS k, position FROM sentences
         ORDER BY article_id, k, position
       ) x ON x.article_id = a.id GROUP BY a.id`,
    )
    .all();
  return new Map(rows.map((r) => [r.slug, r.part]));
}

/** Runs FTS5's own consistency checks; returns the error message or undefined when sound. */
function ftsCheck(client: Database.Database, table: 'sentences_fts' | 'passages_fts'): string | undefined {
  try {
    client.prepare(`INSERT INTO ${table}(${table}) VALUES('integrity-check')`).run();
    // rank = 1: also compares the index with the content table (external-content FTS5).
    client.prepare(`INSERT INTO ${table}(${table}, rank) VALUES('integrity-check', 1)`).run();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Every sentence is the exact slice of its article at its offsets (JS offsets: checked in JS). */
function misplacedSentences(client: Database.Database): number {
  let bad = 0;
  const originals = new Map<number, string>();
  for (const a of client.prepare<[], { id: number; original: string }>('SELECT id, original FROM articles').iterate()) originals.set(a.id, a.original);
  for (const s of client.prepare<[], { article_id: number; start: number; end: number; text: string }>('SELECT article_id, start, "end", text FROM sentences').iterate()) {
    if (originals.get(s.article_id)?.slice(s.start, s.end) !== s.text) bad++;
  }
  return bad;
}

describe('ingest killed with SIGKILL midway', () => {
  const dir = tempDir('kill');
  const input = path.join(dir, 'articles.jsonl');
  const killedDb = path.join(dir, 'killed.db');
  const cleanDb = path.join(dir, 'clean.db');
  let source: 'indosum' | 'synthetic';
  let killedAt = 0;
  /** Per-article digests of what the killed runs had committed. */
  const partial = new Map<string, string>();

  beforeAll(() => {
    source = buildInput(input);
  });

  afterAll(() => removeDir(dir));

  /**
   * Starts the ingest and SIGKILLs it a moment after it reports `progress` articles done (the
   * CLI prints "N/1500 articles..." every 500), so the kill lands in the middle of the work
   * (preparing or writing an article), with seconds of work still to come.
   */
  async function killIngestAfter(progress: number): Promise<void> {
    const child: ChildProcessWithoutNullStreams = spawnTsx(INGEST_CLI, [input], { env: { DATABASE_PATH: killedDb } });
    let stderr = '';
    let stdout = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    let delayed: NodeJS.Timeout | undefined;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (!delayed && new RegExp(`\\b${progress}/${ARTICLES} articles`).test(stderr)) delayed = setTimeout(kill, KILL_DELAY_MS);
    });
    // Independent of the progress line: watch the database itself.
    const poll = setInterval(() => {
      if (killed || !fs.existsSync(killedDb)) return;
      try {
        const client = openInspect(killedDb);
        try {
          if (sqlCounts(client).articles >= SEED_ARTICLES + progress + 300) kill();
        } finally {
          client.close();
        }
      } catch {
        // The writer holds the file mid-migration; look again later.
      }
    }, 100);
    const watchdog = setTimeout(kill, 60_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    clearInterval(poll);
    clearTimeout(watchdog);
    clearTimeout(delayed);
    expect(stdout, `the ingest finished before it could be killed (${source}); stderr: ${stderr}`).not.toMatch(/ingested/);
    expect(signal).toBe('SIGKILL');
    expect(code).toBeNull();
  }

  /** Checks the database a killed run left behind; returns its article count. */
  function expectSound(): number {
    // Read-write: opening replays the write-ahead log the killed process left behind.
    const client = openDatabase(killedDb).$client;
    try {
      expect(client.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(client.pragma('foreign_key_check')).toEqual([]);
      expect(ftsCheck(client, 'sentences_fts')).toBeUndefined();
      expect(ftsCheck(client, 'passages_fts')).toBeUndefined();
      const count = (sql: string) => (client.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)')).toBe(0);
      expect(count('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.article_id = a.id)')).toBe(0);
      expect(count('SELECT count(*) AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.id = s.passage_id AND p.article_id = s.article_id)')).toBe(0);
      expect(count('SELECT count(*) AS n FROM sentences_fts')).toBe(count('SELECT count(*) AS n FROM sentences'));
      expect(misplacedSentences(client)).toBe(0);
      for (const [slug, digest] of articleDigests(client)) partial.set(slug, digest);
      return sqlCounts(client).articles;
    } finally {
      client.close();
    }
  }

  it('is killed after some but not all articles are in, and leaves a sound database', async () => {
    await killIngestAfter(500);
    const n = expectSound();
    console.info(`ingest-kill: ${source} input, first run killed with ${n - SEED_ARTICLES}/${ARTICLES} articles committed`);
    expect(n).toBeGreaterThan(SEED_ARTICLES + 400);
    expect(n).toBeLessThan(SEED_ARTICLES + ARTICLES);
  }, 90_000);

  it('is killed again while resuming, and still leaves a sound database', async () => {
    await killIngestAfter(1000);
    killedAt = expectSound();
    console.info(`ingest-kill: second run killed with ${killedAt - SEED_ARTICLES}/${ARTICLES} articles committed`);
    expect(killedAt).toBeGreaterThan(SEED_ARTICLES + 900);
    expect(killedAt).toBeLessThan(SEED_ARTICLES + ARTICLES);
  }, 90_000);

  it('finishes the job when the same ingest runs again', async () => {
    const [resumed, clean] = await Promise.all([
      runTsx(INGEST_CLI, [input], { env: { DATABASE_PATH: killedDb }, timeoutMs: 90_000 }),
      runTsx(INGEST_CLI, [input], { env: { DATABASE_PATH: cleanDb }, timeoutMs: 90_000 }),
    ]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(clean.code, clean.stderr).toBe(0);
    // What the first run committed is recognised as unchanged; only the rest is added.
    const already = killedAt - SEED_ARTICLES;
    expect(resumed.stdout).toMatch(new RegExp(`\\b${ARTICLES - already} added, 0 updated, ${already} unchanged, 0 duplicate\\b`));
    expect(clean.stdout).toMatch(new RegExp(`\\b${ARTICLES} added, 0 updated, 0 unchanged, 0 duplicate\\b`));
  }, 120_000);

  it('ends in exactly the state of a clean, uninterrupted ingest', () => {
    const resumed = openDatabase(killedDb);
    const clean = openDatabase(cleanDb);
    try {
      expect(corpusStats(resumed)).toEqual(corpusStats(clean));
      expect(sqlCounts(resumed.$client)).toEqual({ ...sqlCounts(clean.$client) });
      expect(sqlCounts(clean.$client).articles).toBe(SEED_ARTICLES + ARTICLES);
      expect(corpusDigest(resumed.$client)).toBe(corpusDigest(clean.$client));
      // Article by article, so a failure names the article that differs.
      const a = articleDigests(resumed.$client);
      const b = articleDigests(clean.$client);
      const differing = [...b.keys()].filter((slug) => a.get(slug) !== b.get(slug));
      expect(differing.slice(0, 10)).toEqual([]);
      // Every article the killed run had committed was already whole and final.
      expect(partial.size).toBe(killedAt);
      const incomplete = [...partial.entries()].filter(([slug, digest]) => b.get(slug) !== digest).map(([slug]) => slug);
      expect(incomplete.slice(0, 10)).toEqual([]);
      expect(resumed.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ftsCheck(resumed.$client, 'sentences_fts')).toBeUndefined();
      // The index answers the same: every term's document frequency is the same.
      const vocab = (db: typeof clean) => db.$client.prepare('SELECT term, doc, cnt FROM sentences_vocab ORDER BY term').all();
      expect(vocab(resumed)).toEqual(vocab(clean));
    } finally {
      resumed.$client.close();
      clean.$client.close();
    }
  });
});
