/** The Answer as the JSON contract of design.md (field names fixed; extra fields allowed). */
import type { Answer } from '../search/answer-types.js';

/** A plain JSON-ready copy of the Answer, contract fields first. */
export function answerToJson(answer: Answer): Record<string, unknown> {
  const { question, language, noAnswer, answers, figures, ...rest } = answer;
  return {
    question,
    language,
    noAnswer,
    answers: answers.map((a) => ({
      text: a.text,
      outlet: a.outlet,
      article: a.article,
      title: a.title,
      published: a.published,
      url: a.url,
      score: a.score,
      alsoReportedBy: a.alsoReportedBy,
      sentenceId: a.sentenceId,
      start: a.start,
      end: a.end,
    })),
    ...(figures ? { figures } : {}),
    ...rest,
  };
}
