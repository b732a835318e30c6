/**
 * The one text analyser. Articles are indexed with `indexTerms` and questions are analysed
 * with the same token pipeline (`analyzeTokens`), so what the index stores and what a
 * question asks for always come out of the same functions.
 *
 * Pipeline: case-sensitive abbreviations -> fold (case, diacritics, quotes) -> tokens
 * (numbers in any written form become one value) -> informal spellings -> canonical names
 * -> stop words -> Indonesian stem.
 */
import { CANONICAL_PHRASES, CASE_SENSITIVE_ABBREVIATIONS, INFORMAL_INDONESIAN } from './glossary.js';
import { lookupTable } from './lookup-table.js';
import { foldText } from './normalize.js';
import { NUMBER_PATTERN, numberToken, numberValue } from './numbers.js';
import { stemIndonesian } from './stemmer.js';
import { INDONESIAN_STOP_WORDS } from './stopwords.js';

/** Bump when the output of `indexTerms` changes: stored terms are then rebuilt on open. */
export const ANALYZER_VERSION = 7;

export type Token = { kind: 'word'; text: string } | { kind: 'number'; text: string; value: number };

const TOKEN_PATTERN = new RegExp(`${NUMBER_PATTERN}(?:-an(?![\\p{L}\\p{N}]))?|([\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*)`, 'gu');
const MAX_PHRASE = Math.max(...Object.keys(CANONICAL_PHRASES).map((k) => k.split(' ').length));
// Phrase matching is only tried at tokens that can start a canonical phrase (a hot path at ingest).
const PHRASE_STARTS = new Set(Object.keys(CANONICAL_PHRASES).map((k) => k.split(' ')[0]!.split('-')[0]!));

/** Resolves abbreviations whose meaning depends on case ("AS", "U.S.") before folding. */
export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [pattern, replacement] of CASE_SENSITIVE_ABBREVIATIONS) out = out.replace(pattern, replacement);
  return out;
}

/** Splits folded text into word and number tokens; numbers carry their canonical value. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN_PATTERN)) {
    if (m[1] !== undefined) {
      const value = numberValue(m[1], m[2]);
      const text = numberToken(value);
      if (text) tokens.push({ kind: 'number', text, value });
      continue;
    }
    const word = m[3];
    if (!word) continue;
    // Possessive "'s" and elided forms: keep the word before the apostrophe.
    const base = word.includes("'") ? (word.split("'")[0] ?? '') : word;
    if (base) tokens.push({ kind: 'word', text: base });
  }
  return tokens;
}

/** Informal spellings and canonical names as word lists, and the phrase lengths by first word. */
const INFORMAL = new Map(Object.entries(INFORMAL_INDONESIAN).map(([k, v]) => [k, v.split(' ')]));
const PHRASES = new Map(Object.entries(CANONICAL_PHRASES).map(([k, v]) => [k, v.split(' ')]));

const words = (list: readonly string[]): Token[] => list.map((text) => ({ kind: 'word', text }));

/** Replaces informal spellings and canonical names, longest phrase first. */
export function canonicalize(tokens: Token[]): Token[] {
  const expanded: Token[] = [];
  for (const t of tokens) {
    const informal = t.kind === 'word' ? INFORMAL.get(t.text) : undefined;
    if (informal) expanded.push(...words(informal));
    else expanded.push(t);
  }
  const out: Token[] = [];
  for (let i = 0; i < expanded.length; ) {
    const head = expanded[i]!;
    const dash = head.kind === 'word' ? head.text.indexOf('-') : -1;
    if (head.kind !== 'word' || !PHRASE_STARTS.has(dash < 0 ? head.text : head.text.slice(0, dash))) {
      out.push(head);
      i++;
      continue;
    }
    // Keys of the phrases starting here ("kim", "kim jong-un", ...), shortest first.
    const keys = [head.text];
    for (let n = 2; n <= MAX_PHRASE && i + n <= expanded.length; n++) {
      const next = expanded[i + n - 1]!;
      if (next.kind !== 'word') break;
      keys.push(`${keys[n - 2]} ${next.text}`);
    }
    let matched = false;
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1]!;
      const canonical = PHRASES.get(key) ?? (n === 1 && dash >= 0 ? PHRASES.get(key.replace(/-/g, ' ')) : undefined);
      if (canonical !== undefined) {
        out.push(...words(canonical));
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(head);
      i++;
    }
  }
  return out;
}

/**
 * Derived words whose meaning has drifted from their root: stemming them would conflate
 * "government" with "order" (pemerintah / perintah), "agreement" with "promise"
 * (perjanjian / janji), "defence" with "holding" (pertahanan / tahan), "shortage" with
 * "less" (kekurangan / kurang), "mobilisation" with "car" (mobilisasi / mobil) or "died"
 * with "stayed" (meninggal / tinggal; "meninggalkan", to leave, is tinggal's), or "express"
 * with "north" (mengutarakan / utara).
 */
