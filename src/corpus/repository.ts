/** Read access to the corpus for commands and the bot: stats, sources, context around a quote. */
import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { articles, outlets, passages, sentences } from '../db/schema.js';

export interface CorpusStats {
  articles: number;
  passages: number;
  sentences: number;
  outlets: number;
}

/** Row counts, as printed by `npm run stats -- --json`. */
export function corpusStats(db: Db): CorpusStats {
  const n = (table: typeof articles | typeof passages | typeof sentences | typeof outlets) => db.select({ n: count() }).from(table).get()?.n ?? 0;
  return { articles: n(articles), passages: n(passages), sentences: n(sentences), outlets: n(outlets) };
}

export interface SourceSummary {
  slug: string;
  outlet: string;
  site: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  byline: string | null;
  sentences: number;
}

function sourcesQuery(db: Db) {
  return db
    .select({
      slug: articles.slug,
      outlet: outlets.name,
      site: outlets.site,
      title: articles.title,
      published: articles.published,
      url: articles.url,
      byline: articles.byline,
      sentences: sql<number>`(SELECT count(*) FROM ${sentences} WHERE ${sentences.articleId} = ${articles.id})`,
    })
    .from(articles)
    .innerJoin(outlets, eq(articles.outletId, outlets.id));
}

/** The articles of the corpus with their sentence counts, newest first. */
export function listSources(db: Db, limit = 1000): SourceSummary[] {
  return sourcesQuery(db).orderBy(desc(articles.published), articles.slug).limit(limit).all();
}

/** One article's details by slug, or undefined. */
export function findSource(db: Db, slug: string): SourceSummary | undefined {
  return sourcesQuery(db).where(eq(articles.slug, slug)).get();
}

export interface SentenceContext {
  slug: string;
  outlet: string;
  published: string | null;
  /** The passage around the sentence, verbatim from the article. */
  passage: string;
  /** Offsets of the sentence inside `passage`. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** The paragraph a sentence stands in, for "show in context". */
export function sentenceContext(db: Db, sentenceId: number): SentenceContext | undefined {
  const row = db
    .select({
      slug: articles.slug,
      outlet: outlets.name,
      published: articles.published,
      original: articles.original,
      pStart: passages.start,
      pEnd: passages.end,
      sStart: sentences.start,
      sEnd: sentences.end,
    })
    .from(sentences)
    .innerJoin(passages, eq(sentences.passageId, passages.id))
    .innerJoin(articles, eq(sentences.articleId, articles.id))
    .innerJoin(outlets, eq(articles.outletId, outlets.id))
    .where(eq(sentences.id, sentenceId))
    .get();
  if (!row) return undefined;
  return {
    slug: row.slug,
    outlet: row.outlet,
    published: row.published,
    passage: row.original.slice(row.pStart, row.pEnd),
    sentenceStart: row.sStart - row.pStart,
    sentenceEnd: row.sEnd - row.pStart,
  };
}
