/**
 * The engine: where a question becomes an Answer. Everything the bot, the terminal chat and
 * the CLI need from the corpus goes through this one object, created once per database.
 */
import type { Db } from '../db/database.js';
import type { ArticleInput } from '../corpus/article-input.js';
import { ingestArticles, type IngestReport } from '../corpus/ingest.js';
import {
  corpusStats,
  findSource,
  listSources,
  sentenceContext,
  type CorpusStats,
  type SentenceContext,
  type SourceSummary,
} from '../corpus/repository.js';
import type { Answer, Language, Quote } from './answer-types.js';
import { answerQuestion } from './answer.js';
import { createSearchIndex, type SearchIndex } from './search-index.js';
import { watchCorpus } from './corpus-version.js';
import { computeTopFacts, TOP_FACTS_KEPT } from './top-facts.js';

export interface AskOptions {
  /** How many quotes at most (default 5). */
  limit?: number;
  /** Bypass the answer cache (benchmarks measure the engine, not the cache). */
  fresh?: boolean;
}

export interface Engine {
  /** Answers a question; never throws for any input string. */
  ask(question: string, options?: AskOptions): Answer;
  /** The most-cited facts: sentences printed by the most outlets (inline mode's empty query). */
  topFacts(limit: number): Quote[];
  sources(): SourceSummary[];
  source(slug: string): SourceSummary | undefined;
  context(sentenceId: number): SentenceContext | undefined;
  stats(): CorpusStats;
  /** Adds validated articles (admin upload); the same path as the ingest command. */
  addArticles(inputs: readonly ArticleInput[]): IngestReport;
  /** Starts the index statistics and the answer cache afresh (articles added by another process or a feed). */
  refresh(): void;
  readonly db: Db;
}

/**
 * Answers kept for repeated questions (a claim making the rounds is asked again and again,
 * inline mode asks on every keystroke). Cleared whenever the corpus changes, by this process
 * or by another one (corpus-version.ts).
 */
export const ANSWER_CACHE_SIZE = 1000;

/** Creates the engine over an opened (migrated, seeded) database. */
export function createEngine(db: Db): Engine {
  let index: SearchIndex = createSearchIndex(db);
  const cache = new Map<string, Answer>();
  let topFacts: Quote[] | undefined;
  // Corpus-wide statistics (sentence count, document frequencies, coverage summary) are cached
  // in the index, and answers and top facts may change: start all of them afresh.
  const invalidate = () => {
    index = createSearchIndex(db);
    cache.clear();
    topFacts = undefined;
  };
  const watcher = watchCorpus(db.$client);
  /** Before anything is read: has another process (or a write past the engine) changed the corpus? */
  const current = () => {
    if (watcher.changed()) invalidate();
  };
  const ask = (question: string, options?: AskOptions): Answer => {
    current();
    const limit = options?.limit ?? 5;
    const key = `${limit}\u0000${question}`;
    const cached = options?.fresh ? undefined : cache.get(key);
    if (cached) {
      // Refresh its place in the LRU order.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const answer = Object.freeze(answerQuestion(index, question, limit));
    cache.set(key, answer);
    if (cache.size > ANSWER_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return answer;
  };
  return {
    db,
    ask,
    topFacts: (limit) => {
      current();
      topFacts ??= computeTopFacts(db, TOP_FACTS_KEPT);
      return topFacts.slice(0, Math.max(0, limit));
    },
    sources: () => {
      current();
      return listSources(db);
    },
    source: (slug) => {
      current();
      return findSource(db, slug);
    },
    context: (id) => sentenceContext(db, id),
    stats: () => {
      current();
      return corpusStats(db);
    },
    addArticles: (inputs) => {
      const report = ingestArticles(db, inputs);
      // This connection's own commit does not move data_version: say so explicitly (state
      // taken first, so that a commit by another process from now on is noticed too).
      watcher.sync();
      invalidate();
      return report;
    },
    refresh: () => {
      index = createSearchIndex(db);
      cache.clear();
    },
  };
}

export type { Answer, Language, Quote };
