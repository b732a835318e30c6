/**
 * Child process of the bench: builds the MiniSearch peer and measures it, so that its memory is
 * measured alone and does not inflate the product's RSS figure. Run with --expose-gc.
 * Input: a JSON file {dbPath, queries, rounds, budgetMs}; output: one JSON line on stdout.
 */
import fs from 'node:fs';
import { openDatabase } from '../db/database.js';
import { buildPeerIndex, measurePeerQueries, type PeerDocument, type PeerMeasurement } from './peer.js';
import { MB, round1, round2 } from './stats.js';

interface PeerWorkerInput {
  dbPath: string;
  queries: string[][];
  rounds?: number;
  budgetMs?: number;
}

const collect = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
};

function main(): void {
  const inputFile = process.argv[2];
  if (!inputFile) throw new Error('usage: peer-worker.ts INPUT.json');
  const input = JSON.parse(fs.readFileSync(inputFile, 'utf8')) as PeerWorkerInput;
  const db = openDatabase(input.dbPath, { readonly: true });
  collect();
  const before = process.memoryUsage();
  let t = performance.now();
  let documents: PeerDocument[] | undefined = db.$client.prepare<[], PeerDocument>('SELECT id, terms FROM sentences').all();
  const loadMs = performance.now() - t;
  const count = documents.length;
  t = performance.now();
  const index = buildPeerIndex(documents);
  const buildMs = performance.now() - t;
  documents = undefined;
  db.$client.close();
  collect();
  const after = process.memoryUsage();
  const latency = measurePeerQueries(index, input.queries, { rounds: input.rounds ?? 20, budgetMs: input.budgetMs ?? 5_000 });
  const result: PeerMeasurement = {
    name: 'minisearch',
    indexed: 'sentences.terms',
    documents: count,
    loadMs: round2(loadMs),
    buildMs: round2(buildMs),
    ...latency,
    rssMb: round1((after.rss - before.rss) / MB),
    heapMb: round1((after.heapUsed - before.heapUsed) / MB),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
