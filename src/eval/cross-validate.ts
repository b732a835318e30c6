/**
 * K-fold cross-validation of the answer policy's thresholds (src/search/weights.ts): for each
 * fold, the grid point that scores best on the other folds is chosen, then scored on the
 * fold it never saw. The gap between the two says how much the thresholds are fitted to the
 * samples rather than learnt from them.
 */
import { composeAnswer, rankQuestion } from '../search/answer.js';
import { createSearchIndex } from '../search/search-index.js';
import type { Engine } from '../search/engine.js';
import { RANKING_PARAMS, TUNED, TUNED_GRID, type TunedParams } from '../search/weights.js';
import { answerToJson } from '../render/json.js';
import type { EvalQuestion } from './questions.js';
import { objective, scoreAnswers, shares, type Score, type ScoredAnswer } from './score.js';

export interface FoldResult {
  chosen: TunedParams;
  train: number;
  heldOut: number;
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Mean objective (see score.ts) on the training folds and on the held-out folds. */
  train: number;
  heldOut: number;
  /** The held-out answers pooled over all folds, scored as one run. */
  heldOutScore: Score;
  /** The shipped thresholds scored on all questions (for comparison). */
  shipped: number;
  /** The grid point that scores best on all questions, and its objective. */
  bestOnAll: { params: TunedParams; objective: number };
}

/** Every combination of the grid's values. */
export function gridPoints(grid = TUNED_GRID): TunedParams[] {
  let points: Partial<TunedParams>[] = [{}];
  for (const [key, values] of Object.entries(grid) as [keyof TunedParams, readonly number[]][]) {
    points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  }
  return (points as TunedParams[]).filter((p) => p.directCoverage > p.relatedCoverage);
}

/** What scoring reads of an answer: its match level and its first three quotes. */
function scoredPart(answer: ScoredAnswer): ScoredAnswer {
  return { noAnswer: answer.noAnswer, ...(answer.match ? { match: answer.match } : {}), answers: answer.answers.slice(0, 3).map(({ text, outlet }) => ({ text, outlet })) };
}

/** Fold of each question: a stable hash of its id, so folds do not depend on file order. */
export function foldOf(id: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

export function crossValidate(engine: Engine, questions: readonly EvalQuestion[], k: number): CrossValidation {
  const index = createSearchIndex(engine.db);
  const points = gridPoints();
  // Rank once per combination of the ranking parameters, apply each policy to that ranking,
  // then let it go: only what scoring reads of each answer is kept (the rankings of every
  // combination at once do not fit in memory with the 3,459 articles).
  const rankingKey = (p: TunedParams) => RANKING_PARAMS.map((k) => p[k]).join('/');
  const byRanking = new Map<string, TunedParams[]>();
  for (const p of [...points, TUNED]) byRanking.set(rankingKey(p), [...(byRanking.get(rankingKey(p)) ?? []), p]);
  const all: { p: TunedParams; answers: ScoredAnswer[] }[] = [];
  let shippedAnswers: ScoredAnswer[] = [];
  for (const policies of byRanking.values()) {
    const ranked = questions.map((q) => rankQuestion(index, q.question, policies[0]));
    for (const p of policies) {
      const answers = ranked.map((r) => scoredPart(answerToJson(composeAnswer(index, r, 5, p)) as unknown as ScoredAnswer));
      if (p === TUNED) shippedAnswers = answers;
      else all.push({ p, answers });
    }
  }
  const folds: FoldResult[] = [];
  const heldOutAnswers: ScoredAnswer[] = new Array<ScoredAnswer>(questions.length);
  const fold = questions.map((q) => foldOf(q.id, k));
  const subset = <T>(items: readonly T[], keep: (f: number) => boolean) => items.filter((_, i) => keep(fold[i]!));
  for (let f = 0; f < k; f++) {
    const trainQ = subset(questions, (x) => x !== f);
    const testQ = subset(questions, (x) => x === f);
    if (testQ.length === 0) continue;
    let best = all[0]!;
    let bestScore = -Infinity;
    for (const candidate of all) {
      const s = objective(scoreAnswers(trainQ, subset(candidate.answers, (x) => x !== f)));
      if (s > bestScore) [best, bestScore] = [candidate, s];
    }
    folds.push({ chosen: best.p, train: bestScore, heldOut: objective(scoreAnswers(testQ, subset(best.answers, (x) => x === f))) });
    questions.forEach((_, i) => {
      if (fold[i] === f) heldOutAnswers[i] = best.answers[i]!;
    });
  }
  const scored = all.map((c) => ({ params: c.p, objective: objective(scoreAnswers(questions, c.answers)) }));
  const bestOnAll = scored.reduce((a, b) => (b.objective > a.objective ? b : a));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  return {
    folds,
    train: mean(folds.map((x) => x.train)),
    heldOut: mean(folds.map((x) => x.heldOut)),
    heldOutScore: scoreAnswers(questions, heldOutAnswers),
    shipped: objective(scoreAnswers(questions, shippedAnswers)),
    bestOnAll,
  };
}

const f2 = (x: number) => x.toFixed(3);
const describe = (p: TunedParams) => (Object.keys(TUNED_GRID) as (keyof TunedParams)[]).map((k) => `${k}=${p[k]}`).join(' ');

export function formatCrossValidation(corpus: string, cv: CrossValidation): string {
  const lines = [`== ${cv.folds.length}-fold cross-validation of the policy thresholds on ${corpus}`];
  lines.push('objective = mean hit@1 over languages + 0.5 x direct precision + 0.5 x unanswerable declined (max 2)');
  cv.folds.forEach((f, i) =>
    lines.push(`  fold ${i + 1}: chose ${describe(f.chosen)}  train ${f2(f.train)}  held-out ${f2(f.heldOut)}`),
  );
  lines.push(`  mean: train ${f2(cv.train)}  held-out ${f2(cv.heldOut)}  gap ${f2(cv.train - cv.heldOut)}   shipped thresholds on all: ${f2(cv.shipped)}`);
  lines.push(`  best on all questions: ${describe(cv.bestOnAll.params)} (${f2(cv.bestOnAll.objective)})`);
  const s = cv.heldOutScore;
  const langs = Object.entries(s.byLanguage).map(([l, r]) => `${l} hit@1 ${shares(r).hit1.toFixed(2)}`).join(', ');
  lines.push(`  held-out answers pooled: ${langs}, direct precision ${(s.direct.right / (s.direct.n || 1)).toFixed(2)} (${s.direct.right}/${s.direct.n}), unanswerable declined ${s.negatives.declined}/${s.negatives.n}`);
  return `${lines.join('\n')}\n`;
}
