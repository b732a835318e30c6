/**
 * What an answer message showed, kept behind its buttons: the ordered sentence ids of every quote
 * of the answer (and of the outlets that printed the same), the "figures differ" lines, the
 * language. "More", "In context" and "Source" rebuild their replies from these, never by asking
 * the question again: once articles are added, replaced or removed, a fresh answer may differ from
 * the one on the message, and a button must not show a quote the message did not lead to.
 *
 * Quotes are rebuilt from the stored sentences (the text is the sentence row, verbatim from its
 * article). Sentence ids are never reused (AUTOINCREMENT); a quote whose sentence is gone
 * (article replaced or removed since) is left out.
 */
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { AlsoReported, Answer, Quote } from '../../search/answer-types.js';

const shownQuoteSchema = z.object({
  sentenceId: z.number().int(),
  /** The article's slug: "Source" names the article even after it was replaced. */
  article: z.string(),
  score: z.number(),
  /** Sentence ids of the other outlets' sentences, in the order shown. */
  also: z.array(z.number().int()),
});

export const shownAnswerSchema = z.object({
  language: z.enum(['id', 'en']),
  kind: z.enum(['person', 'number', 'date', 'place', 'reason', 'manner', 'name', 'yesno', 'any']),
  /** Direct or related: a later page of a related answer still says so. */
  match: z.enum(['direct', 'related']).optional(),
  truncated: z.boolean(),
  quotes: z.array(shownQuoteSchema),
  figures: z.array(z.object({ label: z.string(), value: z.number(), outlets: z.array(z.string()) })),
});

export type ShownAnswer = z.infer<typeof shownAnswerSchema>;

/** The part of `answer` a message shows (on any of its pages), by sentence id. */
export function shownAnswerOf(answer: Answer): ShownAnswer {
  return {
    language: answer.language,
    kind: answer.kind,
    ...(answer.match ? { match: answer.match } : {}),
    truncated: answer.truncated === true,
    quotes: answer.answers.map((q) => ({ sentenceId: q.sentenceId, article: q.article, score: q.score, also: q.alsoReportedBy.map((a) => a.sentenceId) })),
    // Only what the message shows of a figure (its label and outlets); the quotes stay out.
    figures: (answer.figures ?? []).map((f) => ({ label: f.label, value: f.value, outlets: f.outlets })),
  };
}

interface SentenceRow {
  id: number;
  text: string;
  start: number;
  end: number;
  slug: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string;
}

/** The stored sentences with their article and outlet, by id (missing ids are absent). */
function sentencesById(db: Db, ids: readonly number[]): Map<number, SentenceRow> {
  const unique = [...new Set(ids)];
  const rows = new Map<number, SentenceRow>();
  // Well under SQLite's 32,766 bound parameters: an answer holds a few dozen sentences.
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const found = db.$client
      .prepare<number[], SentenceRow>(
        `SELECT s.id, s.text, s.start, s."end", a.slug, a.title, a.published, a.url, o.name AS outlet
         FROM sentences s JOIN articles a ON a.id = s.article_id JOIN outlets o ON o.id = a.outlet_id
         WHERE s.id IN (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk);
    for (const row of found) rows.set(row.id, row);
  }
  return rows;
}

/** The answer the message showed, rebuilt from the database; quotes whose sentence is gone are left out. */
export function answerFromShown(db: Db, question: string, shown: ShownAnswer): Answer {
  const rows = sentencesById(db, shown.quotes.flatMap((q) => [q.sentenceId, ...q.also]));
  const answers: Quote[] = [];
  for (const q of shown.quotes) {
    const row = rows.get(q.sentenceId);
    if (!row) continue;
    const alsoReportedBy: AlsoReported[] = [];
    for (const id of q.also) {
      const other = rows.get(id);
      if (other) alsoReportedBy.push({ outlet: other.outlet, article: other.slug, published: other.published, text: other.text, sentenceId: other.id });
    }
    answers.push({
      text: row.text,
      outlet: row.outlet,
      article: row.slug,
      title: row.title,
      published: row.published,
      url: row.url,
      score: q.score,
      sentenceId: row.id,
      start: row.start,
      end: row.end,
      alsoReportedBy,
    });
  }
  return {
    question,
    language: shown.language,
    kind: shown.kind,
    noAnswer: answers.length === 0,
    ...(shown.match && answers.length > 0 ? { match: shown.match } : {}),
    answers,
    ...(shown.figures.length > 0 ? { figures: shown.figures.map((f) => ({ ...f, quotes: [] })) } : {}),
    ...(shown.truncated ? { truncated: true } : {}),
  };
}
