/**
 * Scoring answers against sample questions: the rules of the project's reference scorer
 * (score-answers.mjs), as a library so that the evaluation, its cross-validation and the
 * quality tests share them.
 *
 * - A quote hits when its text contains one of the question's gold phrases (whitespace folded).
 * - hit@1, hit@3 and MRR@3 are over the questions that have an answer, whatever the answer's
 *   match level (the user sees the quotes either way).
 * - Declined: "not found", no quotes, or a "related" answer. A question that expects none
 *   should be declined.
 * - Precision: of the answers given as direct, the share whose first quote hits; a direct
 *   answer to a question that expects none is a miss.
 * - Attribution: every quote occurs verbatim in an article whose outlet is the quote's outlet.
 */
import type { EvalQuestion } from './questions.js';

/** What scoring needs of an answer (the Answer JSON contract). */
export interface ScoredAnswer {
  noAnswer: boolean;
  match?: 'direct' | 'related';
  answers: readonly { text: string; outlet: string }[];
}

/** The corpus for the attribution check: outlet and full text of every article. */
export interface AttributionCorpus {
  articles: readonly { outlet: string; text: string }[];
}

export interface Rates {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

export interface Score {
  /** By question language, over the questions that expect an answer. */
  byLanguage: Record<string, Rates>;
  /** By style (wh, yesno, claim, informal, ...), over the questions that expect an answer. */
  byStyle: Record<string, Rates>;
  /** Questions that expect no answer, and how many got no direct answer. */
  negatives: { n: number; declined: number };
  /** Answers given as direct, and how many had a right first quote. */
  direct: { n: number; right: number };
  /** Questions that expect an answer but were declined (not found or only related). */
  declinedAnswerable: number;
  attribution: { quotes: number; ok: number; bad: string[] };
  /** One line per miss, for --verbose. */
  misses: string[];
}

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** 0-based rank of the first of the first three quotes that holds a gold phrase, or -1. */
export function goldRank(q: Pick<EvalQuestion, 'gold'>, answer: ScoredAnswer): number {
  const gold = q.gold.map(fold);
  return answer.answers.slice(0, 3).findIndex((x) => gold.some((g) => fold(x.text).includes(g)));
}

/** True when the answer is shown as a direct answer (not "not found", not "related"). */
export function isDirect(answer: ScoredAnswer): boolean {
  return !answer.noAnswer && answer.answers.length > 0 && answer.match !== 'related';
}

function emptyRates(): Rates {
  return { n: 0, hit1: 0, hit3: 0, mrr: 0 };
}

/** Scores answers (same order as the questions). */
export function scoreAnswers(questions: readonly EvalQuestion[], answers: readonly ScoredAnswer[], corpus?: AttributionCorpus): Score {
  if (answers.length !== questions.length) throw new Error(`${answers.length} answers for ${questions.length} questions`);
  const texts = corpus?.articles.map((a) => ({ outlet: key(a.outlet), text: fold(a.text) })) ?? [];
  const score: Score = {
    byLanguage: {},
    byStyle: {},
    negatives: { n: 0, declined: 0 },
    direct: { n: 0, right: 0 },
    declinedAnswerable: 0,
    attribution: { quotes: 0, ok: 0, bad: [] },
    misses: [],
  };
  questions.forEach((q, i) => {
    const a = answers[i]!;
    if (corpus) {
      for (const x of a.answers) {
        const text = fold(x.text);
        const outlet = key(x.outlet);
        score.attribution.quotes++;
        const ok = text.length > 0 && outlet.length > 0 && texts.some((c) => c.text.includes(text) && (c.outlet.includes(outlet) || outlet.includes(c.outlet)));
        if (ok) score.attribution.ok++;
        else score.attribution.bad.push(`${q.id}: [${x.outlet}] ${x.text.slice(0, 90)}`);
      }
    }
    const direct = isDirect(a);
    const tag = !a.noAnswer && a.match === 'related' ? ' [related]' : '';
    const first = a.answers[0]?.text.slice(0, 90) ?? '(no answer)';
    if (q.expect === 'none') {
      score.negatives.n++;
      if (direct) {
        score.direct.n++;
        score.misses.push(`${q.id} [${q.lang} ${q.style}] answered: ${q.question} -> ${first}`);
      } else score.negatives.declined++;
      return;
    }
    const rank = goldRank(q, a);
    if (direct) {
      score.direct.n++;
      if (rank === 0) score.direct.right++;
    } else score.declinedAnswerable++;
    for (const rates of [(score.byLanguage[q.lang] ??= emptyRates()), (score.byStyle[q.style] ??= emptyRates())]) {
      rates.n++;
      if (rank === 0) rates.hit1++;
      if (rank >= 0) {
        rates.hit3++;
        rates.mrr += 1 / (rank + 1);
      }
    }
    if (rank < 0) score.misses.push(`${q.id} [${q.lang} ${q.style}] missed${tag}: ${q.question} -> ${first}`);
    else if (rank > 0) score.misses.push(`${q.id} [${q.lang} ${q.style}] rank ${rank + 1}${tag}: ${q.question}`);
    else if (!direct) score.misses.push(`${q.id} [${q.lang} ${q.style}] right but declined${tag}: ${q.question}`);
  });
  return score;
}

/** Rates as shares (hit@1, hit@3, MRR over n). */
export function shares(r: Rates): { hit1: number; hit3: number; mrr: number; n: number } {
  const d = r.n || 1;
  return { hit1: r.hit1 / d, hit3: r.hit3 / d, mrr: r.mrr / d, n: r.n };
}

/** One number to maximise when tuning: mean hit@1 over languages, precision and declines. */
export function objective(s: Score): number {
  const langs = Object.values(s.byLanguage);
  const hit1 = langs.reduce((sum, r) => sum + shares(r).hit1, 0) / (langs.length || 1);
  const precision = s.direct.n ? s.direct.right / s.direct.n : 1;
  const declined = s.negatives.n ? s.negatives.declined / s.negatives.n : 1;
  return hit1 + 0.5 * precision + 0.5 * declined;
}
