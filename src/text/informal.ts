/**
 * Colloquial Indonesian as people type it in chats ("dpt", "sbg", "ngaku", "sampe", "doang"),
 * mapped to standard words by IndoCollex's informal-formal dictionary (Wibowo et al., ACL
 * Findings 2021; MIT, data/colloquial/). Used on questions only: articles are written in the
 * standard language, and a word that articles do use is searched as it is (see question.ts).
 *
 * Entries whose informal side is an English word ("is", "in", "happened") are left out here:
 * English words in an Indonesian question are translated by the English lexicons instead.
 */
import fs from 'node:fs';
import { ENGLISH_STOP_WORDS } from './stopwords.js';

let table: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const text = fs.readFileSync(new URL('./data/colloquial/indocollex-informal-formal.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const [informal, formal] = line.split('\t').map((x) => x?.trim().toLowerCase().replace(/^"|"$/g, ''));
    if (!informal || !formal || informal === formal) continue;
    if (ENGLISH_STOP_WORDS.has(informal) || /\d/.test(informal)) continue;
    table.set(informal, formal);
  }
  return table;
}

/** The standard word(s) a colloquial word stands for, or undefined. "tentara2" is "tentara-tentara". */
export function formalOf(word: string): string | undefined {
  const hit = load().get(word);
  if (hit) return hit;
  const reduplicated = /^(\p{L}{3,})2$/u.exec(word);
  return reduplicated ? `${reduplicated[1]!}-${reduplicated[1]!}` : undefined;
}
