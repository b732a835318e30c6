/**
 * The peer: what a developer would pick instead of FTS5, MiniSearch in memory.
 *
 * It indexes `sentences.terms`, the output of our own analyser, with MiniSearch's default
 * tokenizer (split on spaces and punctuation, as FTS5's unicode61 does) and is queried with the
 * same analysed terms, OR-ed, top 10. This is the fair comparison: both engines then search the
 * same terms of the same sentences, so the figure compares index structures and scoring, not
 * analysers. Indexing the raw text with MiniSearch defaults would make a different (and far
 * worse) search: no stemming, no English-to-Indonesian mapping, no number normalisation, and
 * the question analysis would then be work only our side pays for.
 * MiniSearch has no phrase query, so a multi-word alternative ("korea utara") is OR-ed as words.
 */
import MiniSearch from 'minisearch';
import { summarize, timeRounds, type LatencySummary } from './stats.js';

export interface PeerDocument {
  id: number;
  terms: string;
}

/** Builds the MiniSearch index over analysed sentence terms (no stored fields). */
export function buildPeerIndex(documents: readonly PeerDocument[]): MiniSearch<PeerDocument> {
  const index = new MiniSearch<PeerDocument>({ fields: ['terms'], idField: 'id', searchOptions: { combineWith: 'OR' } });
  index.addAll(documents);
  return index;
}

/** The top 10 sentence ids for analysed terms (OR). */
export function peerSearch(index: MiniSearch<PeerDocument>, terms: readonly string[]): number[] {
  return index
    .search(terms.join(' '))
    .slice(0, 10)
    .map((r) => r.id as number);
}

/** Warm latency of the peer over the queries (empty term lists are skipped, like the floor). */
export function measurePeerQueries(
  index: MiniSearch<PeerDocument>,
  queries: readonly (readonly string[])[],
  options: { rounds?: number; budgetMs?: number } = {},
): LatencySummary {
  const nonEmpty = queries.filter((q) => q.length > 0);
  for (const q of nonEmpty) peerSearch(index, q);
  return summarize(timeRounds(nonEmpty, options.rounds ?? 20, options.budgetMs ?? 5_000, (q) => peerSearch(index, q)));
}

/** What the bench reports for the peer. */
export interface PeerMeasurement extends LatencySummary {
  name: 'minisearch';
  indexed: 'sentences.terms';
  documents: number;
  /** Reading the sentences out of SQLite (not part of buildMs). */
  loadMs: number;
  buildMs: number;
  /** Resident memory the built index holds (RSS after minus before, after GC). */
  rssMb: number;
  heapMb: number;
}
