/**
 * Smoke test of the bench: its core functions on the seeds only, a few iterations each, and the
 * JSON line's shape against design.md. Child processes (cold start, workers) are left to
 * `npm run bench`; this must stay fast.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine } from '../../src/search/engine.js';
import { parseBenchArgs } from '../../src/bench/args.js';
import { measureBotThroughput } from '../../src/bench/bot.js';
import { buildBenchCorpus, syntheticArticle } from '../../src/bench/corpus.js';
import { buildPeerIndex, measurePeerQueries, peerSearch, type PeerMeasurement } from '../../src/bench/peer.js';
import { createRandom } from '../../src/bench/prng.js';
import { analyseQueries, measureEngine, measureFloor, measureTopFacts } from '../../src/bench/query.js';
import { BUILTIN_QUESTIONS } from '../../src/bench/questions.js';
import { benchJsonProblems, renderTable, toBenchJson, type BenchResult } from '../../src/bench/report.js';
import { percentile } from '../../src/bench/stats.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bench', () => {
  it('parses its arguments', () => {
    expect(parseBenchArgs(['--json', '--articles', '20000'])).toMatchObject({ json: true, articles: 20000 });
    expect(parseBenchArgs(['--seeds-only', '--no-bot'])).toMatchObject({ seedsOnly: true, bot: false });
    expect(() => parseBenchArgs(['--articles', 'many'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['--frobnicate'])).toThrow(/unknown argument/);
  });

  it('computes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
  });

  it('builds deterministic synthetic articles that pass validation', () => {
    const pool = { sentences: ['Satu kalimat.', 'Dua kalimat lagi.'], sentencesPerArticle: [3, 5], sentencesPerParagraph: [1, 2] };
    const a = syntheticArticle(pool, createRandom(1), 1);
    expect(syntheticArticle(pool, createRandom(1), 1)).toEqual(a);
    expect(a).toMatchObject({ id: 'bench-synthetic-000001', language: 'id' });
    expect(String(a.published)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('measures the seeds corpus and emits the contract JSON', async () => {
    const corpus = await buildBenchCorpus({ file: path.join(dir, 'bench.db'), seedsOnly: true });
    expect(corpus.articles).toBe(5);
    expect(corpus.sentences).toBeGreaterThan(50);
    expect(corpus.ingest.articlesPerSec).toBeGreaterThan(0);

    const questions = BUILTIN_QUESTIONS.slice(0, 4);
    const { db } = openCorpus(corpus.file);
    try {
      const engine = createEngine(db);
      const measured = measureEngine(engine, db, questions, { rounds: 1 });
      expect(measured.query.samples).toBe(questions.length);
      expect(measured.answered).toBeGreaterThan(0);
      const queries = analyseQueries(questions);
      expect(queries[0]?.match).toMatch(/"/);
      const floor = measureFloor(db, queries, { rounds: 2 });
      expect(floor.samples).toBe(2 * floor.queries);

      const docs = db.$client.prepare<[], { id: number; terms: string }>('SELECT id, terms FROM sentences').all();
      let t = performance.now();
      const index = buildPeerIndex(docs);
      const buildMs = performance.now() - t;
      expect(peerSearch(index, queries[0]!.terms).length).toBeGreaterThan(0);
      const peerLatency = measurePeerQueries(index, queries.map((q) => q.terms), { rounds: 2 });
      const peer: PeerMeasurement = { name: 'minisearch', indexed: 'sentences.terms', documents: docs.length, loadMs: 0, buildMs, ...peerLatency, rssMb: 0, heapMb: 0 };

      t = performance.now();
      const bot = await measureBotThroughput(engine, questions, { updates: 4, concurrency: 2, warmup: 1, fakeApi: 'in-process' });
      if ('skipped' in bot) throw new Error(`the bot run was skipped: ${bot.skipped}`);
      expect(bot.updates).toBe(4);
      expect(bot.replies).toBe(4);
      expect(bot.distinct.updates).toBe(1);
      expect(bot.distinct.updatesPerSec).toBeGreaterThan(0);

      const topFacts = measureTopFacts(db, { rounds: 3 });
      expect(topFacts.samples).toBe(3);
      expect(topFacts.facts).toBeGreaterThan(0);

      const result: BenchResult = {
        corpus,
        questions: { source: 'builtin', count: questions.length, id: 2, en: 2 },
        query: { openMs: 1, engine: measured, floor, topFacts, rssMb: 1, heapMb: 1 },
        peer,
        coldStart: { medianMs: 1, samplesMs: [1] },
        bot,
        commit: 'test',
        machine: { node: process.version, cpus: 1, cpuModel: 'test', platform: 'test', loadAverage: 0 },
        totalMs: 1,
      };
      const line = JSON.stringify(toBenchJson(result));
      expect(line).not.toContain('\n');
      expect(benchJsonProblems(JSON.parse(line))).toEqual([]);
      expect((JSON.parse(line) as { topFacts: { p95Ms: number } }).topFacts.p95Ms).toBe(topFacts.p95Ms);
      expect(renderTable(result)).toMatch(/query p50\/p95\/p99/);
      expect(renderTable(result)).toMatch(/top facts p50\/p95/);
    } finally {
      db.$client.close();
    }
  });

  it('reports what is missing from a bad JSON object', () => {
    expect(benchJsonProblems({ corpus: { articles: 1 } })).toContain('corpus.sentences is undefined, not a finite number');
  });
});
