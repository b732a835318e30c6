/**
 * English -> Indonesian translation for questions asked in English. Four sources, weighed so
 * that a noisy translation cannot swamp a good one:
 *   - the curated glossary (data/en-id-glossary.tsv): weight 1.0, falling slightly by rank;
 *   - the news vocabulary (data/en-id-news.tsv, English words for the archive's 1,500 commonest
 *     roots): 0.9, likewise (at 1.0 it ranked one gold sentence fewer first of 604); its second
 *     part (data/en-id-news-2.tsv, the next 1,700 roots): 0.7;
 *   - Wiktionary (data/lexicon/en-id-wiktionary.tsv, CC-BY-SA 3.0): accurate, 0.8 by rank;
 *   - WordNet Bahasa (data/lexicon/en-id-wordnet-bahasa.tsv, MIT/CC-BY): broad but noisy
 *     (Malay forms, rare senses), so each of its n senses gets 0.5/sqrt(n), and only when
 *     none of the others knows the word.
 * Both lexicons give each pair its parts of speech (scripts/build-lexicon-pos.ts): a word the
 * question uses as a verb is translated by verb senses ("watched": menonton, not jam tangan).
 * Loaded once per process, on the first English question.
 */
import fs from 'node:fs';
import { bestCorrection } from './spelling.js';

export interface Translation {
  /** Indonesian word or phrase. */
  text: string;
  weight: number;
  source: 'glossary' | 'wiktionary' | 'wordnet';
}

/**
 * A part of speech as the lexicons write it: n noun, v verb, a adjective, r adverb (the
 * question's, from wink-nlp's tagger). A pair may have several ("nv").
 */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

const GLOSSARY_WEIGHT = 1.0;
const GLOSSARY_RANK_STEP = 0.05;
const WIKTIONARY_WEIGHT = 0.8;
/** The news vocabulary (data/en-id-news.tsv): written for the archive's roots, less curated than the glossary. */
const NEWS_WEIGHT = 0.9;
/**
 * Its second part (data/en-id-news-2.tsv, the roots ranked 1,501 to 3,200: "tarif" for rate,
 * "wewenang" for authority, "bosan" for bored): below Wiktionary's 0.8. On the 604 answerable
 * sample questions it ranks one gold sentence fewer first than without it (0.6-0.8 alike) and
 * gives two more right direct answers; it stays for the words unseen questions will use.
 */
const NEWS_2_WEIGHT = 0.7;
const WIKTIONARY_RANK_STEP = 0.05;
const WORDNET_WEIGHT = 0.5;
/**
 * WordNet lists many senses; a word keeps this many, those that translate most of its synsets
 * first. The senses no article holds are pruned per question, and the corpus says which of the
 * rest the question means (search/senses.ts), so common words ("people", "shot") keep theirs.
 */
const WORDNET_MAX_SENSES = 24;
/** Phrases longer than this on either side are idioms, not useful query terms. */
const MAX_PHRASE_WORDS = 3;
/**
 * The curated glossary also names institutions, whose names are longer ("maritime affairs and
 * fisheries ministry": kementerian kelautan dan perikanan).
 */
const MAX_GLOSSARY_PHRASE_WORDS = 5;

/**
 * English key -> Indonesian translations joined by tabs, each "word|parts of speech" (one
 * string per key keeps memory low).
 */
type Table = Map<string, string>;

function readTable(file: URL, maxWords = MAX_PHRASE_WORDS): Table {
  const table: Table = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [en, id, pos = ''] = line.split('\t');
    if (!en || !id) continue;
    const key = en.trim().toLowerCase();
    const word = id.trim().toLowerCase();
    if (key.split(' ').length > maxWords || word.split(' ').length > maxWords) continue;
    const value = `${word}|${pos.trim() || 'o'}`;
    const list = table.get(key);
    if (list === undefined) table.set(key, value);
    else if (!list.split('\t').some((entry) => entry.startsWith(`${word}|`))) table.set(key, `${list}\t${value}`);
  }
  return table;
}

/** A key's entries with their parts of speech and sense counts ("menonton|v7" -> v: 7). */
function parsedEntries(table: Table, key: string): { word: string; counts: { letter: string; n: number }[] }[] {
  return (table.get(key)?.split('\t') ?? []).map((entry) => {
    const [word, field] = entry.split('|') as [string, string];
    const counts = [...field.matchAll(/([a-z])(\d*)/g)].map(([, letter, n]) => ({ letter: letter!, n: n ? Number(n) : 1 }));
    return { word, counts };
  });
}

