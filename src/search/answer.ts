/**
 * Question -> Answer: analyse, retrieve candidates with FTS5, rank, group across outlets,
 * collect differing figures, or say "not found" with what the corpus covers.
 */
import { indexedRowCount } from '../corpus/fts-index.js';
import type { Db } from '../db/database.js';
import type { Answer, CorpusCoverage } from './answer-types.js';
import { collectFigures, groupQuotes } from './group.js';
import { buildMatchExpression, quoteFtsPhrase } from './match-expression.js';
import { analyzeQuestion, PRIMARY_WEIGHT, type AnalyzedQuestion, type Concept } from './question.js';
import {
  ABSENT_SHARE_STRICT,
  CONTEXT_LIMIT,
  MIN_QUOTE_COVERAGE,
  MIN_RELATIVE_SCORE,
  NOT_FOUND_COVERAGE,
  NOT_FOUND_COVERAGE_STRICT,
  preRank,
  rankWithContext,
  type Candidate,
  type CandidateContext,
  type Scored,
} from './rank.js';

/** Candidates fetched from FTS5 before ranking; bounds the work per question at any corpus size. */
export const CANDIDATE_LIMIT = 300;
/**
 * FTS5 scores every sentence that matches any term of the MATCH, whatever the LIMIT, so the
 * cost of a question grows with the postings of its terms. Terms are searched rarest first
 * until their postings reach this budget; commoner ones ("korea", "rusia") are left out of
 * the search (the rare terms find the candidates) but still count when ranking them.
 */
export const POSTINGS_BUDGET = 30_000;
/** A translation this trusted comes from the curated glossary (src/text/lexicon.ts). */
const CURATED_WEIGHT = 0.95;

interface CandidateRow {
  id: number;
  article_id: number;
  position: number;
  text: string;
  terms: string;
  numbers: string;
  rank: number;
}

interface ContextRow {
  id: number;
  start: number;
  end: number;
  role: string;
  pterms: string;
  slug: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string;
}

/** Prepared statements and corpus-wide figures, built once per database (not per question). */
export interface SearchIndex {
  db: Db;
  sentenceCount: number;
  candidates(match: string, limit: number): CandidateRow[];
  contexts(ids: readonly number[]): ContextRow[];
  documentFrequency(term: string): number;
  /** Sentences containing the terms as a phrase (a single term: its document frequency). */
  phraseFrequency(terms: readonly string[]): number;
  coverage(): CorpusCoverage;
}

/** Prepares the statements and caches used by every question. */
export function createSearchIndex(db: Db): SearchIndex {
  const c = db.$client;
  // First stage: only what scoring the sentence itself needs. bm25() called by name orders
  // exactly as the `rank` column does, but SQLite sorts it a third faster (measured at 3,464
  // to 100,000 articles: p95 28 against 48 ms at 100,000).
  const candidateStmt = c.prepare<[string, number], CandidateRow>(`
    SELECT s.id, s.article_id, s.position, s.text, s.terms, s.numbers, f.score AS rank
    FROM (SELECT rowid, bm25(sentences_fts) AS score FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY score LIMIT ?) AS f
    JOIN sentences s ON s.id = f.rowid`);
  // Second stage, for the best candidates only: paragraph, previous sentence, lead, source.
  const contextStmt = c.prepare<[string], ContextRow>(`
    SELECT s.id, s.start, s."end", p.role,
           p.terms || ' ' || coalesce(prev.terms, '') || ' ' || coalesce(lead.terms, '') AS pterms,
           a.slug, a.title, a.published, a.url, o.name AS outlet
    FROM json_each(?) AS ids
    JOIN sentences s ON s.id = ids.value
    JOIN passages p ON p.id = s.passage_id
    LEFT JOIN sentences prev ON prev.article_id = s.article_id AND prev.position = s.position - 1
    LEFT JOIN passages lead ON lead.article_id = s.article_id AND lead.role = 'lead' AND lead.id <> p.id
    JOIN articles a ON a.id = s.article_id
    JOIN outlets o ON o.id = a.outlet_id`);
  const dfStmt = c.prepare<[string], { doc: number }>('SELECT doc FROM sentences_vocab WHERE term = ?');
  const phraseStmt = c.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?');
  // Exact, from FTS5's own row count: one lookup, where count(*) scans 1.5M rows.
  const sentenceCount = indexedRowCount(c, 'sentences_fts');
  const dfCache = new Map<string, number>();
  let coverageCache: CorpusCoverage | undefined;
  const documentFrequency = (term: string): number => {
    let df = dfCache.get(term);
    if (df === undefined) {
      df = dfStmt.get(term)?.doc ?? 0;
      if (dfCache.size > 50_000) dfCache.clear();
      dfCache.set(term, df);
    }
    return df;
  };
  return {
    db,
    sentenceCount,
    candidates: (match, limit) => candidateStmt.all(match, limit),
    contexts: (ids) => contextStmt.all(JSON.stringify(ids)),
    documentFrequency,
    phraseFrequency(terms) {
      if (terms.length === 1) return documentFrequency(terms[0]!);
      // A phrase is as rare as its sentences, which may be far fewer than its rarest word's
      // ("korea selatan" against "korea"). Counted once with FTS5, then cached.
      const key = `"${terms.join(' ')}`;
      let df = dfCache.get(key);
      if (df === undefined) {
        df = Math.min(...terms.map(documentFrequency));
        if (df > 0) df = phraseStmt.get(quoteFtsPhrase(terms))?.n ?? 0;
        if (dfCache.size > 50_000) dfCache.clear();
        dfCache.set(key, df);
      }
      return df;
    },
    coverage: () => (coverageCache ??= summarizeCorpus(db)),
  };
}

