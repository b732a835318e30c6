/**
 * What editors learn from readers: the questions asked in chats and how they were answered, and
 * 👍/👎 on answers (the question and the quoted sentence ids, never who voted). `/gaps` lists
 * what the archive could not answer, by count; everything here is deleted after
 * QUESTION_LOG_DAYS.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { Answer } from '../search/answer-types.js';

export type Outcome = 'direct' | 'related' | 'not-found';

const DAY_MS = 86_400_000;

export function outcomeOf(answer: Answer): Outcome {
  if (answer.noAnswer) return 'not-found';
  return answer.match === 'related' ? 'related' : 'direct';
}

/** Logs a question asked in a chat (text, language, outcome and time only). */
export function recordQuestion(db: Db, question: string, answer: Answer, now = Date.now()): void {
  db.$client.prepare('INSERT INTO question_log (question, language, outcome, created_at) VALUES (?, ?, ?, ?)').run(question, answer.language, outcomeOf(answer), now);
}

/**
 * Records a vote. `voter` identifies the button and the person only through a hash, so a second
 * press changes the vote instead of counting twice; no name or id is stored.
 */
export function recordVote(db: Db, vote: { question: string; sentenceIds: number[]; up: boolean; voter: string }, now = Date.now()): void {
  const key = createHash('sha256').update(vote.voter).digest('hex').slice(0, 32);
  db.$client
    .prepare(
      `INSERT INTO feedback (question, sentence_ids, vote, vote_key, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(vote_key) DO UPDATE SET vote = excluded.vote, sentence_ids = excluded.sentence_ids, created_at = excluded.created_at`,
    )
    .run(vote.question, JSON.stringify(vote.sentenceIds), vote.up ? 1 : -1, key, now);
}

export interface GapLine {
  question: string;
  count: number;
}

export interface Gaps {
  days: number;
  notFound: GapLine[];
  related: GapLine[];
  votedDown: GapLine[];
}

/** Questions answered "not found" or only "related", and answers voted down, most asked first. */
export function listGaps(db: Db, days: number, options: { limit?: number; now?: number } = {}): Gaps {
  const since = (options.now ?? Date.now()) - days * DAY_MS;
  const limit = options.limit ?? 10;
  const c = db.$client;
  const byOutcome = (outcome: Outcome) =>
    c
      .prepare<[string, number, number], GapLine>(
        `SELECT min(question) AS question, count(*) AS count FROM question_log WHERE outcome = ? AND created_at >= ?
         GROUP BY lower(trim(question)) ORDER BY count DESC, max(created_at) DESC LIMIT ?`,
      )
      .all(outcome, since, limit);
  const votedDown = c
    .prepare<[number, number], GapLine>(
      `SELECT min(question) AS question, count(*) AS count FROM feedback WHERE vote < 0 AND created_at >= ?
       GROUP BY lower(trim(question)) ORDER BY count DESC, max(created_at) DESC LIMIT ?`,
    )
    .all(since, limit);
  return { days, notFound: byOutcome('not-found'), related: byOutcome('related'), votedDown };
}

/** Deletes logged questions and votes older than `days`; returns how many rows went. */
export function purgeQuestionLog(db: Db, days: number, now = Date.now()): number {
  const before = now - days * DAY_MS;
  const c = db.$client;
  return c.prepare('DELETE FROM question_log WHERE created_at < ?').run(before).changes + c.prepare('DELETE FROM feedback WHERE created_at < ?').run(before).changes;
}