const LEXICALISED: Readonly<Record<string, string>> = lookupTable({
  pemerintah: 'pemerintah',
  pemerintahan: 'pemerintah',
  perusahaan: 'perusahaan',
  pengadilan: 'pengadilan',
  personel: 'personel',
  personil: 'personel',
  penduduk: 'penduduk',
  pendapat: 'pendapat',
  pendapatan: 'pendapatan',
  perjanjian: 'perjanjian',
  mobilisasi: 'mobilisasi',
  pertahanan: 'pertahanan',
  keamanan: 'keamanan',
  pertanian: 'pertanian',
  perdagangan: 'perdagangan',
  kesehatan: 'kesehatan',
  kekurangan: 'kekurangan',
  meninggal: 'meninggal',
  meninggalnya: 'meninggal',
  // "ketahui" (to know) is tahu with ke-...-i, a confix no other verb takes: the rules allow no
  // inner ke-, so "diketahui" stayed whole while "mengetahui" and "pengetahuan" are tahu.
  ketahui: 'tahu',
  diketahui: 'tahu',
  diketahuinya: 'tahu',
  ketahuilah: 'tahu',
  // "mengutarakan" (to express) is not "utara" (north, as in Korea Utara).
  mengutarakan: 'utarakan',
  diutarakan: 'utarakan',
  utarakan: 'utarakan',
  // Compass points are roots that look affixed (selat + -an, barat).
  selatan: 'selatan',
  tenggara: 'tenggara',
  barat: 'barat',
  timur: 'timur',
  utara: 'utara',
});

/** Stems one folded Indonesian word; compounds ("rusia-ukraina") yield one term per part. */
export function stemWord(word: string): string[] {
  const lexicalised = LEXICALISED[word] ?? LEXICALISED[word.replace(/(?:nya|lah|kah)$/, '')];
  if (lexicalised) return [lexicalised];
  const stem = stemIndonesian(word);
  if (!stem.includes('-')) return stem ? [stem] : [];
  return stem
    .split('-')
    .filter((p) => p.length > 0 && !INDONESIAN_STOP_WORDS.has(p))
    .map((p) => stemIndonesian(p))
    .filter((p) => p.length > 0);
}

/** A stop word with only a particle or possessive after it ("dirinya", "untuknya", "apakah"). */
const INFLECTED_STOP_WORD = /^(.+?)(?:nya|lah|kah|pun|ku|mu)$/;

/**
 * The index terms of one word (none for stop words and single letters). A word derived from a
 * stop word is content: "membuat", "pembuatan" (buat), "mendapat" (dapat), "menentang"
 * (tentang), "peserta" (serta), "berdiri" (diri), "pengadaan" (ada) keep their stem; only the
 * stop word itself, bare or with a particle, is dropped.
 */
function termsOfWord(word: string): readonly string[] {
  if (INDONESIAN_STOP_WORDS.has(word)) return [];
  if (word.length === 1 && !/\d/.test(word)) return [];
  const bare = INFLECTED_STOP_WORD.exec(word)?.[1];
  if (bare !== undefined && INDONESIAN_STOP_WORDS.has(bare)) return [];
  return stemWord(word).filter((s) => s !== word || !INDONESIAN_STOP_WORDS.has(s));
}

/** Words seen recently and their terms: news repeats its vocabulary, and ingest analyses a lot. */
const wordTerms = new Map<string, readonly string[]>();
const WORD_CACHE_SIZE = 50_000;

/** Two or three capitals standing alone: the shape of a short acronym ("MU", "DI", "SE"). */
const SHORT_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu;
/** A word in capitals only (two or more): a neighbour like this means the text is shouted. */
const SHOUTED_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * The stop words a text types as short acronyms, folded: "MU" (Manchester United, not the
 * possessive "mu"), "DI Yogyakarta" (Daerah Istimewa), "SE" (a circular, surat edaran). Two or
 * three capitals standing alone, not next to another word in capitals, where the whole text
 * is shouted ("MU KALAH LAGI"). They are index terms; in a text that types none of them so,
 * the same words stay stop words (a sentence is the unit: within one that prints "MU", a
 * lower-case "mu" is kept too, which costs one extra term). Undefined (the common case) when
 * the text has none.
 */
export function stopWordAcronyms(text: string): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  for (const m of text.matchAll(SHORT_CAPITALS)) {
    const word = m[0].toLowerCase();
    if (!INDONESIAN_STOP_WORDS.has(word)) continue;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const after = /^\s+(\S+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    if ((before && SHOUTED_WORD.test(before)) || (after && SHOUTED_WORD.test(after))) continue;
    (out ??= new Set()).add(word);
  }
  return out;
}

/**
 * Turns canonical tokens into index terms: stop words dropped, words stemmed. A stop word the
 * text typed as an acronym (`acronyms`, from stopWordAcronyms) is kept as it is.
 */
export function termsOfTokens(tokens: Token[], acronyms?: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'number' || acronyms?.has(t.text)) {
      terms.push(t.text);
      continue;
    }
    let cached = wordTerms.get(t.text);
    if (cached === undefined) {
      if (wordTerms.size >= WORD_CACHE_SIZE) wordTerms.clear();
      wordTerms.set(t.text, (cached = termsOfWord(t.text)));
    }
    for (const term of cached) terms.push(term);
  }
  return terms;
}

/** Canonical tokens of raw text (abbreviations, folding, informal words, names). */
export function analyzeTokens(text: string): Token[] {
  return canonicalize(tokenize(foldText(expandAbbreviations(text))));
}

/** The index terms of a text, in order. Used for sentences, passages and Indonesian questions. */
export function analyzeTerms(text: string): string[] {
  return termsOfTokens(analyzeTokens(text), stopWordAcronyms(text));
}

/** The numbers a text states, as canonical values in order of appearance. */
export function extractNumbers(text: string): number[] {
  return analyzeText(text).numbers;
}

/** Terms and numbers of a text in one pass (the ingest path). */
export function analyzeText(text: string): { terms: string[]; numbers: number[] } {
  const tokens = analyzeTokens(text);
  return { terms: termsOfTokens(tokens, stopWordAcronyms(text)), numbers: tokens.flatMap((t) => (t.kind === 'number' ? [t.value] : [])) };
}
