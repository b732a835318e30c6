import { runWorker } from '../src/bench/child.js';
import { loadQuestions } from '../src/bench/questions.js';
const { questions } = loadQuestions();
const out = await runWorker<any>('query-worker.ts', { dbPath: process.argv[2], questions, rounds: 5, budgetMs: 20000 });
console.log(JSON.stringify({ query: out.engine.query, floor: { p50Ms: out.floor.p50Ms, p95Ms: out.floor.p95Ms }, topFacts: out.topFacts, rssMb: out.rssMb, heapMb: out.heapMb }));
