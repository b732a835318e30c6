/** The evaluation's scoring rules and cross-validation folds. */
import { describe, expect, it } from 'vitest';
import { foldOf, gridPoints } from '../../src/eval/cross-validate.js';
import type { EvalQuestion } from '../../src/eval/questions.js';
import { goldRank, isDirect, objective, scoreAnswers } from '../../src/eval/score.js';

const q = (id: string, lang: 'id' | 'en', expect: 'answer' | 'none', gold: string[] = ['14.000 tentara']): EvalQuestion => ({ id, lang, question: `q ${id}`, gold, expect, style: 'wh' });
const quote = (text: string, outlet = 'GELORA.CO') => ({ text, outlet });

describe('scoring', () => {
  it('finds the gold phrase in the first three quotes, whitespace folded', () => {
    expect(goldRank(q('a', 'id', 'answer'), { noAnswer: false, answers: [quote('x'), quote('total  14.000\ntentara')] })).toBe(1);
    expect(goldRank(q('a', 'id', 'answer'), { noAnswer: false, answers: [quote('x'), quote('y'), quote('z'), quote('14.000 tentara')] })).toBe(-1);
  });

  it('counts related answers as declined but still scores their quotes for hit@1', () => {
    const questions = [q('a', 'id', 'answer'), q('b', 'en', 'none'), q('c', 'en', 'answer')];
    const s = scoreAnswers(questions, [
      { noAnswer: false, match: 'related', answers: [quote('sekitar 14.000 tentara')] },
      { noAnswer: false, match: 'related', answers: [quote('anything')] },
      { noAnswer: false, match: 'direct', answers: [quote('wrong')] },
    ]);
    expect(s.byLanguage.id!.hit1).toBe(1);
    expect(s.negatives).toEqual({ n: 1, declined: 1 });
    expect(s.direct).toEqual({ n: 1, right: 0 });
    expect(isDirect({ noAnswer: false, answers: [quote('x')] })).toBe(true);
    expect(objective(s)).toBeCloseTo((1 + 0) / 2 + 0 + 0.5);
  });

  it('checks attribution: verbatim in an article of the named outlet', () => {
    const s = scoreAnswers([q('a', 'id', 'answer')], [{ noAnswer: false, answers: [quote('14.000 tentara', 'Gelora'), quote('14.000 tentara', 'NTVNews')] }], {
      articles: [{ outlet: 'GELORA.CO', text: 'Korea Utara mengirim 14.000 tentara.' }],
    });
    expect(s.attribution.ok).toBe(1);
    expect(s.attribution.bad).toHaveLength(1);
  });
});

describe('cross-validation', () => {
  it('assigns folds by id, stably and into every fold', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `s${i}`);
    const folds = ids.map((id) => foldOf(id, 5));
    expect(new Set(folds).size).toBe(5);
    expect(ids.map((id) => foldOf(id, 5))).toEqual(folds);
  });

  it('searches only grid points where direct needs more than related', () => {
    const points = gridPoints();
    expect(points.length).toBeGreaterThan(10);
    for (const p of points) expect(p.directCoverage).toBeGreaterThan(p.relatedCoverage);
  });
});
