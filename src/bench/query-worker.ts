/**
 * Child process of the bench: opens the bench database the way the product does, answers the
 * questions, times the floor, and reports its RSS afterwards. A process of its own, so that the
 * RSS is that of a process serving questions, not of the one that just ingested the corpus.
 * Input: a JSON file {dbPath, questions, rounds, budgetMs}; output: one JSON line on stdout.
 */
import fs from 'node:fs';
import { openCorpus } from '../corpus/bootstrap.js';
import { createEngine } from '../search/engine.js';
import { analyseQueries, measureEngine, measureFloor, measureTopFacts, type EngineMeasurement, type FloorMeasurement, type TopFactsMeasurement } from './query.js';
import type { BenchQuestion } from './questions.js';
import { MB, round1, round2 } from './stats.js';

interface QueryWorkerInput {
  dbPath: string;
  questions: BenchQuestion[];
  rounds?: number;
  budgetMs?: number;
}

/** What the query worker prints. */
export interface QueryWorkerOutput {
  /** openCorpus + createEngine on the existing database. */
  openMs: number;
  engine: EngineMeasurement;
  floor: FloorMeasurement;
  /** Inline mode's top facts computed afresh (after a corpus change); `facts` found. */
  topFacts?: TopFactsMeasurement;
  rssMb: number;
  heapMb: number;
}

function main(): void {
  const inputFile = process.argv[2];
  if (!inputFile) throw new Error('usage: query-worker.ts INPUT.json');
  const input = JSON.parse(fs.readFileSync(inputFile, 'utf8')) as QueryWorkerInput;
  const t = performance.now();
  const { db } = openCorpus(input.dbPath);
  const engine = createEngine(db);
  const openMs = performance.now() - t;
  const options = { rounds: input.rounds ?? 5, budgetMs: input.budgetMs ?? 20_000 };
  const measured = measureEngine(engine, db, input.questions, options);
  const floor = measureFloor(db, analyseQueries(input.questions, db), { rounds: options.rounds * 4, budgetMs: options.budgetMs / 4 });
  const memory = process.memoryUsage();
  // After the RSS reading, which stays that of a process answering questions (as before).
  const topFacts = measureTopFacts(db, { rounds: options.rounds * 4, budgetMs: options.budgetMs / 4 });
  const output: QueryWorkerOutput = {
    openMs: round2(openMs),
    engine: measured,
    floor,
    topFacts,
    rssMb: round1(memory.rss / MB),
    heapMb: round1(memory.heapUsed / MB),
  };
  db.$client.close();
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main();
