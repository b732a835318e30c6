/**
 * Builds src/text/data/id-synonyms.tsv: Indonesian near-synonyms from WordNet Bahasa (MIT +
 * CC BY 4.0), by two kinds of evidence, the stronger one kept for each pair:
 *
 *   - shared synsets (wn-data-ind.tab, given on the command line): two words in the same
 *     synset mean the same thing in that sense ("butuh" and "perlu" for "need"). Similarity is
 *     the cosine of their synset sets; synsets of more than MAX_SYNSET_WORDS words are too vague
 *     to count;
 *   - shared English translations (src/text/data/lexicon/en-id-wordnet-bahasa.tsv): at least
 *     MIN_SHARED shared English keys and a cosine of at least MIN_COSINE; English keys with more
 *     than MAX_KEY_WORDS translations are too vague to count.
 *
 * Words are stored as the analyser's index terms (stems), so the file is used as it is at
 * question time (search/repair.ts), where only the synonyms the articles use are kept.
 *
 *   npx tsx scripts/build-id-synonyms.ts <wn-data-ind.tab>
 */
import fs from 'node:fs';
import { analyzeTerms } from '../src/text/analyzer.js';
import { addTo, readSynsets } from './wordnet-bahasa.js';

const MIN_SHARED = 3;
const MIN_COSINE = 0.3;
const MAX_KEY_WORDS = 30;
const MAX_SYNSET_WORDS = 12;
const MIN_SYNSET_COSINE = 0.1;
const MAX_SYNONYMS = 8;

const [indTab] = process.argv.slice(2);
if (!indTab) throw new Error('usage: build-id-synonyms.ts <wn-data-ind.tab>');
const pairs = new URL('../src/text/data/lexicon/en-id-wordnet-bahasa.tsv', import.meta.url);
const target = new URL('../src/text/data/id-synonyms.tsv', import.meta.url);

/** One-word Indonesian lemma -> its index term, or undefined. */
const termOf = (lemma: string): string | undefined => {
  if (lemma.includes(' ')) return undefined;
  const terms = analyzeTerms(lemma.toLowerCase());
  return terms.length === 1 ? terms[0] : undefined;
};

/** Similar terms by shared groups (synsets or English keys): term -> other -> [cosine, shared]. */
function similarities(groupsOf: Map<string, Set<string>>, membersOf: Map<string, Set<string>>, maxMembers: number): Map<string, Map<string, [number, number]>> {
  const out = new Map<string, Map<string, [number, number]>>();
  for (const [term, groups] of groupsOf) {
    const shared = new Map<string, number>();
    for (const group of groups) {
      const members = membersOf.get(group)!;
      if (members.size > maxMembers) continue;
      for (const other of members) if (other !== term) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    out.set(term, new Map([...shared].map(([other, n]) => [other, [n / Math.sqrt(groups.size * groupsOf.get(other)!.size), n]])));
  }
  return out;
}

const { wordsOf: lemmasOf, synsetsOf } = readSynsets(indTab, termOf);
const keysOf = new Map<string, Set<string>>();
const wordsOf = new Map<string, Set<string>>();
for (const line of fs.readFileSync(pairs, 'utf8').split('\n')) {
  const [en, id] = line.split('\t');
  const term = en && id ? termOf(id) : undefined;
  if (!term) continue;
  addTo(keysOf, term, en!.toLowerCase());
  addTo(wordsOf, en!.toLowerCase(), term);
}

const bySynset = similarities(synsetsOf, lemmasOf, MAX_SYNSET_WORDS);
const byKey = similarities(keysOf, wordsOf, MAX_KEY_WORDS);
const lines: string[] = [];
for (const term of [...new Set([...bySynset.keys(), ...byKey.keys()])].sort()) {
  const best = new Map<string, number>();
  for (const [other, [cosine]] of bySynset.get(term) ?? []) if (cosine >= MIN_SYNSET_COSINE) best.set(other, cosine);
  for (const [other, [cosine, n]] of byKey.get(term) ?? []) if (n >= MIN_SHARED && cosine >= MIN_COSINE) best.set(other, Math.max(best.get(other) ?? 0, cosine));
  const synonyms = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SYNONYMS);
  if (synonyms.length > 0) lines.push(`${term}\t${synonyms.map(([other, cosine]) => `${other}:${cosine.toFixed(2)}`).join(',')}`);
}
fs.writeFileSync(target, `# Indonesian near-synonyms derived from WordNet Bahasa by scripts/build-id-synonyms.ts (see NOTICE.md)\n${lines.join('\n')}\n`);
console.log(`${lines.length} words with near-synonyms written to ${target.pathname}`);