/**
 * Inverse document frequency of each concept: that of its most trusted alternative the corpus
 * has. A concept the corpus lacks entirely weighs as much as a term seen once, so that a
 * question about something absent ("harga beras", "pizza") is not answered by its common
 * words alone; an English word no lexicon could translate weighs only as much as the rarest
 * known concept (its absence may be our lexicon's gap, not the corpus's).
 */
export function conceptIdfs(index: SearchIndex, concepts: readonly Concept[]): number[] {
  return conceptStats(index, concepts).idf;
}

/** Per concept: its weight in coverage (see conceptIdfs) and whether no sentence has it. */
export interface ConceptStats {
  idf: number[];
  /** No alternative occurs in the corpus (not counted for untranslated English words). */
  absent: boolean[];
}

export function conceptStats(index: SearchIndex, concepts: readonly Concept[]): ConceptStats {
  const n = Math.max(index.sentenceCount, 1);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const known = concepts.map((concept) => {
    for (const alt of concept.alternatives) {
      const df = index.phraseFrequency(alt.terms);
      if (df > 0) return idf(df);
    }
    return undefined;
  });
  const rarest = Math.max(...known.map((x) => x ?? 0));
  // A concept reached only through uncertain translations counts for less (its best weight).
  const confidence = (c: Concept) => Math.max(...c.alternatives.map((a) => a.weight), 0);
  const weights = known.map((x, i) => {
    const concept = concepts[i]!;
    const absentWeight = concept.untranslated && rarest > 0 ? rarest : idf(1);
    return (x ?? absentWeight) * (concept.weight ?? 1) * confidence(concept);
  });
  return { idf: weights, absent: known.map((x, i) => x === undefined && !concepts[i]!.untranslated) };
}

function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    articleId: row.article_id,
    position: row.position,
    text: row.text,
    termSet: new Set(row.terms.split(' ')),
    numbers: JSON.parse(row.numbers) as number[],
    bm25: row.rank,
  };
}

function toContext(row: ContextRow): CandidateContext {
  return {
    start: row.start,
    end: row.end,
    role: row.role,
    passageTerms: new Set(row.pterms.split(' ')),
    slug: row.slug,
    title: row.title,
    published: row.published,
    url: row.url,
    outlet: row.outlet,
  };
}

/**
 * The concepts as searched: each keeps only the alternatives that fit the postings budget,
 * rarest first. A question made only of common words still searches its rarest term.
 */
export function searchConcepts(index: SearchIndex, concepts: readonly Concept[]): Concept[] {
  const entries = concepts.flatMap((concept, c) =>
    concept.alternatives.map((alt, a) => ({ c, a, primary: alt.weight >= PRIMARY_WEIGHT, df: Math.min(...alt.terms.map((t) => index.documentFrequency(t))) })),
  );
  // The words the question means (a concept's best alternatives) before synonyms, then rarest first.
  entries.sort((x, y) => Number(y.primary) - Number(x.primary) || x.df - y.df);
  const keep = new Set<string>();
  let postings = 0;
  for (const e of entries) {
    if (postings + e.df > POSTINGS_BUDGET && keep.size > 0) continue;
    keep.add(`${e.c}:${e.a}`);
    postings += e.df;
  }
  return concepts.map((concept, c) => ({ ...concept, alternatives: concept.alternatives.filter((_, a) => keep.has(`${c}:${a}`)) }));
}

/** The FTS5 expression the engine runs for a question on this corpus. */
export function searchExpression(index: SearchIndex, question: string): string | undefined {
  return buildMatchExpression(searchConcepts(index, analyzeQuestion(question).concepts));
}

/**
 * Retrieval and both ranking stages for an analysed question: FTS5 candidates scored on the
 * sentence, then the best CONTEXT_LIMIT re-scored with their context. Best first.
 */
