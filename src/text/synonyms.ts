/**
 * Indonesian near-synonyms from WordNet Bahasa (data/id-synonyms.tsv, built by
 * scripts/build-id-synonyms.ts): words that share synsets or translate several of the same
 * English words. Used for question words no article contains (search/repair.ts).
 */
import fs from 'node:fs';

let synonyms: Map<string, { term: string; similarity: number }[]> | undefined;

/**
 * Near-synonyms of an Indonesian index term from WordNet Bahasa (data/id-synonyms.tsv, built
 * by scripts/build-id-synonyms.ts): words that share synsets ("butuh" and "perlu") or translate
 * several of the same English words ("sokong" and "dukung", "runding" and "bincang"), most
 * similar first.
 */
export function nearSynonyms(term: string): readonly { term: string; similarity: number }[] {
  if (!synonyms) {
    synonyms = new Map();
    for (const line of fs.readFileSync(new URL('./data/id-synonyms.tsv', import.meta.url), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [word, list] = line.split('\t');
      if (!word || !list) continue;
      synonyms.set(
        word,
        list.split(',').map((s) => {
          const [t, sim] = s.split(':');
          return { term: t!, similarity: Number(sim) };
        }),
      );
    }
  }
  return synonyms.get(term) ?? [];
}