const hasLetter = (entry: { counts: readonly { letter: string }[] }, pos: PartOfSpeech) => entry.counts.some((c) => c.letter === pos);

interface Entry {
  word: string;
  /** How many of the English word's senses (synsets) it translates, for the asked part of speech. */
  senses: number;
}

/**
 * The Indonesian words of a key. With a part of speech, only the words of that part of speech,
 * unless the key has none of it (the tagger can be wrong; a word with no sense of the asked part
 * of speech keeps all of them). The part-of-speech field is letters ("nv") or, for WordNet,
 * letters with their sense counts ("n4v2").
 */
function entries(table: Table, key: string, pos?: PartOfSpeech): Entry[] {
  const all = parsedEntries(table, key);
  const same = pos ? all.filter((e) => hasLetter(e, pos)) : all;
  return (same.length > 0 ? same : all).map(({ word, counts }) => ({
    word,
    senses: Math.max(1, counts.filter((c) => same.length === 0 || !pos || c.letter === pos).reduce((sum, c) => sum + c.n, 0)),
  }));
}


let accurate: { glossary: Table; news: Table; news2: Table; wiktionary: Table } | undefined;
let wordnet: Table | undefined;

// The small accurate tables load on the first English word; WordNet (195k pairs) only when
// a word is missing from both.
function loadAccurate() {
  accurate ??= {
    glossary: readTable(new URL('./data/en-id-glossary.tsv', import.meta.url), MAX_GLOSSARY_PHRASE_WORDS),
    news: readTable(new URL('./data/en-id-news.tsv', import.meta.url), MAX_GLOSSARY_PHRASE_WORDS),
    news2: readTable(new URL('./data/en-id-news-2.tsv', import.meta.url), MAX_GLOSSARY_PHRASE_WORDS),
    wiktionary: readTable(new URL('./data/lexicon/en-id-wiktionary.tsv', import.meta.url)),
  };
  return accurate;
}

/** The accurate tables, most trusted first. */
const accurateTables = (t: ReturnType<typeof loadAccurate>): Table[] => [t.glossary, t.news, t.news2, t.wiktionary];

function loadWordnet() {
  wordnet ??= readTable(new URL('./data/lexicon/en-id-wordnet-bahasa.tsv', import.meta.url));
  return wordnet;
}

/** Loads the lexicons now (at start-up) instead of on the first English question. */
export function warmLexicon(): void {
  loadAccurate();
  loadWordnet();
}

/** The longest English phrase the lexicons know (glossary first). */
export const MAX_ENGLISH_PHRASE = MAX_GLOSSARY_PHRASE_WORDS;

/** True when an accurate lexicon (the glossary, the news vocabulary, Wiktionary) has the English word or phrase. */
export function hasEnglishEntry(phrase: string): boolean {
  return accurateTables(loadAccurate()).some((table) => table.has(phrase));
}

/** The curated glossary's English phrases of several words ("north korea", "east java"). */
export function glossaryPhrases(): string[] {
  return [...loadAccurate().glossary.keys()].filter((k) => k.includes(' '));
}

/** True when an accurate lexicon knows the word. */
export function isEnglishWord(word: string): boolean {
  return hasEnglishEntry(word);
}

/**
 * True when any lexicon, WordNet included, has the word as an English headword: for language
 * detection, where a short chat question ("melody jkt48 real name?") needs every English word
 * it has, and a word that is also an Indonesian root counts for neither language.
 */
export function isAnyEnglishWord(word: string): boolean {
  return hasEnglishEntry(word) || loadWordnet().has(word);
}

/**
 * WordNet Bahasa's senses of an English word (of its part of speech when given), at most
 * WORDNET_MAX_SENSES, those that translate most of the word's synsets first. Each is weak:
 * WORDNET_WEIGHT * sqrt(its share of the synsets), which is WORDNET_WEIGHT / sqrt(n) when n
 * senses share them evenly.
 */
export function wordnetSenses(phrase: string, pos?: PartOfSpeech): Translation[] {
  const senses = entries(loadWordnet(), phrase, pos).sort((x, y) => y.senses - x.senses).slice(0, WORDNET_MAX_SENSES);
  const total = senses.reduce((sum, e) => sum + e.senses, 0);
  return senses.map((e) => ({ text: e.word, weight: WORDNET_WEIGHT * Math.sqrt(e.senses / total), source: 'wordnet' as const }));
}

