/**
 * Answer quality on the sample questions (tests/fixtures/eval), through the real engine and
 * the evaluation's own scoring (src/eval). The floors are what the engine measurably reaches
 * (README, "Answer quality"), so a change that loses answers fails here; `npm run eval`
 * prints the full tables beside the plain FTS5 baseline.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/search/engine.js';
import { answerToJson } from '../../src/render/json.js';
import { attributionCorpus, buildEvalDatabase } from '../../src/eval/corpora.js';
import { loadQuestionSets } from '../../src/eval/questions.js';
import { scoreAnswers, shares, type ScoredAnswer } from '../../src/eval/score.js';

const sets = loadQuestionSets();
const about = (name: string) => sets.find((s) => s.name === name)!.questions;

const databases = new Map<boolean, ReturnType<typeof buildEvalDatabase>>();
function run(scale: boolean, questions: ReturnType<typeof about>) {
  const db = databases.get(scale) ?? databases.set(scale, buildEvalDatabase(scale)).get(scale)!;
  const engine = createEngine(db);
  const answers = questions.map((q) => answerToJson(engine.ask(q.question)) as unknown as ScoredAnswer);
  return scoreAnswers(questions, answers, attributionCorpus(db));
}

describe('answer quality on the sample questions, seeds alone', () => {
  it('answers the first samples, declines their off-topic questions, quotes verbatim', () => {
    const s = run(false, about('dev-questions'));
    expect(shares(s.byLanguage.id!).hit1).toBe(1);
    expect(shares(s.byLanguage.en!).hit1).toBe(1);
    expect(s.negatives.declined).toBe(s.negatives.n);
    expect(s.direct.right).toBe(s.direct.n);
    expect(s.attribution.ok).toBe(s.attribution.quotes);
  });

  it('keeps hit@1, direct precision and declines on the questions of every style', () => {
    const s = run(false, about('dev-seeds'));
    expect(shares(s.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.7);
    expect(shares(s.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.75);
    expect(s.direct.right / (s.direct.n || 1)).toBeGreaterThanOrEqual(0.95);
    expect(s.negatives.declined).toBe(s.negatives.n);
    expect(s.attribution.ok).toBe(s.attribution.quotes);
  });

  it('holds on the questions written later about other sentences of the seeds', () => {
    const s = run(false, about('more-seeds'));
    expect(shares(s.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.85);
    expect(shares(s.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.7);
    expect(s.direct.right / (s.direct.n || 1)).toBeGreaterThanOrEqual(0.95);
    expect(s.negatives.declined).toBe(s.negatives.n);
    const fresh = run(false, about('fresh-seeds'));
    expect(shares(fresh.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.6);
    expect(shares(fresh.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.65);
    expect(fresh.negatives.declined).toBe(fresh.negatives.n);
    const blind = run(false, about('blind-seeds'));
    expect(shares(blind.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.65);
    expect(shares(blind.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.65);
    expect(blind.negatives.declined).toBe(blind.negatives.n);
    const sealed = run(false, about('sealed-seeds'));
    expect(shares(sealed.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.55);
    expect(shares(sealed.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.7);
    expect(sealed.negatives.declined).toBe(sealed.negatives.n);
  });
});

describe('answer quality with the 3,459 IndoSum articles', () => {
  it('holds on the seeds questions and finds answers in other articles', { timeout: 180_000 }, () => {
    const seeds = run(true, [...about('dev-questions'), ...about('dev-seeds'), ...about('more-seeds')]);
    expect(shares(seeds.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.7);
    expect(shares(seeds.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.6);
    expect(seeds.direct.right / (seeds.direct.n || 1)).toBeGreaterThanOrEqual(0.9);
    const corpus = run(true, [...about('dev-corpus'), ...about('more-corpus'), ...about('fresh-corpus'), ...about('blind-corpus'), ...about('sealed-corpus')]);
    expect(shares(corpus.byLanguage.id!).hit1).toBeGreaterThanOrEqual(0.55);
    expect(shares(corpus.byLanguage.en!).hit1).toBeGreaterThanOrEqual(0.45);
    expect(corpus.negatives.declined).toBe(corpus.negatives.n);
    expect(corpus.attribution.ok).toBe(corpus.attribution.quotes);
  });
});
