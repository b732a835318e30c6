/**
 * English -> Indonesian translation for questions asked in English. Three sources, weighed so
 * that a noisy translation cannot swamp a good one:
 *   - the curated glossary (data/en-id-glossary.tsv): weight 1.0, falling slightly by rank;
 *   - Wiktionary (data/lexicon/en-id-wiktionary.tsv, CC-BY-SA 3.0): accurate, 0.8 by rank;
 *   - WordNet Bahasa (data/lexicon/en-id-wordnet-bahasa.tsv, MIT/CC-BY): broad but noisy
 *     (Malay forms, rare senses), so each of its n senses gets 0.5/sqrt(n), and only when
 *     neither of the other two knows the word.
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

const GLOSSARY_WEIGHT = 1.0;
const GLOSSARY_RANK_STEP = 0.05;
const WIKTIONARY_WEIGHT = 0.8;
const WIKTIONARY_RANK_STEP = 0.05;
const WORDNET_WEIGHT = 0.5;
/**
 * WordNet lists many senses; beyond this many a word is too ambiguous to translate through it.
 * The senses no article holds are pruned per question, and the corpus says which of the rest
 * the question means (search/senses.ts), so common words ("people", "shot") keep theirs.
 */
const WORDNET_MAX_SENSES = 24;
/** Phrases longer than this on either side are idioms, not useful query terms. */
const MAX_PHRASE_WORDS = 3;

/** English key -> Indonesian translations joined by tabs (one string per key keeps memory low). */
type Table = Map<string, string>;

function readTable(file: URL): Table {
  const table: Table = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [en, id] = line.split('\t');
    if (!en || !id) continue;
    const key = en.trim().toLowerCase();
    const value = id.trim().toLowerCase();
    if (key.split(' ').length > MAX_PHRASE_WORDS || value.split(' ').length > MAX_PHRASE_WORDS) continue;
    const list = table.get(key);
    if (list === undefined) table.set(key, value);
    else if (!list.split('\t').includes(value)) table.set(key, `${list}\t${value}`);
  }
  return table;
}

const entries = (table: Table, key: string): string[] => table.get(key)?.split('\t') ?? [];

let accurate: { glossary: Table; wiktionary: Table } | undefined;
let wordnet: Table | undefined;

// The small accurate tables load on the first English word; WordNet (195k pairs) only when
// a word is missing from both.
function loadAccurate() {
  accurate ??= {
    glossary: readTable(new URL('./data/en-id-glossary.tsv', import.meta.url)),
    wiktionary: readTable(new URL('./data/lexicon/en-id-wiktionary.tsv', import.meta.url)),
  };
  return accurate;
}

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
export const MAX_ENGLISH_PHRASE = MAX_PHRASE_WORDS;

/** True when the glossary or Wiktionary has the English word or phrase. */
export function hasEnglishEntry(phrase: string): boolean {
  const t = loadAccurate();
  return t.glossary.has(phrase) || t.wiktionary.has(phrase);
}

/** True when the glossary or Wiktionary knows the word. */
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

/** WordNet Bahasa's senses of an English word, each weak (WORDNET_WEIGHT / sqrt(senses)); none beyond WORDNET_MAX_SENSES. */
export function wordnetSenses(phrase: string): Translation[] {
  const senses = entries(loadWordnet(), phrase);
  if (senses.length > WORDNET_MAX_SENSES) return [];
  return senses.map((text) => ({ text, weight: WORDNET_WEIGHT / Math.sqrt(senses.length), source: 'wordnet' as const }));
}

/** Indonesian translations of an English word or phrase, best first. */
export function translateEnglish(phrase: string): Translation[] {
  const t = loadAccurate();
  const out: Translation[] = [];
  const add = (text: string, weight: number, source: Translation['source']) => {
    const existing = out.find((x) => x.text === text);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else out.push({ text, weight, source });
  };
  entries(t.glossary, phrase).forEach((id, rank) => add(id, GLOSSARY_WEIGHT - rank * GLOSSARY_RANK_STEP, 'glossary'));
  entries(t.wiktionary, phrase).forEach((id, rank) => add(id, Math.max(0.4, WIKTIONARY_WEIGHT - rank * WIKTIONARY_RANK_STEP), 'wiktionary'));
  if (out.length === 0) {
    const senses = entries(loadWordnet(), phrase);
    if (senses.length <= WORDNET_MAX_SENSES) for (const id of senses) add(id, WORDNET_WEIGHT / Math.sqrt(senses.length), 'wordnet');
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** The accurate lexicons' single English words, the candidates of spelling correction (built on first use). */
let englishWords: { term: string; frequency: number }[] | undefined;

/**
 * The English word of the accurate lexicons nearest to a misspelt one ("invasoin" ->
 * "invasion"), or undefined when none is near or several are equally near.
 */

export function correctEnglishWord(word: string): string | undefined {
  const t = loadAccurate();
  englishWords ??= [...new Set([...t.glossary.keys(), ...t.wiktionary.keys()].filter((k) => !k.includes(' ')))].map((term) => ({ term, frequency: 1 }));
  return bestCorrection(word, englishWords)?.term;
}
