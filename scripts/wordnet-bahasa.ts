/**
 * Wordnet Bahasa's synsets as the build scripts read them, from `wn-data-ind.tab` of the Open
 * Multilingual Wordnet's data (github.com/omwn/omw-data, wns/msa; MIT): synset id ("00001740-a",
 * its last letter the part of speech) -> its Indonesian words, and word -> its synsets. Each
 * lemma is keyed by `keyOf` (lower-cased by default; an index term for the synonyms), and
 * dropped when that gives none.
 */
import fs from 'node:fs';

/** Adds a value to the set under a key, creating the set. */
export const addTo = (map: Map<string, Set<string>>, key: string, value: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);

export function readSynsets(file: string, keyOf: (lemma: string) => string | undefined = (lemma) => lemma.toLowerCase()) {
  const wordsOf = new Map<string, Set<string>>();
  const synsetsOf = new Map<string, Set<string>>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [synset, kind, lemma] = line.split('\t');
    const word = synset && kind?.endsWith('lemma') && lemma ? keyOf(lemma) : undefined;
    if (!word) continue;
    addTo(wordsOf, synset!, word);
    addTo(synsetsOf, word, synset!);
  }
  return { wordsOf, synsetsOf };
}
