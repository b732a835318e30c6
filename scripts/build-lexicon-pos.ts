/**
 * Adds a part-of-speech column to the two English -> Indonesian lexicons, so that an English
 * question word is translated by the senses of its own part of speech ("watched" is the verb
 * menonton, not the noun jam tangan). The pairs themselves are left as they are.
 *
 *   - WordNet Bahasa (src/text/data/lexicon/en-id-wordnet-bahasa.tsv): a pair's parts of speech
 *     are those of the WordNet Bahasa synsets that hold the Indonesian word and belong to the
 *     English word: the synsets all of whose Indonesian lemmas translate the English word (the
 *     flattened pairs lost the synsets; this recovers them). When none qualifies, every part of
 *     speech the Indonesian word has in WordNet Bahasa. Source: wn-data-ind.tab of the Open
 *     Multilingual Wordnet's data (github.com/omwn/omw-data, wns/msa; MIT, as the pairs).
 *   - Wiktionary (src/text/data/lexicon/en-id-wiktionary.tsv): the parts of speech the full
 *     Wiktionary extract (en-id-wiktionary.full.tsv, CC BY-SA 3.0) gives the pair.
 *
 * Letters: n noun, v verb, a adjective, r adverb, p proper noun, o other; several when a pair
 * has several. WordNet pairs give each letter the number of the English word's synsets of that
 * part of speech that hold the Indonesian word ("v7n1"), which ranks the senses of a word with
 * many: the words most of its synsets share are its central translations ("watch" as a verb:
 * mengawasi, menonton, jaga).
 *
 *   npx tsx scripts/build-lexicon-pos.ts <wn-data-ind.tab> <en-id-wiktionary.full.tsv>
 */
import fs from 'node:fs';
import { addTo, readSynsets } from './wordnet-bahasa.js';

const [indTab, wiktionaryFull] = process.argv.slice(2);
if (!indTab || !wiktionaryFull) throw new Error('usage: build-lexicon-pos.ts <wn-data-ind.tab> <en-id-wiktionary.full.tsv>');

const wordnetFile = new URL('../src/text/data/lexicon/en-id-wordnet-bahasa.tsv', import.meta.url);
const wiktionaryFile = new URL('../src/text/data/lexicon/en-id-wiktionary.tsv', import.meta.url);
const lines = (file: string | URL) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const letters = (set: Iterable<string>) => [...new Set(set)].sort().join('');

const { wordsOf: lemmasOf, synsetsOf } = readSynsets(indTab);
const posOfSynset = (synset: string) => synset.slice(-1);

const pairs = lines(wordnetFile).map((l) => l.split('\t').slice(0, 2) as [string, string]);
const translations = new Map<string, Set<string>>();
for (const [en, id] of pairs) addTo(translations, en, id.toLowerCase());

let recovered = 0;
const wordnetOut = pairs.map(([en, id]) => {
  const words = translations.get(en)!;
  const word = id.toLowerCase();
  const synsets = [...(synsetsOf.get(word) ?? [])];
  const own = synsets.filter((s) => [...lemmasOf.get(s)!].every((w) => words.has(w)));
  if (own.length > 0) recovered++;
  if (own.length === 0) return `${en}\t${id}\t${letters(synsets.map(posOfSynset))}`;
  const counts = new Map<string, number>();
  for (const s of own) counts.set(posOfSynset(s), (counts.get(posOfSynset(s)) ?? 0) + 1);
  return `${en}\t${id}\t${[...counts].sort().map(([pos, n]) => `${pos}${n}`).join('')}`;
});
fs.writeFileSync(wordnetFile, `${wordnetOut.join('\n')}\n`);

const WIKTIONARY_POS: Record<string, string> = { n: 'n', v: 'v', adj: 'a', adv: 'r', prop: 'p' };
const wiktionaryPos = new Map<string, Set<string>>();
for (const line of lines(wiktionaryFull).slice(1)) {
  const [en, id, pos] = line.split('\t');
  if (!en || !id || !pos) continue;
  const key = `${en.toLowerCase()}\t${id.toLowerCase()}`;
  addTo(wiktionaryPos, key, WIKTIONARY_POS[pos] ?? 'o');
}
const wiktionaryOut = lines(wiktionaryFile).map((l) => {
  const [en, id] = l.split('\t') as [string, string];
  return `${en}\t${id}\t${letters(wiktionaryPos.get(`${en.toLowerCase()}\t${id.toLowerCase()}`) ?? [])}`;
});
fs.writeFileSync(wiktionaryFile, `${wiktionaryOut.join('\n')}\n`);
console.log(`WordNet Bahasa: ${pairs.length} pairs, ${recovered} with their own synsets; Wiktionary: ${wiktionaryOut.length} pairs, ${wiktionaryOut.filter((l) => !l.endsWith('\t')).length} with a part of speech`);
