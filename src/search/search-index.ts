/**
 * The search index: prepared FTS5 statements and the corpus statistics every question needs
 * (document frequencies, the sentence count, the vocabulary for spelling correction, what the
 * corpus covers), built once per corpus version; and the concepts' weights from them.
 */
import { analyzeTerms } from '../text/analyzer.js';
import { escapeRegExp, printedWords } from '../text/normalize.js';
import { indexedRowCount } from '../corpus/fts-index.js';
import type { Db } from '../db/database.js';
import type { CorpusCoverage } from './answer-types.js';
import type { Concept } from './concepts.js';
import { summarizeCorpus } from './coverage.js';
import { quoteFtsPhrase } from './match-expression.js';
import type { Candidate, CandidateContext } from './rank.js';
import { ACRONYM_MIN_ARTICLES, ACRONYM_SAMPLE, CAPITALISATION_SAMPLE, NEIGHBOUR_SPAN, TITLE_HOLDER_MIN, TITLE_SAMPLE, TUNED, POSTINGS_BUDGET, PRIMARY_WEIGHT, type TunedParams } from './weights.js';

export interface CandidateRow {
  id: number;
  article_id: number;
  position: number;
  text: string;
  terms: string;
  numbers: string;
  rank: number;
}

export interface ContextRow {
  id: number;
  start: number;
  end: number;
  role: string;
  pterms: string;
  prevterms: string;
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
  documentFrequency(term: string): number;
  /** Index terms sharing the first two letters of `term` (either order), with their document frequency. */
  termsLike(term: string): { term: string; frequency: number }[];
  /** Sentences containing the terms as a phrase (a single term: its document frequency). */
  phraseFrequency(terms: readonly string[]): number;
  /**
   * True when a reporting sentence (not a distributor's notice, clean.ts) holds the phrase, or
   * it names an outlet of the archive: a name that only a notice mentions ("Prancis", among the
   * languages a wire distributes in) is not something the archive reports on.
   */
  reported(terms: readonly string[]): boolean;
  capitalisation(word: string): { share: number; seen: number };
  acronymExpansion(acronym: string): string | undefined;
  /**
   * Who holds a title, where the articles name them right after it ("Presiden Rusia Vladimir
   * Putin", "Juru bicara Kremlin Dmitry Peskov"): the name most of them give, or undefined.
   * `title` is the index terms of the title as the articles word it.
   */
  titleHolder(title: readonly string[]): string | undefined;
  /**
   * The outlets a name of the question stands for ("Gelora", "SeaPRwire", "CNN" for GELORA.CO,
   * SeaPRwire, cnn indonesia): their names as index terms, whole or without a domain suffix
   * or a trailing "Indonesia". Empty for any other name.
   */
  outletsNamed(terms: readonly string[]): string[];
  coverage(): CorpusCoverage;
}

