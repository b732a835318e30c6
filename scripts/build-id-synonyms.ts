/**
 * Builds src/text/data/id-synonyms.tsv: Indonesian near-synonyms derived from WordNet Bahasa
 * (src/text/data/lexicon/en-id-wordnet-bahasa.tsv, MIT + CC BY 4.0). Two Indonesian words are
 * near-synonyms when they translate several of the same English words: at least MIN_SHARED
 * shared English keys, and a cosine of their key sets of at least MIN_COSINE (polysemous words
 * share a key or two with many others; synonyms share many). English keys with more than
 * MAX_KEY_WORDS translations are too vague to count. Words are stored as the analyser's
 * index terms (stems), so the file is used as it is at question time (search/repair.ts).
 *
 *   npx tsx scripts/build-id-synonyms.ts
 */
import fs from 'node:fs';
import { analyzeTerms } from '../src/text/analyzer.js';

const MIN_SHARED = 3;
const MIN_COSINE = 0.3;
const MAX_KEY_WORDS = 30;
const MAX_SYNONYMS = 6;

const source = new URL('../src/text/data/lexicon/en-id-wordnet-bahasa.tsv', import.meta.url);
const target = new URL('../src/text/data/id-synonyms.tsv', import.meta.url);
const keysOf = new Map<string, Set<string>>();
const wordsOf = new Map<string, Set<string>>();
for (const line of fs.readFileSync(source, 'utf8').split('\n')) {
  const [en, id] = line.split('\t');
  if (!en || !id || id.includes(' ')) continue;
  const terms = analyzeTerms(id.toLowerCase());
  if (terms.length !== 1) continue;
  const term = terms[0]!;
  const key = en.toLowerCase();
  (keysOf.get(term) ?? keysOf.set(term, new Set()).get(term)!).add(key);
  (wordsOf.get(key) ?? wordsOf.set(key, new Set()).get(key)!).add(term);
}
const lines: string[] = [];
for (const [term, keys] of [...keysOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const shared = new Map<string, number>();
  for (const key of keys) {
    const words = wordsOf.get(key)!;
    if (words.size > MAX_KEY_WORDS) continue;
    for (const other of words) if (other !== term) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const synonyms = [...shared]
    .map(([other, n]) => ({ other, n, cosine: n / Math.sqrt(keys.size * keysOf.get(other)!.size) }))
    .filter((s) => s.n >= MIN_SHARED && s.cosine >= MIN_COSINE)
    .sort((a, b) => b.cosine - a.cosine || (a.other < b.other ? -1 : 1))
    .slice(0, MAX_SYNONYMS);
  if (synonyms.length > 0) lines.push(`${term}\t${synonyms.map((s) => `${s.other}:${s.cosine.toFixed(2)}`).join(',')}`);
}
fs.writeFileSync(target, `# Indonesian near-synonyms derived from WordNet Bahasa by scripts/build-id-synonyms.ts (see NOTICE.md)\n${lines.join('\n')}\n`);
console.log(`${lines.length} words with near-synonyms written to ${target.pathname}`);
