/**
 * Question -> Answer: analyse, retrieve candidates with FTS5, rank, group across outlets,
 * collect differing figures, or say "not found" with what the corpus covers.
 */
import { checkClaim, claimConcepts, evidenceFirst, searchTextOf } from '../claims/check.js';
import type { Db } from '../db/database.js';
import type { Answer, CorpusCoverage, Quote } from './answer-types.js';
import { collectFigures, groupQuotes } from './group.js';
import { buildMatchExpression, quoteFtsPhrase } from './match-expression.js';
import { analyzeQuestion, PRIMARY_WEIGHT, type AnalyzedQuestion, type Concept } from './question.js';
import { decideMatch } from './policy.js';
import { weighSenses } from './senses.js';
import { POLICY, RELATED_QUOTES, type PolicyParams } from './weights.js';
import {
  CONTEXT_LIMIT,
  MIN_QUOTE_COVERAGE,
  MIN_RELATIVE_SCORE,
  preRank,
  rankWithContext,
  type Candidate,
  type CandidateContext,
  type Scored,
} from './rank.js';

/** The best first-stage candidates whose neighbouring sentences are also considered. */
export const NEIGHBOUR_SEEDS = 8;
/** How far (in sentences, either side) a neighbour may be. */
export const NEIGHBOUR_SPAN = 2;
/** Candidates fetched from FTS5 before ranking; bounds the work per question at any corpus size. */
export const CANDIDATE_LIMIT = 300;
/**
 * FTS5 scores every sentence that matches any term of the MATCH, whatever the LIMIT, so the
 * cost of a question grows with the postings of its terms. Terms are searched rarest first
 * until their postings reach this budget; commoner ones ("korea", "rusia") are left out of
 * the search (the rare terms find the candidates) but still count when ranking them.
 */
export const POSTINGS_BUDGET = 30_000;

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
  /** Sentences within NEIGHBOUR_SPAN positions of the given ones, in the same article (the given ones excluded). */
  neighbours(ids: readonly number[]): CandidateRow[];
  /** Sentences of the 200 newest articles (inline mode's empty query). */
  recentSentences(): CandidateRow[];
  documentFrequency(term: string): number;
  /** Index terms sharing the first two letters of `term` (either order), with their document frequency. */
  termsLike(term: string): { term: string; frequency: number }[];
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
  const neighbourStmt = c.prepare<[string, number, number], CandidateRow>(`
    SELECT DISTINCT n.id, n.article_id, n.position, n.text, n.terms, n.numbers, 0 AS rank
    FROM json_each(?) AS ids
    JOIN sentences s ON s.id = ids.value
    JOIN sentences n ON n.article_id = s.article_id AND n.position BETWEEN s.position - ? AND s.position + ? AND n.id <> s.id`);
  const recentStmt = c.prepare<[], CandidateRow>(`
    SELECT s.id, s.article_id, s.position, s.text, s.terms, s.numbers, 0 AS rank
    FROM sentences s
    WHERE s.article_id IN (SELECT id FROM articles ORDER BY published DESC LIMIT 200)
    ORDER BY s.article_id, s.position LIMIT 4000`);
  const dfStmt = c.prepare<[string], { doc: number }>('SELECT doc FROM sentences_vocab WHERE term = ?');
  // fts5vocab answers a range of terms from the index's sorted term list, without a scan.
  const rangeStmt = c.prepare<[string, string], { term: string; frequency: number }>('SELECT term, doc AS frequency FROM sentences_vocab WHERE term >= ? AND term < ?');
  const phraseStmt = c.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?');
  // max(id) stands for the count (exact but for deleted rows) without scanning 1.5M rows.
  const sentenceCount = (c.prepare('SELECT coalesce(max(id), 0) AS n FROM sentences').get() as { n: number }).n;
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
    neighbours: (ids) => neighbourStmt.all(JSON.stringify(ids), NEIGHBOUR_SPAN, NEIGHBOUR_SPAN),
    recentSentences: () => recentStmt.all(),
    documentFrequency,
    termsLike(term) {
      if (term.length < 2) return [];
      const prefixes = [...new Set([term.slice(0, 2), term[1]! + term[0]!])];
      return prefixes.flatMap((p) => rangeStmt.all(p, p.slice(0, -1) + String.fromCodePoint(p.codePointAt(p.length - 1)! + 1)));
    },
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
  /** No alternative occurs in the corpus. */
  absent: boolean[];
  /** Absent, and a name: the question asks about someone or something the archive never mentions. */
  specific: boolean[];
}