/** What may follow an outlet's own name in its full name: a domain, or the country edition. */
const OUTLET_SUFFIX = /\s+(?:co|id|com|net|org|indonesia)$/;

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
           p.terms || ' ' || coalesce(prev.terms, '') || ' ' || coalesce(lead.terms, '') AS pterms, coalesce(prev.terms, '') AS prevterms,
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
  const dfStmt = c.prepare<[string], { doc: number }>('SELECT doc FROM sentences_vocab WHERE term = ?');
  // fts5vocab answers a range of terms from the index's sorted term list, without a scan.
  const rangeStmt = c.prepare<[string, string], { term: string; frequency: number }>('SELECT term, doc AS frequency FROM sentences_vocab WHERE term >= ? AND term < ?');
  const phraseStmt = c.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ?');
  // Stops at the first reporting sentence: at once for a name the news mentions.
  const reportedStmt = c.prepare<[string], { found: number }>(`
    SELECT 1 AS found FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN passages p ON p.id = s.passage_id
    WHERE sentences_fts MATCH ? AND p.role <> 'notice' LIMIT 1`);
  const outletsStmt = c.prepare<[], { name: string }>('SELECT name FROM outlets');
  const samplesStmt = c.prepare<[string, number], { text: string; articleId: number }>(`
    SELECT s.text, s.article_id AS articleId FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN passages p ON p.id = s.passage_id
    WHERE sentences_fts MATCH ? AND p.role NOT IN ('title', 'notice') LIMIT ?`);
  const articleTextStmt = c.prepare<[number], { text: string }>('SELECT text FROM sentences WHERE article_id = ? ORDER BY position');
  const capitalisationCache = new Map<string, { share: number; seen: number }>();
  const acronymCache = new Map<string, string | null>();
  const titleCache = new Map<string, string | null>();
  // The outlets' names as index phrases (whole, and without a domain or edition suffix), read
  // once per index (a new index follows any change).
  let outletNames: { whole: Set<string>; named: Map<string, string[]> } | undefined;
  const outlets = () => {
    if (!outletNames) {
      outletNames = { whole: new Set(), named: new Map() };
      for (const { name } of outletsStmt.all()) {
        const whole = analyzeTerms(name).join(' ');
        outletNames.whole.add(whole);
        for (const key of new Set([whole, whole.replace(OUTLET_SUFFIX, '')])) if (key) outletNames.named.set(key, [...(outletNames.named.get(key) ?? []), name]);
      }
    }
    return outletNames;
  };
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
    neighbours: (ids) => neighbourStmt.all(JSON.stringify(ids), NEIGHBOUR_SPAN, NEIGHBOUR_SPAN),
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
    reported(terms) {
      const key = `!${terms.join(' ')}`;
      let found = dfCache.get(key);
      if (found === undefined) {
        const outlet = outlets().whole.has(terms.join(' '));
        found = outlet || (this.phraseFrequency(terms) > 0 && reportedStmt.get(quoteFtsPhrase(terms)) !== undefined) ? 1 : 0;
        if (dfCache.size > 50_000) dfCache.clear();
        dfCache.set(key, found);
      }
      return found === 1;
    },
    capitalisation(word) {
      let found = capitalisationCache.get(word);
      if (found === undefined) {
        const terms = analyzeTerms(word);
        found = { share: 0, seen: 0 };
        if (terms.length === 1 && documentFrequency(terms[0]!) > 0) {
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
          let upper = 0;
          for (const { text } of samplesStmt.all(quoteFtsPhrase(terms), CAPITALISATION_SAMPLE)) {
            for (const m of text.matchAll(pattern)) {
              // The first word of a sentence (or of a quote in it) is capitalised whatever it is.
              if (m.index === 0 || /[.!?"“'‘(:]\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
              found.seen++;
              if (/^\p{Lu}/u.test(m[0])) upper++;
            }
          }
          found.share = found.seen > 0 ? upper / found.seen : 0;
        }
        if (capitalisationCache.size > 10_000) capitalisationCache.clear();
        capitalisationCache.set(word, found);
      }
      return found;
    },
    acronymExpansion(acronym) {
      let found = acronymCache.get(acronym);
      if (found === undefined) {
        found = null;
        // In capitals, as the articles print it: "MU" is an acronym, "mu" a stop word.
        const terms = analyzeTerms(acronym.toUpperCase());
        if (terms.length === 1 && /^\p{L}{2,8}$/u.test(acronym) && documentFrequency(terms[0]!) > 0) {
          const counts = new Map<string, number>();
          const samples = samplesStmt.all(quoteFtsPhrase(terms), ACRONYM_SAMPLE);
          for (const { text } of samples) {
            for (const expansion of acronymDefinitions(text, acronym)) counts.set(expansion, (counts.get(expansion) ?? 0) + 1);
          }
          found = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
          // Never spelled out in brackets ("MU", "JK"): the name its articles print in full.
          if (!found) {
            const printed = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym.toUpperCase())}(?![\\p{L}\\p{N}])`, 'u');
            const articles = [...new Set(samples.filter((r) => printed.test(r.text)).map((r) => r.articleId))];
            found = spelledInArticles(articles.map((id) => articleTextStmt.all(id).map((r) => r.text).join(' ')), acronym) ?? null;
          }
        }
        if (acronymCache.size > 10_000) acronymCache.clear();
        acronymCache.set(acronym, found);
      }
      return found ?? undefined;
    },
    outletsNamed(terms) {
      return outlets().named.get(terms.join(' ')) ?? [];
    },
    titleHolder(title) {
      const key = title.join(' ');
      let found = titleCache.get(key);
      if (found === undefined) {
        found = null;
        if (title.length >= 2 && title.every((t) => documentFrequency(t) > 0)) {
          const counts = new Map<string, number>();
          let seen = 0;
          for (const { text } of samplesStmt.all(quoteFtsPhrase(title), TITLE_SAMPLE)) {
            const holder = nameAfter(text, title);
            if (holder === undefined) continue;
            seen++;
            counts.set(holder, (counts.get(holder) ?? 0) + 1);
          }
          const [best, n = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
          if (best !== undefined && n >= TITLE_HOLDER_MIN.seen && n / seen >= TITLE_HOLDER_MIN.share) found = best;
        }
        if (titleCache.size > 10_000) titleCache.clear();
        titleCache.set(key, found);
      }
      return found ?? undefined;
    },
    coverage: () => (coverageCache ??= summarizeCorpus(db)),
  };
}

/**
 * The capitalised name right after the words of `title` in a sentence ("Presiden Rusia
 * Vladimir Putin mengatakan" -> "Vladimir Putin"), matched on index terms so that any
 * inflection or spelling of the title counts. Undefined when no name follows it.
 */
export function nameAfter(text: string, title: readonly string[]): string | undefined {
  const words = printedWords(text).map((m) => m[0]);
  // The sentence's index terms in order, each with the word it came from (stop words give none).
  const terms = words.flatMap((w, at) => analyzeTerms(w).map((term) => ({ term, at })));
  for (let i = 0; i + title.length <= terms.length; i++) {
    if (!title.every((t, k) => terms[i + k]!.term === t)) continue;
    const name: string[] = [];
    for (let at = terms[i + title.length - 1]!.at + 1; at < words.length && name.length < 4 && /^\p{Lu}/u.test(words[at]!); at++) name.push(words[at]!);
    if (name.length > 0) return name.join(' ');
  }
  return undefined;
}

/** Small words an acronym's initials skip ("Komisi Pemberantasan Korupsi", "Bank of Japan"). */
const ACRONYM_SKIPPED = new Set(['dan', 'dari', 'untuk', 'di', 'ke', 'of', 'the', 'and', 'for', 'de', 'la']);

/**
 * The spelled-out forms a sentence gives an acronym: "Badan Pusat Statistik (BPS)", the
 * capitalised words before "(ACRONYM)" whose initials spell it (small words skipped).
 */
export function acronymDefinitions(text: string, acronym: string): string[] {
  const out: string[] = [];
  const letters = acronym.toLowerCase();
  for (const m of text.matchAll(/\(([\p{L}]{2,8})\)/gu)) {
    if (m[1]!.toLowerCase() !== letters) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index).trim().split(/\s+/);
    const words: string[] = [];
    let initials = '';
    for (let i = before.length - 1; i >= 0 && initials.length < letters.length; i--) {
      const word = before[i]!.replace(/[^\p{L}-]/gu, '');
      if (!word) break;
      if (ACRONYM_SKIPPED.has(word.toLowerCase()) && words.length > 0) {
        words.unshift(word);
        continue;
      }
      if (!/^\p{Lu}/u.test(word)) break;
      words.unshift(word);
      initials = word[0]!.toLowerCase() + initials;
    }
    while (words.length > 0 && ACRONYM_SKIPPED.has(words[0]!.toLowerCase())) words.shift();
    if (initials === letters) out.push(words.join(' '));
  }
  return out;
}

/**
 * The runs of capitalised words in a text whose initials spell the acronym, small words
 * skipped ("Manchester United" for MU, "Polda Metro Jaya" for PMJ), each once.
 */
export function spelledOutRuns(text: string, acronym: string): Set<string> {
  const letters = acronym.toLowerCase();
  const words = text.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!words[i] || words[i]![0]!.toLowerCase() !== letters[0] || !/^\p{Lu}\p{Ll}/u.test(words[i]!)) continue;
    const run: string[] = [];
    let initials = '';
    for (let k = i; k < words.length && initials.length < letters.length; k++) {
      const word = words[k]!;
      if (run.length > 0 && ACRONYM_SKIPPED.has(word.toLowerCase())) {
        run.push(word);
        continue;
      }
      if (!/^\p{Lu}\p{Ll}/u.test(word) || word[0]!.toLowerCase() !== letters[initials.length]) break;
      run.push(word);
      initials += word[0]!.toLowerCase();
    }
    if (initials === letters && run.length >= 2) out.add(run.join(' '));
  }
  return out;
}

/**
 * What the articles that print an acronym without spelling it out in brackets mean by it: the
 * run of capitalised words with its initials that most of them print ("Manchester United" in
 * 24 articles that print "MU", "Man United" in 3). Only when at least ACRONYM_MIN_ARTICLES
 * articles agree and no other run comes within half of them: a coincidence ("Mekah Umat") or a
 * real ambiguity (PP: "Pengurus Pusat" and "Peraturan Pemerintah", 9 each) spells nothing.
 */
export function spelledInArticles(articles: readonly string[], acronym: string): string | undefined {
  const counts = new Map<string, number>();
  for (const text of articles) for (const run of spelledOutRuns(text, acronym)) counts.set(run, (counts.get(run) ?? 0) + 1);
  const [best, next] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < ACRONYM_MIN_ARTICLES || (next && next[1] * 2 > best[1])) return undefined;
  return best[0];
}

/** Per concept: its weight in coverage and whether no sentence has it. */
export interface ConceptStats {
  idf: number[];
  /** No alternative occurs in the corpus. */
  absent: boolean[];
  /** Absent, and a name: the question asks about someone or something the archive never mentions. */
  specific: boolean[];
}

/**
 * The weight of each concept: the inverse document frequency of its most trusted alternative
 * that the corpus has, times the concept's own weight and its best alternative's trust. A name
 * the corpus lacks weighs as much as a term seen once (the question is about something the
 * archive does not hold); another absent word weighs `tuned.absentGenericWeight` of an average
 * known concept, so that a generic question word does not sink the answer.
 */
export function conceptStats(index: SearchIndex, concepts: readonly Concept[], tuned: TunedParams = TUNED): ConceptStats {
  const n = Math.max(index.sentenceCount, 1);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  // An outlet named ("Menurut Suarathailand") is in the archive as the source of articles,
  // though no sentence may print its name: an average known concept (rank.ts matches it by
  // the article's outlet).
  const outlet = concepts.map((c) => c.name === true && index.outletsNamed(c.alternatives[0]?.terms ?? []).length > 0);
  const found = concepts.map((concept) => {
    for (const alt of concept.alternatives) {
      const df = index.phraseFrequency(alt.terms);
      if (df > 0 && (!concept.name || index.reported(alt.terms))) return idf(df);
    }
    return undefined;
  });
  const knownValues = found.filter((x): x is number => x !== undefined);
  const meanKnown = knownValues.length ? knownValues.reduce((a, b) => a + b, 0) / knownValues.length : idf(1);
  const known = found.map((x, i) => x ?? (outlet[i] ? meanKnown : undefined));
  // A concept reached only through uncertain translations counts for less (its best weight).
  const confidence = (c: Concept) => Math.max(...c.alternatives.map((a) => a.weight), 0);
  const weights = known.map((x, i) => {
    const concept = concepts[i]!;
    // A name no article mentions ("France", "Macron") is what the question is about: it weighs
    // as much as the rarest word. A generic word no article uses ("tanggapan") weighs a share of
    // an average known concept, so that it lowers confidence without sinking the answer.
    const absentWeight = concept.name ? idf(1) : tuned.absentGenericWeight * meanKnown;
    return (x ?? absentWeight) * (concept.weight ?? 1) * confidence(concept);
  });
  return { idf: weights, absent: known.map((x) => x === undefined), specific: concepts.map((c, i) => known[i] === undefined && c.name === true) };
}

export function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    articleId: row.article_id,
    position: row.position,
    text: row.text,
    termSet: new Set(row.terms.split(' ')),
    // Most sentences state no number: skip parsing their empty list.
    numbers: row.numbers === '[]' ? [] : (JSON.parse(row.numbers) as number[]),
    bm25: row.rank,
  };
}

export function toContext(row: ContextRow): CandidateContext {
  return {
    start: row.start,
    end: row.end,
    role: row.role,
    passageTerms: new Set(row.pterms.split(' ')),
    previousTerms: new Set(row.prevterms.split(' ')),
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
