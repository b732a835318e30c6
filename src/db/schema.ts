import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** News outlets, one row per display name. */
export const outlets = sqliteTable('outlets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  site: text('site'),
});

/** One article as received; `original` is never modified, every offset points into it. */
export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    outletId: integer('outlet_id')
      .notNull()
      .references(() => outlets.id),
    title: text('title'),
    byline: text('byline'),
    published: text('published'),
    url: text('url'),
    language: text('language').notNull().default('id'),
    original: text('original').notNull(),
    /** sha256 over the metadata and text: re-ingesting the same article is a no-op. */
    contentHash: text('content_hash').notNull(),
    /** sha256 over the normalised body only: the same story under another id is a duplicate. */
    bodyHash: text('body_hash').notNull(),
    source: text('source'),
    ingestedAt: text('ingested_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index('articles_outlet_idx').on(t.outletId),
    uniqueIndex('articles_body_hash_idx').on(t.bodyHash),
    // Newest first without scanning every article (inline mode's top facts, the coverage summary).
    index('articles_published_idx').on(t.published),
  ],
);

/** Paragraphs that survived cleaning; `role` is title, lead, body or notice (clean.ts). */
export const passages = sqliteTable(
  'passages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    role: text('role', { enum: ['title', 'lead', 'body', 'notice'] }).notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Analysed terms (the same analyser as questions), space-separated; indexed by passages_fts. */
    terms: text('terms').notNull(),
  },
  (t) => [index('passages_article_idx').on(t.articleId, t.position)],
);

/** Sentences with offsets into articles.original: original.slice(start, end) === text. */
export const sentences = sqliteTable(
  'sentences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    passageId: integer('passage_id')
      .notNull()
      .references(() => passages.id, { onDelete: 'cascade' }),
    /** Position in the article, 0-based, counting only kept sentences. */
    position: integer('position').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    /** Analysed terms, space-separated; indexed by sentences_fts. */
    terms: text('terms').notNull(),
    /** Normalised numeric values found in the sentence (JSON array), for figure comparison. */
    numbers: text('numbers').notNull().default('[]'),
  },
  (t) => [index('sentences_article_idx').on(t.articleId, t.position), index('sentences_passage_idx').on(t.passageId)],
);

/** Per-chat preferences of the bot (language); one small table so a shared store can replace it. */
export const chatSettings = sqliteTable('chat_settings', {
  chatId: integer('chat_id').primaryKey(),
  language: text('language', { enum: ['id', 'en'] }),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** Server-side state behind inline buttons (callback_data holds only the short id). */
export const buttonStates = sqliteTable(
  'button_states',
  {
    id: text('id').primaryKey(),
    payload: text('payload').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('button_states_created_idx').on(t.createdAt)],
);

/** Key/value facts about the database itself, e.g. which analyser version built the terms. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// --- Newsroom (issue 13): feeds, follow-ups, feedback, question log (migration 0004) ---

/** RSS/Atom feeds polled for new articles, with the validators of the last successful fetch. */
export const feeds = sqliteTable('feeds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull().unique(),
  title: text('title'),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastPolledAt: text('last_polled_at'),
  lastSuccessAt: text('last_success_at'),
  lastError: text('last_error'),
  failures: integer('failures').notNull().default(0),
});

/** Items already taken from a feed, by URL and by content hash (new items only). */
export const feedItems = sqliteTable(
  'feed_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    contentHash: text('content_hash').notNull(),
    articleSlug: text('article_slug'),
    seenAt: text('seen_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [uniqueIndex('feed_items_url_idx').on(t.feedId, t.url), index('feed_items_hash_idx').on(t.contentHash)],
);

/** A chat follows a question or claim; `lastArticleId` is the newest article already checked. */
export const follows = sqliteTable(
  'follows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id').notNull(),
    question: text('question').notNull(),
    language: text('language', { enum: ['id', 'en'] }).notNull(),
    lastArticleId: integer('last_article_id').notNull().default(0),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [uniqueIndex('follows_chat_question_idx').on(t.chatId, t.question)],
);

/** Quotes a follow already knows (at follow time) or was alerted about, by normalised text hash. */
export const followQuotes = sqliteTable(
  'follow_quotes',
  {
    followId: integer('follow_id')
      .notNull()
      .references(() => follows.id, { onDelete: 'cascade' }),
    textHash: text('text_hash').notNull(),
    /** 'known' (answered when followed) or 'alert' (sent in an alert at `sentAt`). */
    kind: text('kind', { enum: ['known', 'alert'] }).notNull(),
    sentAt: integer('sent_at').notNull(),
  },
  (t) => [uniqueIndex('follow_quotes_idx').on(t.followId, t.textHash), index('follow_quotes_sent_idx').on(t.sentAt)],
);

/** 👍/👎 on an answer: the question and the quoted sentence ids, never who voted. */
export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    question: text('question').notNull(),
    sentenceIds: text('sentence_ids').notNull(),
    vote: integer('vote').notNull(),
    /** Hash of the button and voter, so a second press changes the vote instead of adding one. */
    voteKey: text('vote_key').notNull().unique(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('feedback_created_idx').on(t.createdAt)],
);

/** Questions asked in chats and how they were answered; deleted after QUESTION_LOG_DAYS. */
export const questionLog = sqliteTable(
  'question_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    question: text('question').notNull(),
    language: text('language').notNull(),
    /** 'direct', 'related' or 'not-found'. */
    outcome: text('outcome').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('question_log_created_idx').on(t.createdAt)],
);
