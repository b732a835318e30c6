/**
 * Curated word lists that no general lexicon gets right for news about states and conflicts:
 * informal Indonesian spellings, names with several spellings, and multi-word names that must
 * be one concept. Applied by the same analyser at index time and at question time.
 */
import { lookupTable } from './lookup-table.js';

/** Informal or abbreviated Indonesian (chat spelling) to the standard word(s). */
export const INFORMAL_INDONESIAN: Readonly<Record<string, string>> = lookupTable({
  yg: 'yang', brp: 'berapa', brapa: 'berapa', gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana',
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', tdk: 'tidak', gak: 'tidak', ga: 'tidak', nggak: 'tidak',
  enggak: 'tidak', dgn: 'dengan', utk: 'untuk', krn: 'karena', karna: 'karena', dr: 'dari', kpd: 'kepada',
  tsb: 'tersebut', org: 'orang', thn: 'tahun', jg: 'juga', sm: 'dengan', blm: 'belum', bkn: 'bukan',
  knp: 'kenapa', dmn: 'mana', kpn: 'kapan', ap: 'apa', sy: 'saya', bs: 'bisa', lg: 'lagi', sblm: 'sebelum',
  stlh: 'setelah', pd: 'pada', spt: 'seperti', jd: 'jadi', tntr: 'tentara', psk: 'pasukan',
  // Chat function words IndoCollex's dictionary lacks.
  aja: 'saja', doang: 'saja', kalo: 'kalau', emang: 'memang',
  // Chat content words it lacks, each with its standard word.
  bilang: 'berkata', kayak: 'seperti', gede: 'besar', banget: 'sekali', abis: 'habis', tau: 'tahu',
  bikin: 'membuat', cewek: 'perempuan', cowok: 'laki-laki', duit: 'uang', nyampe: 'sampai', ngga: 'tidak',
});

/**
 * English as typed in chat: abbreviations and apostrophe-less forms, to the words the English
 * lexicons and the lemmatiser know. Fillers ("lol", "tbh") become nothing. Applied to English
 * questions only: "n" or "r" are no Indonesian words, and "us" (the pronoun or the country) is
 * left alone.
 */
export const INFORMAL_ENGLISH: Readonly<Record<string, string>> = lookupTable({
  u: 'you', ur: 'your', r: 'are', n: 'and', w: 'with', 'w/': 'with', 'w/o': 'without', b4: 'before',
  bc: 'because', bcs: 'because', cuz: 'because', coz: 'because', pls: 'please', plz: 'please',
  smth: 'something', sth: 'something', smt: 'something', sb: 'somebody', ppl: 'people', govt: 'government',
  gov: 'government', pts: 'points', tho: 'though', thru: 'through', abt: 'about', yr: 'year',
  yrs: 'years', mins: 'minutes', hrs: 'hours', approx: 'approximately', wat: 'what', wht: 'what',
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", arent: "aren't",
  werent: "weren't", cant: "can't", wont: "won't", theyre: 'they are', whats: 'what is', whos: 'who is',
  nk: 'north korea', sk: 'south korea',
  lol: '', lmao: '', omg: '', btw: '', tbh: '', imo: '', imho: '', idk: '', rn: '', ngl: '', fyi: '',
});

/** Replaces chat English (INFORMAL_ENGLISH) word by word. */
export function expandEnglishChat(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]+(?:\/o?)?(?![\p{L}\p{N}'’-])/gu, (word) => {
    const formal = INFORMAL_ENGLISH[word.toLowerCase()];
    return formal === undefined ? word : formal;
  });
}

/**
 * Canonical names: every spelling on the left becomes the words on the right, in articles and
 * questions alike, so "Korut", "DPRK" and "Korea Utara" are one term sequence.
 * Keys are folded token sequences (space-separated); longer keys win.
 */
export const CANONICAL_PHRASES: Readonly<Record<string, string>> = lookupTable({
  korut: 'korea utara',
  dprk: 'korea utara',
  rrdk: 'korea utara',
  'republik rakyat demokratik korea': 'korea utara',
  korsel: 'korea selatan',
  'amerika serikat': 'amerika serikat',
  amerika: 'amerika serikat',
  kiev: 'kyiv',
  kiew: 'kyiv',
  moskwa: 'moskow',
  moscow: 'moskow',
  crimea: 'krimea',
  kremlin: 'kremlin',
  'pesawat nirawak': 'drone',
  'pesawat tanpa awak': 'drone',
  'pesawat tanpa pengemudi': 'drone',
  nirawak: 'drone',
  'pyongyang': 'pyongyang',
  'kim jong-un': 'kim jong un',
  'kim jongun': 'kim jong un',
  'zelenskyy': 'zelensky',
  'zelenskiy': 'zelensky',
  'zelenskyi': 'zelensky',
  'nato': 'nato',
  'pbb': 'perserikatan bangsa bangsa',
  'perserikatan bangsa-bangsa': 'perserikatan bangsa bangsa',
  // Seasons are one term: "musim gugur" (autumn) must not match "gugur" (fallen in battle).
  'musim gugur': 'musimgugur',
  'musim semi': 'musimsemi',
  'musim panas': 'musimpanas',
  'musim dingin': 'musimdingin',
});

/**
 * Case-sensitive abbreviations, resolved before folding because their lower-case forms are
 * ordinary words ("as", "us"). Applied to articles and questions alike.
 */
export const CASE_SENSITIVE_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])U\.S\.A?\.?(?![\p{L}\p{N}])/gu, ' amerika serikat '],
  [/(?<![\p{L}\p{N}.])(?:AS|US|USA)(?![\p{L}\p{N}])/gu, ' amerika serikat '],
  [/(?<![\p{L}\p{N}])N\.?K\.?(?![\p{L}\p{N}])/gu, ' korea utara '],
  [/(?<![\p{L}\p{N}])S\.?K\.?(?![\p{L}\p{N}])/gu, ' korea selatan '],
  [/(?<![\p{L}\p{N}])U\.?K\.?(?![\p{L}\p{N}])/gu, ' inggris '],
];