export function rankCandidates(index: SearchIndex, q: AnalyzedQuestion, idf: readonly number[] = conceptIdfs(index, q.concepts)): Scored[] {
  const match = buildMatchExpression(searchConcepts(index, q.concepts));
  if (!match) return [];
  let rows: CandidateRow[];
  try {
    rows = index.candidates(match, CANDIDATE_LIMIT);
  } catch {
    // buildMatchExpression quotes every term, so this is not expected; stay total regardless.
    return [];
  }
  if (rows.length === 0) return [];
  const input = { concepts: q.concepts, conceptIdf: idf, kind: q.kind, questionNumbers: q.numbers, ...(q.speaker ? { speaker: q.speaker } : {}) };
  const pre = preRank(rows.map(toCandidate), input).slice(0, CONTEXT_LIMIT);
  const contexts = new Map(index.contexts(pre.map((c) => c.id)).map((r) => [r.id, toContext(r)]));
  return rankWithContext(pre, contexts, input);
}

/** Answers one question; total over all inputs (hostile ones get "not found", never an exception). */
export function answerQuestion(index: SearchIndex, question: string, limit = 5): Answer {
  const started = performance.now();
  const q = analyzeQuestion(typeof question === 'string' ? question : '');
  const base: Answer = { question, language: q.language, noAnswer: true, answers: [], kind: q.kind };
  if (q.truncated) base.truncated = true;
  const finish = (answer: Answer): Answer => {
    if (answer.noAnswer) answer.coverage = index.coverage();
    answer.tookMs = Math.round((performance.now() - started) * 100) / 100;
    return answer;
  };
  const stats = conceptStats(index, q.concepts);
  const ranked = rankCandidates(index, q, stats.idf);
  const best = ranked[0];
  // Words typed in the question that no article contains ("beras", "bensin"), or names no
  // article mentions ("France"), make an off-topic question likely: then the rest must be
  // covered much better to count as an answer. So do English nouns whose curated translation
  // no article has ("rice": "beras"). Not so for other English words: an uncertain translation,
  // or a verb ("react": "tanggap") absent from the corpus says more about the lexicon or the
  // phrasing than about the question.
  const counts = (i: number) => {
    const concept = q.concepts[i]!;
    return stats.absent[i]! && (q.language === 'id' || concept.name === true || (concept.noun === true && concept.alternatives.some((a) => a.weight >= CURATED_WEIGHT)));
  };
  const absentShare = stats.idf.reduce((sum, w, i) => sum + (counts(i) ? w : 0), 0) / (stats.idf.reduce((a, b) => a + b, 0) || 1);
  const threshold = absentShare >= ABSENT_SHARE_STRICT ? NOT_FOUND_COVERAGE_STRICT : NOT_FOUND_COVERAGE;
  if (!best || best.coverage < threshold) return finish(base);
  const shown = ranked.filter((s) => s.coverage >= MIN_QUOTE_COVERAGE && s.score >= best.score * MIN_RELATIVE_SCORE);
  const answers = groupQuotes(shown, Math.max(1, Math.min(limit, 50)));
  const answer: Answer = { ...base, noAnswer: answers.length === 0, answers };
  if (q.kind === 'number' || q.numbers.length > 0) {
    const figures = collectFigures(ranked, q.concepts, Math.max(MIN_QUOTE_COVERAGE, best.coverage * 0.6));
    if (figures.length > 0) answer.figures = figures;
  }
  return finish(answer);
}

const TOPIC_SAMPLE_ARTICLES = 300;

/** What the corpus covers, for the "not found" reply: outlets, dates, frequent names. */
export function summarizeCorpus(db: Db): CorpusCoverage {
  const c = db.$client;
  const stats = c.prepare('SELECT count(*) AS n, min(published) AS from_, max(published) AS to_ FROM articles').get() as {
    n: number;
    from_: string | null;
    to_: string | null;
  };
  const outlets = (c.prepare('SELECT o.name FROM outlets o JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 12').all() as { name: string }[]).map(
    (r) => r.name,
  );
  // Frequent capitalised names in the most recent articles' sentences stand for the topics.
  const texts = c
    .prepare(
      `SELECT s.text FROM sentences s WHERE s.article_id IN (SELECT id FROM articles ORDER BY published DESC LIMIT ${TOPIC_SAMPLE_ARTICLES})`,
    )
    .all() as { text: string }[];
  const counts = new Map<string, Set<string>>();
  for (const { text } of texts) {
    for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}/gu)) {
      const name = m[0];
      if (m.index === 0 && !name.includes(' ')) continue; // sentence-initial capital, not a name
      let set = counts.get(name);
      if (!set) counts.set(name, (set = new Set()));
      set.add(text);
    }
  }
  const topics = [...counts.entries()]
    .filter(([name]) => name.length > 3)
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, 6)
    .map(([name]) => name);
  const [t1 = 'berita', t2 = t1] = topics;
  return {
    articles: stats.n,
    outlets,
    from: stats.from_,
    to: stats.to_,
    topics,
    examples: {
      id: [`Apa yang diberitakan tentang ${t1}?`, `Apa kata ${t2} menurut berita?`],
      en: [`What was reported about ${t1}?`, `What did the news say about ${t2}?`],
    },
  };
}