/**
 * Indonesian translations of an English word or phrase, best first; of its part of speech when
 * given. When the word is inflected as that part of speech ("watched"), a Wiktionary entry of
 * another part of speech only ("watch" the noun: jam tangan) is no translation, so WordNet's
 * senses of the asked one stand in; a bare word keeps it (the tagger is less sure of "police").
 */
export function translateEnglish(phrase: string, pos?: PartOfSpeech, inflected = false): Translation[] {
  const t = loadAccurate();
  const out: Translation[] = [];
  const add = (text: string, weight: number, source: Translation['source']) => {
    const existing = out.find((x) => x.text === text);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else out.push({ text, weight, source });
  };
  entries(t.glossary, phrase).forEach((e, rank) => add(e.word, GLOSSARY_WEIGHT - rank * GLOSSARY_RANK_STEP, 'glossary'));
  entries(t.news, phrase).forEach((e, rank) => add(e.word, NEWS_WEIGHT - rank * GLOSSARY_RANK_STEP, 'glossary'));
  entries(t.news2, phrase).forEach((e, rank) => add(e.word, NEWS_2_WEIGHT - rank * GLOSSARY_RANK_STEP, 'glossary'));
  const wiktionary = entries(t.wiktionary, phrase, pos);
  const otherPosOnly = pos !== undefined && inflected && !hasPos(t.wiktionary, phrase, pos);
  if (!otherPosOnly) wiktionary.forEach((e, rank) => add(e.word, Math.max(0.4, WIKTIONARY_WEIGHT - rank * WIKTIONARY_RANK_STEP), 'wiktionary'));
  if (out.length === 0) for (const sense of wordnetSenses(phrase, pos)) add(sense.text, sense.weight, 'wordnet');
  return out.sort((a, b) => b.weight - a.weight);
}

function hasPos(table: Table, key: string, pos: PartOfSpeech): boolean {
  return parsedEntries(table, key).some((e) => hasLetter(e, pos));
}

/** The accurate lexicons' single English words, the candidates of spelling correction (built on first use). */
let englishWords: { term: string; frequency: number }[] | undefined;

/**
 * The English word of the accurate lexicons nearest to a misspelt one ("invasoin" ->
 * "invasion"), or undefined when none is near or several are equally near.
 */

export function correctEnglishWord(word: string): string | undefined {
  englishWords ??= [...new Set(accurateTables(loadAccurate()).flatMap((table) => [...table.keys()]).filter((k) => !k.includes(' ')))].map((term) => ({ term, frequency: 1 }));
  const accurate = bestCorrection(word, englishWords);
  if (accurate) return accurate.term;
  // Words only WordNet lists ("special", "distribution" may be missing from the small lexicons).
  wordnetWords ??= [...loadWordnet().keys()].filter((k) => !k.includes(' ') && /^[a-z]+$/.test(k)).map((term) => ({ term, frequency: 1 }));
  return bestCorrection(word, wordnetWords)?.term;
}

let wordnetWords: { term: string; frequency: number }[] | undefined;

/**
 * English demonym endings, each with the endings of the place name that stand in for it:
 * Mexican -> Mexico, Brazilian -> Brazil, Chinese -> China, Pakistani -> Pakistan.
 */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ian', ['', 'a', 'ia', 'e', 'y']],
  ['ean', ['e', 'ea', 'a']],
  ['an', ['', 'a', 'o', 'e']],
  ['n', ['']],
  ['ese', ['', 'a', 'on']],
  ['ish', ['', 'ey', 'and', 'en']],
  ['i', ['', ' arabia']],
];

/**
 * The Indonesian name of the place an English demonym stands for ("mexican" -> "meksiko",
 * "chilean" -> "chili"): the first place name of Wiktionary's proper nouns that the word's
 * ending, undone, gives. Undefined for a word that is no demonym.
 */
export function placeOfDemonym(word: string): string | undefined {
  const t = loadAccurate();
  for (const [ending, replacements] of DEMONYM_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const r of replacements) {
      const place = entries(t.wiktionary, `${stem}${r}`, undefined).filter((e) => t.wiktionary.get(`${stem}${r}`)!.includes(`${e.word}|p`));
      if (place.length > 0) return place[0]!.word;
    }
  }
  return undefined;
}
