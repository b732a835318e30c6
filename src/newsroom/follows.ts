/**
 * Follow-ups: a chat follows a question or claim; whenever articles arrive, each follow is asked
 * again, and the chat hears about a direct answer that comes from a new article and that it has
 * not seen before (compared by the quote's normalised text, so a reprint by another outlet is
 * not news). Stored in SQLite, so follows survive restarts.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { Engine } from '../search/engine.js';
import type { Answer, Language, Quote } from '../search/answer-types.js';
import { foldText } from '../text/normalize.js';

export interface Follow {
  id: number;
  chatId: number;
  question: string;
  language: Language;
  lastArticleId: number;
}

/** Most follows one chat may keep. */
export const MAX_FOLLOWS_PER_CHAT = 20;
/** Quotes in one alert at most. */
export const MAX_QUOTES_PER_ALERT = 3;
/** Quotes asked for when re-asking a follow (new articles may rank below older ones). */
const QUOTES_CHECKED = 20;

/** The hash a quote is recognised by: folded text, punctuation and spacing ignored. */
export function quoteHash(text: string): string {
  return createHash('sha256')
    .update(foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .digest('hex')
    .slice(0, 32);
}

/** The quotes of an answer that answer the question directly ("related" and "not found" do not). */
export function directQuotes(answer: Answer): Quote[] {
  if (answer.noAnswer) return [];
  if (answer.match === 'related') return [];
  return answer.answers;
}

const hashesOf = (q: Quote) => [quoteHash(q.text), ...q.alsoReportedBy.map((a) => quoteHash(a.text))];

function maxArticleId(db: Db): number {
  return (db.$client.prepare('SELECT coalesce(max(id), 0) AS id FROM articles').get() as { id: number }).id;
}

const FOLLOW_COLUMNS = 'id, chat_id AS chatId, question, language, last_article_id AS lastArticleId';

export type AddFollowResult = { status: 'added' | 'exists'; follow: Follow } | { status: 'too-many' };

/** Follows `question` in `chat`; what the archive already answers counts as known (no alert for it). */
export function addFollow(db: Db, engine: Engine, chatId: number, question: string, language: Language, now = Date.now()): AddFollowResult {
  const c = db.$client;
  const existing = c.prepare<[number, string], Follow>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE chat_id = ? AND question = ?`).get(chatId, question);
  if (existing) return { status: 'exists', follow: existing };
  const n = (c.prepare('SELECT count(*) AS n FROM follows WHERE chat_id = ?').get(chatId) as { n: number }).n;
  if (n >= MAX_FOLLOWS_PER_CHAT) return { status: 'too-many' };
  const known = directQuotes(engine.ask(question, { limit: QUOTES_CHECKED })).flatMap(hashesOf);
  const follow = c.transaction(() => {
    const id = Number(c.prepare('INSERT INTO follows (chat_id, question, language, last_article_id) VALUES (?, ?, ?, ?)').run(chatId, question, language, maxArticleId(db)).lastInsertRowid);
    const insert = c.prepare("INSERT OR IGNORE INTO follow_quotes (follow_id, text_hash, kind, sent_at) VALUES (?, ?, 'known', ?)");
    for (const h of known) insert.run(id, h, now);
    return c.prepare<[number], Follow>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE id = ?`).get(id)!;
  })();
  return { status: 'added', follow };
}

export function listFollows(db: Db, chatId: number): Follow[] {
  return db.$client.prepare<[number], Follow>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE chat_id = ? ORDER BY id`).all(chatId);
}

/** Removes one follow (its number in `/following`, from 1) or all; returns how many were removed. */
export function removeFollows(db: Db, chatId: number, which: number | 'all'): number {
  if (which === 'all') return db.$client.prepare('DELETE FROM follows WHERE chat_id = ?').run(chatId).changes;
  const follow = listFollows(db, chatId)[which - 1];
  if (!follow) return 0;
  return db.$client.prepare('DELETE FROM follows WHERE id = ?').run(follow.id).changes;
}

export interface FollowAlert {
  follow: Follow;
  /** New direct answers from new articles, best first. */
  quotes: Quote[];
  /** The newest article id checked; stored when the alert is sent. */
  upTo: number;
}

const HOUR_MS = 3_600_000;

/** Alerts sent to a chat in the last hour. */
function alertsInLastHour(db: Db, chatId: number, now: number): number {
  return (
    db.$client
      .prepare(
        `SELECT count(DISTINCT q.follow_id || ':' || q.sent_at) AS n FROM follow_quotes q JOIN follows f ON f.id = q.follow_id
         WHERE f.chat_id = ? AND q.kind = 'alert' AND q.sent_at > ?`,
      )
      .get(chatId, now - HOUR_MS) as { n: number }
  ).n;
}

/**
 * Asks every follow again over the articles that arrived since it was last checked. Follows with
 * nothing new move their mark forward; a chat over its hourly limit keeps its mark, so its
 * alert comes later.
 */
export function collectAlerts(db: Db, engine: Engine, options: { maxPerHour: number; now?: number }): FollowAlert[] {
  const c = db.$client;
  const now = options.now ?? Date.now();
  const upTo = maxArticleId(db);
  const pending = c.prepare<[number], Follow>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE last_article_id < ? ORDER BY id`).all(upTo);
  if (pending.length === 0) return [];
  const slugsAfter = c.prepare<[number], { slug: string }>('SELECT slug FROM articles WHERE id > ?');
  const isKnown = c.prepare<[number, string], { x: number }>('SELECT 1 AS x FROM follow_quotes WHERE follow_id = ? AND text_hash = ?');
  const advance = c.prepare('UPDATE follows SET last_article_id = ? WHERE id = ?');
  const sentThisRound = new Map<number, number>();
  const alerts: FollowAlert[] = [];
  for (const follow of pending) {
    const fresh = new Set(slugsAfter.all(follow.lastArticleId).map((r) => r.slug));
    const quotes = directQuotes(engine.ask(follow.question, { limit: QUOTES_CHECKED })).filter(
      (q) => fresh.has(q.article) && !isKnown.get(follow.id, quoteHash(q.text)),
    );
    if (quotes.length === 0) {
      advance.run(upTo, follow.id);
      continue;
    }
    const sent = (sentThisRound.get(follow.chatId) ?? 0) + alertsInLastHour(db, follow.chatId, now);
    if (sent >= options.maxPerHour) continue;
    sentThisRound.set(follow.chatId, (sentThisRound.get(follow.chatId) ?? 0) + 1);
    alerts.push({ follow, quotes: quotes.slice(0, MAX_QUOTES_PER_ALERT), upTo });
  }
  return alerts;
}

/** Records a sent alert: its quotes (and their reprints) are known, the mark moves forward. */
export function markAlertSent(db: Db, alert: FollowAlert, now = Date.now()): void {
  const c = db.$client;
  c.transaction(() => {
    const insert = c.prepare("INSERT OR IGNORE INTO follow_quotes (follow_id, text_hash, kind, sent_at) VALUES (?, ?, 'alert', ?)");
    for (const q of alert.quotes) for (const h of hashesOf(q)) insert.run(alert.follow.id, h, now);
    c.prepare('UPDATE follows SET last_article_id = ? WHERE id = ?').run(alert.upTo, alert.follow.id);
  })();
}

/** Removes every follow of a chat (the bot was blocked or removed from it). */
export function forgetChat(db: Db, chatId: number): void {
  db.$client.prepare('DELETE FROM follows WHERE chat_id = ?').run(chatId);
}