export function conceptStats(index: SearchIndex, concepts: readonly Concept[], policy: PolicyParams = POLICY): ConceptStats {
  const n = Math.max(index.sentenceCount, 1);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const known = concepts.map((concept) => {
    for (const alt of concept.alternatives) {
      const df = index.phraseFrequency(alt.terms);
      if (df > 0) return idf(df);
    }
    return undefined;
  });
  const knownValues = known.filter((x): x is number => x !== undefined);
  const meanKnown = knownValues.length ? knownValues.reduce((a, b) => a + b, 0) / knownValues.length : idf(1);
  // A concept reached only through uncertain translations counts for less (its best weight).
  const confidence = (c: Concept) => Math.max(...c.alternatives.map((a) => a.weight), 0);
  const weights = known.map((x, i) => {
    const concept = concepts[i]!;
    // A name no article mentions ("France", "Macron") is what the question is about: it weighs
    // as much as the rarest word. A generic word no article uses ("tanggapan") weighs a share of
    // an average known concept, so that it lowers confidence without sinking the answer.
    const absentWeight = concept.name ? idf(1) : policy.absentGenericWeight * meanKnown;
    return (x ?? absentWeight) * (concept.weight ?? 1) * confidence(concept);
  });
  return { idf: weights, absent: known.map((x) => x === undefined), specific: concepts.map((c, i) => known[i] === undefined && c.name === true) };
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
  return buildMatchExpression(searchConcepts(index, analyzeQuestion(question, index).concepts));
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
  const candidates = rows.map(toCandidate);
  // English senses are weighed by what the retrieved sentences say (senses.ts).
  const concepts = q.language === 'en' ? weighSenses(q.concepts, candidates) : q.concepts;
  const input = { concepts, conceptIdf: idf, kind: q.kind, questionNumbers: q.numbers, ...(q.speaker ? { speaker: q.speaker } : {}) };
  // The sentence that answers a detail ("dipimpin oleh Melody", "pada 19 Agustus") often
  // names none of the question's words that the sentence before it did: the neighbours of the
  // best candidates join them, scored with what their article says (rank.ts, article credit).
  const first = preRank(candidates, input);
  const known = new Set(candidates.map((c) => c.id));
  const extra = index.neighbours(first.slice(0, NEIGHBOUR_SEEDS).map((c) => c.id)).filter((r) => !known.has(r.id));
  const pre = (extra.length > 0 ? preRank([...candidates, ...extra.map(toCandidate)], input) : first).slice(0, CONTEXT_LIMIT);
  const contexts = new Map(index.contexts(pre.map((c) => c.id)).map((r) => [r.id, toContext(r)]));
  return rankWithContext(pre, contexts, input);
}

/** A question analysed and its sentences ranked: everything before the answer policy. */
export interface RankedQuestion {
  question: string;
  q: AnalyzedQuestion;
  evidence: ConceptStats;
  ranked: Scored[];
  started: number;
}

/** Analyses and ranks; total over all inputs. */
export function rankQuestion(index: SearchIndex, question: string, policy: PolicyParams = POLICY): RankedQuestion {
  const started = performance.now();
  // A claim is searched by its statement, without "benarkah" or its (possibly wrong) dates.
  const q = analyzeQuestion(typeof question === 'string' ? searchTextOf(question) : '', index);
  const evidence = conceptStats(index, q.concepts, policy);
  return { question, q, evidence, ranked: rankCandidates(index, q, evidence.idf), started };
}

/** Applies the answer policy to ranked sentences: a direct answer, a related one, or "not found". */
export function composeAnswer(index: SearchIndex, { question, q, evidence, ranked, started }: RankedQuestion, limit = 5, policy: PolicyParams = POLICY): Answer {
  const base: Answer = { question, language: q.language, noAnswer: true, answers: [], kind: q.kind };
  if (q.truncated) base.truncated = true;
  const finish = (answer: Answer): Answer => {
    if (answer.noAnswer) answer.coverage = index.coverage();
    // A claim to check: its figures, dates and actors against the ranked reports (src/claims/).
    const claim = checkClaim(question, answer.noAnswer ? [] : ranked, claimConcepts(q.concepts, evidence.idf, evidence.absent));
    if (claim) {
      answer.claim = claim;
      answer.answers = evidenceFirst(answer.answers, claim);
    }
    answer.tookMs = Math.round((performance.now() - started) * 100) / 100;
    return answer;
  };
  const decision = decideMatch(q, evidence, ranked, policy);
  if (decision === 'none') return finish(base);
  const best = ranked[0]!;
  const shown =
    decision === 'direct'
      ? ranked.filter((s) => s.coverage >= MIN_QUOTE_COVERAGE && s.score >= best.score * MIN_RELATIVE_SCORE)
      : ranked.filter((s) => s.coverage >= policy.relatedCoverage && s.score >= best.score * MIN_RELATIVE_SCORE);
  const answers = groupQuotes(shown, Math.max(1, Math.min(decision === 'direct' ? limit : Math.min(limit, RELATED_QUOTES), 50)));
  if (answers.length === 0) return finish(base);
  const answer: Answer = { ...base, noAnswer: false, match: decision, answers };
  if (q.kind === 'number' || q.numbers.length > 0) {
    const figures = collectFigures(ranked, q.concepts, Math.max(MIN_QUOTE_COVERAGE, best.coverage * 0.6));
    if (figures.length > 0) answer.figures = figures;
  }
  return finish(answer);
}

/** Answers one question; total over all inputs (hostile ones get "not found", never an exception). */
export function answerQuestion(index: SearchIndex, question: string, limit = 5, policy: PolicyParams = POLICY): Answer {
  return composeAnswer(index, rankQuestion(index, question, policy), limit, policy);
}

/** The facts printed by the most outlets: lead sentences grouped across outlets. */
export function topFacts(index: SearchIndex, limit: number): Quote[] {
  const rows = index.recentSentences();
  const contexts = new Map(index.contexts(rows.map((r) => r.id)).map((r) => [r.id, toContext(r)]));
  const scored: Scored[] = rows.flatMap((r) => {
    const context = contexts.get(r.id);
    return context ? [{ ...toCandidate(r), ...context, coverage: 1, matched: [], score: context.role === 'lead' ? 1 : 0 }] : [];
  });
  return groupQuotes(scored, 500)
    .sort((a, b) => b.alsoReportedBy.length - a.alsoReportedBy.length || b.score - a.score)
    .slice(0, Math.max(0, limit));
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
