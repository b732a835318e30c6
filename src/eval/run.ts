/**
 * `npm run eval -- [--json] [--scale] [--cv K] [--verbose]`: answer quality on the sample
 * questions, beside a plain FTS5 baseline computed in the same run.
 *
 * Without --scale: the questions about the seeds, asked against the seeds alone. With
 * --scale: also every set against the seeds plus the 3,459 IndoSum articles.
 * --cv K: K-fold cross-validation of the tuned thresholds (src/search/weights.ts).
 * --questions FILE (repeatable): other question files in the same format instead of the samples,
 * such as a set kept apart from tuning; --claims FILE likewise for the claims set.
 */
import { answerToJson } from '../render/json.js';
import { createEngine } from '../search/engine.js';
import { createBaseline } from './baseline.js';
import { formatClaimsScore, readClaims, scoreClaims, type ClaimsScore } from './claims.js';
import { attributionCorpus, buildEvalDatabase } from './corpora.js';
import { crossValidate, formatCrossValidation } from './cross-validate.js';
import { loadQuestionSets, questionSetFromFile, type EvalQuestion } from './questions.js';
import { formatRun, type RunResult } from './report.js';
import { scoreAnswers, type ScoredAnswer } from './score.js';

interface Options {
  json: boolean;
  scale: boolean;
  verbose: boolean;
  cv?: number;
  questions: string[];
  claims?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const cvAt = argv.indexOf('--cv');
  const cv = cvAt >= 0 ? Number(argv[cvAt + 1]) : undefined;
  if (cv !== undefined && !(Number.isInteger(cv) && cv >= 2)) throw new Error('--cv takes a number of folds, 2 or more');
  for (const a of argv) if (a.startsWith('--') && !['--json', '--scale', '--verbose', '--cv', '--questions', '--claims'].includes(a)) throw new Error(`unknown option ${a}`);
  const questions = argv.flatMap((a, i) => (a === '--questions' ? [argv[i + 1] ?? ''] : []));
  if (questions.some((f) => !f || f.startsWith('--'))) throw new Error('--questions takes a file');
  const claimsAt = argv.indexOf('--claims');
  const claims = claimsAt >= 0 ? argv[claimsAt + 1] : undefined;
  if (claimsAt >= 0 && (!claims || claims.startsWith('--'))) throw new Error('--claims takes a file');
  return { json: argv.includes('--json'), scale: argv.includes('--scale'), verbose: argv.includes('--verbose'), ...(cv ? { cv } : {}), questions, ...(claims ? { claims } : {}) };
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  const sets = options.questions.length > 0 ? options.questions.map(questionSetFromFile) : loadQuestionSets();
  const corpora = options.scale || options.cv ? [false, true] : [false];
  const runs: RunResult[] = [];
  const claims = readClaims(options.claims);
  const claimRuns: { corpus: string; score: ClaimsScore }[] = [];
  const cvInputs: { corpus: string; questions: EvalQuestion[]; engine: ReturnType<typeof createEngine> }[] = [];
  for (const scale of corpora) {
    const db = buildEvalDatabase(scale);
    const engine = createEngine(db);
    const baseline = createBaseline(db);
    const attribution = attributionCorpus(db);
    const corpus = scale ? 'seeds + 3,459' : 'seeds';
    const asked = sets.filter((s) => scale || s.seeds);
    for (const set of asked) {
      const started = performance.now();
      const answers = set.questions.map((q) => answerToJson(engine.ask(q.question, { fresh: true })) as unknown as ScoredAnswer);
      const ms = performance.now() - started;
      runs.push({
        corpus,
        set: set.name,
        engine: scoreAnswers(set.questions, answers, attribution),
        baseline: scoreAnswers(set.questions, set.questions.map((q) => baseline(q.question))),
        msPerQuestion: ms / set.questions.length,
      });
    }
    // The claims set: the claims about the seeds on the seeds alone, every claim with the 3,459.
    claimRuns.push({ corpus, score: scoreClaims(engine, claims.filter((c) => scale || c.corpus === 'seeds')) });
    // The claims written apart from the rules (the held-out targets), on their own.
    if (scale) claimRuns.push({ corpus: `${corpus}, held-out claims`, score: scoreClaims(engine, claims.filter((c) => c.heldout)) });
    cvInputs.push({ corpus, questions: asked.flatMap((s) => s.questions), engine });
  }
  if (options.json) {
    const cv = options.cv ? cvInputs.map((c) => ({ corpus: c.corpus, ...crossValidate(c.engine, c.questions, options.cv!) })) : undefined;
    console.log(
      JSON.stringify({
        runs: runs.map(({ engine, baseline, ...r }) => ({ ...r, engine: { ...engine, misses: undefined }, baseline: { ...baseline, misses: undefined } })),
        claims: claimRuns.map((c) => ({ corpus: c.corpus, ...c.score })),
        ...(cv ? { cv } : {}),
      }),
    );
    return 0;
  }
  for (const run of runs) console.log(formatRun(run, options.verbose));
  for (const c of claimRuns) console.log(formatClaimsScore(c.corpus, c.score, options.verbose));
  if (options.cv) for (const c of cvInputs) console.log(formatCrossValidation(c.corpus, crossValidate(c.engine, c.questions, options.cv)));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
