/**
 * English words that Indonesian borrowed with regular spelling changes (domination ->
 * dominasi, tyranny -> tirani, invasion -> invasi, ratification -> ratifikasi, strategic ->
 * strategis, nuclear -> nuklir, missile -> misil, parliament -> parlemen, product -> produk,
 * record -> rekor, cable -> kabel, magnitude -> magnitudo). The candidates are guesses: a question
 * keeps only those the corpus contains (question.ts), so a wrong guess costs nothing.
 */

/** Suffix rewrites, longest first; each English ending to its usual Indonesian spellings. */
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ization', ['isasi']],
  ['isation', ['isasi']],
  ['ication', ['ikasi']],
  ['ation', ['asi']],
  ['ition', ['isi']],
  ['ution', ['usi']],
  ['ction', ['ksi']],
  ['ssion', ['si']],
  ['sion', ['si']],
  ['tion', ['si']],
  ['ment', ['men']],
  ['ence', ['ensi']],
  ['ance', ['ansi']],
  ['ism', ['isme']],
  ['ble', ['bel']],
  ['ude', ['udo']],
  ['que', ['k']],
  ['ist', ['is']],
  ['ical', ['is', 'ikal']],
  ['ic', ['ik', 'is']],
  ['ct', ['k']],
  ['rd', ['r']],
  ['ity', ['itas']],
  ['ty', ['tas', 'ti']],
  ['ive', ['if']],
  ['al', ['al']],
  ['ary', ['er']],
  ['ory', ['ori']],
  ['ar', ['ir', 'ar']],
  ['y', ['i']],
  ['er', ['er']],
  ['e', ['']],
];

/** Letter changes inside the word, applied to every candidate. */
function respell(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/sh/g, 'sy')
    .replace(/th/g, 't')
    .replace(/ch/g, 'k')
    .replace(/y/g, 'i')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/c(?=[aou]|$)/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/([bcdfgklmnprstz])\1/g, '$1');
}

/** Possible Indonesian spellings of an English loanword, most regular first. */
export function cognateCandidates(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 4 && w !== word && !out.includes(w)) out.push(w);
  };
  const w = word.toLowerCase();
  if (w.length < 5 || !/^[a-z]+$/.test(w)) return out;
  for (const [en, ids] of SUFFIXES) {
    if (!w.endsWith(en) || w.length - en.length < 3) continue;
    const stem = w.slice(0, -en.length);
    for (const id of ids) {
      // The suffix as Indonesian writes it, then the rest respelled ("-ication" stays "-ikasi").
      add(respell(stem) + id);
      add(stem + id);
    }
    break;
  }
  add(respell(w));
  return out;
}
