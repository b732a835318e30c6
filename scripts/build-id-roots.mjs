#!/usr/bin/env node
// Builds src/text/data/id-roots.txt, the root-word list of the Indonesian stemmer, from openly
// licensed bilingual lexicons (see src/text/data/NOTICE-id-roots.md for sources and licences).
//
//   npx tsx scripts/build-id-roots.mjs --lexicon-dir DIR [--report FILE]
//
// DIR holds the three lexicon files listed in SOURCES below (the full Wiktionary extract is not
// shipped in the repository: it is only an input of this build, kept with the reference data).
//
// It runs under tsx because it reuses the stemmer's own affix rules (src/text/stemmer.ts), so
// that the list and the stemmer agree on what counts as an affix. Deterministic: same input,
// same output, byte for byte.
//
// The lexicons translate English words, so their Indonesian side mixes roots (kirim) with
// affixed words (pengiriman, menelantarkan). A dictionary-assisted stemmer stops as soon as a
// word is in its dictionary, so every affixed word left in the list is a word it cannot stem.
// The build therefore:
//   1. keeps single-token, purely alphabetic entries of 3+ letters, lower-cased;
//   2. drops, repeatedly until nothing changes, every entry that the stemmer (dictionary only,
//      no guessing) reduces to another entry of the list: menelantarkan -> telantar,
//      pemerintah -> perintah. Entries that occur only capitalised (names: Abdullah) are kept;
//   3. adds roots that the lexicons attest only in affixed forms, when at least two entries
//      with different affix patterns agree on them and nothing in the list explains those
//      entries already: berbisik, bisikan, membisikkan -> bisik. Candidates are taken greedily,
//      best supported first, so that menyanyi/penyanyi/bernyanyi give nyanyi and not sanyi.
// Nothing here comes from Sastrawi's kata-dasar.txt (CC BY-NC-SA), nor from any test file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const log = (line) => process.stderr.write(line + '\n');

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const outFile = resolve(root, 'src/text/data/id-roots.txt');

const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const lexiconArg = argValue('--lexicon-dir', null);
if (!lexiconArg) {
  log('usage: npx tsx scripts/build-id-roots.mjs --lexicon-dir DIR [--report FILE] (DIR: the folder of the lexicon TSV files)');
  process.exit(1);
}
const lexiconDir = resolve(process.cwd(), lexiconArg);
const reportFile = argValue('--report', null);

/** Source files and the column that holds the Indonesian side (0-based). */
const SOURCES = [
  { file: 'en-id-wiktionary.full.tsv', column: 1, header: true, posColumn: 2 },
  { file: 'en-id-wiktionary.tsv', column: 1, header: false },
  { file: 'en-id-wordnet-bahasa.tsv', column: 1, header: false },
];

/** Wiktionary parts of speech that are closed classes: never derived by productive affixation. */
const CLOSED_CLASS_POS = new Set(['pron', 'conj', 'prep', 'determiner', 'article', 'particle', 'num', 'adv', 'interj']);

/**
 * Frequent roots that look affixed and whose look-alike root is another word, so that the rules
 * above would wrongly take them apart (mereka is not me-reka, selatan is not selat-an, menang is
 * not me-tang). Chosen from general knowledge of Indonesian, not from any test file; kept short:
 * each entry only stops the stemmer from splitting that one word. Added if the lexicons lack it.
 */
const KEEP_AS_ROOTS = `
  mereka menang memang menteri menara merdeka meriam mentah mentega mentari menantu melati
  selatan segera sendiri semua sepeda selasa setan sedang sekarang selalu sebelum setelah
  selama sesudah segala seluruh sering kemarin kemudian kepala kereta kertas ketua kenapa
  pesawat pesan petang pedang penjara peluru pelangi perdana persen pertama perlu perempuan
  berita beruang beras berat berani bersih berikut terima teras terus tertib tentara
  dengan pemilu peluang perangkat lini
`.split(/\s+/).filter(Boolean);

const MIN_LENGTH = 3;
/** English words too general to show that two Indonesian words are related. */
const ENGLISH_STOPWORDS = new Set(
  'with from into that this than then there their them they what when which while something someone somebody oneself person thing things have having become being state very more most some other also about make made cause'.split(' '),
);
/** Induced roots must be at least this long: short ones are too often coincidences. */
const MIN_INDUCED_LENGTH = 4;
/** How many entries, with how many different affix patterns, must agree on an induced root. */
const MIN_INDUCED_PATTERNS = 2;

// The stemmer module loads the list at import time; give it an empty one on a first build.
if (!existsSync(outFile)) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, '');
}
const { createIndonesianStemmer, affixReadings, PLAUSIBLE_ONSET } = await import('../src/text/stemmer.ts');

// 1. Collect entries -------------------------------------------------------------------------
/**
 * word -> { lower: seen starting lower-case at least once, rows: how many lexicon rows give it,
 * english: the English words it translates }
 */
const entries = new Map();
for (const { file, column, header, posColumn } of SOURCES) {
  const path = resolve(lexiconDir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = header ? 1 : 0; i < lines.length; i++) {
    const cells = lines[i].split('\t');
    const cell = cells[column];
    if (cell === undefined) continue;
    // A multi-word entry (pesawat terbang, sepak bola) attests each of its lower-case words.
    const tokens = cell.normalize('NFC').trim().split(/\s+/);
    const phrase = tokens.length > 1;
    for (const token of tokens) {
      if (!/^[A-Za-z]+$/.test(token) || token.length < MIN_LENGTH) continue;
      // Short words inside phrases are too often English or abbreviations (hit, web, gdp).
      if (phrase && (!/^[a-z]+$/.test(token) || token.length < MIN_INDUCED_LENGTH)) continue;
      const word = token.toLowerCase();
      let e = entries.get(word);
      if (!e) entries.set(word, (e = { lower: false, rows: 0, english: new Set(), closed: false, name: false }));
      e.lower ||= /^[a-z]/.test(token);
      e.rows++;
      if (phrase) continue;
      if (posColumn !== undefined && CLOSED_CLASS_POS.has(cells[posColumn] ?? '')) e.closed = true;
      if (posColumn !== undefined && cells[posColumn] === 'prop') e.name = true;
      for (const t of (cells[0] ?? '').toLowerCase().split(/[^a-z]+/)) {
        if (t.length >= 4 && !ENGLISH_STOPWORDS.has(t)) e.english.add(t);
      }
    }
  }
}
// Capitalised entries are kept as roots so that the stemmer leaves names alone, but a
// three-letter one (Jum, for Friday) would stop it inside ordinary words (se-jum-lah).
for (const [w, e] of entries) if (!e.lower && w.length < MIN_INDUCED_LENGTH) entries.delete(w);
for (const w of KEEP_AS_ROOTS) {
  const e = entries.get(w);
  if (e) e.closed = true;
  else entries.set(w, { lower: true, rows: 1, english: new Set(), closed: true });
}
const allWords = [...entries.keys()].sort();
/**
 * Entries never treated as affixed: proper names (Wiktionary's `prop`: Abdullah, Harun; WordNet
 * capitalises ordinary words too, Diserang, so capitals alone prove nothing), closed-class words
 * and the KEEP_AS_ROOTS list.
 */
const isProtected = (w) => entries.get(w).name || entries.get(w).closed;
const rows = (w) => entries.get(w)?.rows ?? 0;

/** Do two entries share an English translation, up to English inflection (abandon/abandoned)? */
function relatedInEnglish(a, b) {
  const ea = entries.get(a)?.english;
  const eb = entries.get(b)?.english;
  if (!ea || !eb) return false;
  for (const x of ea) {
    for (const y of eb) {
      if (x === y) return true;
      const shorter = Math.min(x.length, y.length);
      let common = 0;
      while (common < shorter && x[common] === y[common]) common++;
      if (common >= 4 && common >= 0.75 * shorter) return true;
    }
  }
  return false;
}

/**
 * How much a reading of an entry as affix + root can be trusted on its own.
 *  'regular': productive, unambiguous morphology (di-, meN-/peN- with regular nasal assimilation,
 *    ber- before a consonant, ke-...-an): the entry is dropped unless it looks like a word in its
 *    own right (more lexicon rows than the root and no shared English translation).
 *  'ambiguous': readings that also fit many roots (ter-, per-, pe- without nasal, be-r/te-r with
 *    restored r, ke- or se- alone, a bare -an/-kan): dropped only if the two share an English
 *    translation (terima "receive" is not rima "rhyme", perdana is not dana, ketua is not tua).
 *  'suffix': a bare -an: dropped unless the entry is far more prominent than the root and shares
 *    no English translation with it (kemudian "then" is not kemudi-an "rudder").
 *  null: never evidence (a bare -i: nilai is not nila-i; clitics alone; the non-standard nasal
 *    men-t/men-s/meng-k before a vowel, which the standard language does not write: menteri).
 */
function trust(word, reading) {
  const deriv = reading.suffixes.find((x) => x === '-i' || x === '-an' || x === '-kan');
  const first = reading.prefixes[0];
  if (!first) {
    // A bare -an is the commonest way to make a noun (kiriman, serangan, laporan). A bare -kan
    // may be an imperative (belikan) unless root-k + -an is also a reading (desakan, gerakan).
    if (deriv === '-an') return 'suffix';
    if (deriv === '-kan' && !roots.has(reading.root + 'k')) return 'ambiguous'; // not pasu-kan
    return /^-is/.test(reading.suffixes[0] ?? '') ? 'ambiguous' : null;
  }
  // Confixes that Indonesian does not form (ECS's invalid affix pairs): kemangi is not ke-mang-i.
  const pair = `${word.slice(0, first.rule === 'plain' ? 2 : 3)}|${deriv ?? ''}`;
  if (/^(?:be.\|-i|di.?\|-an|ke.?\|-(?:i|kan)|me.\|-an|se.?\|-(?:i|kan)|te.\|-an)$/.test(pair)) return null;
  if (/^(?:14|27)$/.test(first.rule) && /^[st][aiueo]/.test(first.to)) return null;
  if (/^(?:16|29)$/.test(first.rule) && /^k[aiueo]/.test(first.to)) return null;
  switch (first.rule) {
    case 'plain':
      if (word.startsWith('di')) return 'regular';
      if (word.startsWith('ke') && reading.suffixes.includes('-an')) return 'regular';
      return 'ambiguous';
    case '2': case '3': case '4': case '5':
    case '10': case '11': case '12': case '13': case '14': case '15': case '16': case '17': case '18': case '19':
    case '25': case '26': case '27': case '28': case '29': case '30': case '31':
      return 'regular';
    default:
      return 'ambiguous';
  }
}

// 2. Drop entries that are affixed forms of another entry -------------------------------------
const roots = new Set(allWords);
const dropped = new Map(); // word -> the reading that explained it
for (let round = 1; ; round++) {
  const toDrop = [];
  for (const w of roots) {
    if (isProtected(w)) continue;
    for (const reading of [...affixReadings(w), ...foreignSuffixReadings(w)]) {
      const r = reading.root;
      if (r === w || r.length < MIN_LENGTH || !roots.has(r)) continue;
      const t = trust(w, reading);
      if (t === null) continue;
      // Three-letter roots (bom, dua, adu) are short enough to turn up by chance: accept them
      // only behind a regular nasal prefix (mengebom, menduakan, mengadu).
      if (r.length < MIN_INDUCED_LENGTH && (t !== 'regular' || reading.prefixes[0]?.rule === 'plain')) continue;
      const related = relatedInEnglish(w, r);
      const prominent = t === 'suffix' ? rows(w) > 3 * rows(r) : rows(w) > rows(r);
      if (t === 'regular' || related || !prominent) {
        toDrop.push([w, describe(reading)]);
        break;
      }
    }
  }
  if (toDrop.length === 0) break;
  for (const [w, why] of toDrop) {
    roots.delete(w);
    dropped.set(w, why);
  }
  log(`round ${round}: dropped ${toDrop.length} affixed entries`);
}

/** Adopted foreign suffixes: idealis, idealisme, finalisasi (the stemmer strips them as a last resort). */
function foreignSuffixReadings(w) {
  const m = /^(.{5,}?)(isme|isasi|is)$/.exec(w);
  return m ? [{ root: m[1], prefixes: [], suffixes: ['-' + m[2]] }] : [];
}

function describe(reading) {
  return [...reading.prefixes.map((p) => `${p.rule}:${p.from}>${p.to}`), ...reading.suffixes].join(' ') + ` => ${reading.root}`;
}

/** The affix family of a reading, to count how differently a root is attested (me-|-kan). */
function family(reading) {
  const fam = reading.prefixes.map((p) => {
    if (p.rule === 'plain') return p.from.slice(0, 2);
    const n = Number(p.rule);
    if (n <= 5) return 'ber';
    if (n <= 9 || n === 35) return 'ter';
    if (n <= 19) return 'me';
    if (n >= 21 && n <= 24) return 'per';
    return 'pe';
  });
  const deriv = reading.suffixes.find((x) => x === '-i' || x === '-an' || x === '-kan');
  return [...fam, deriv ?? ''].join('|');
}

// 3. Induce roots attested only in affixed forms ---------------------------------------------
const plausible = (w) => w.length >= MIN_INDUCED_LENGTH && /^[a-z]+$/.test(w) && /[aiueo]/.test(w) && PLAUSIBLE_ONSET.test(w);
const CLITICS = new Set(['-lah', '-kah', '-tah', '-pun', '-ku', '-mu', '-nya']);
const dictionaryOnly = createIndonesianStemmer(roots, { guessUnknownRoots: false, cacheSize: 0 });
/**
 * Rules whose reading hides the root's first sound (meN- + vowel: kabul or abul? ber- + vowel:
 * iman or riman?). A root is induced only if some entry attests its first sound otherwise.
 */
const HIDES_INITIAL = new Set(['1', '6', '13', '15', '17', '18', '21', '26', '28', '30', '31']);
/** candidate root -> Map(word -> { family, regular, attestsInitial }) */
const support = new Map();
for (const w of allWords) {
  // Names, and entries that already reduce to another root, are explained.
  if (isProtected(w) || dictionaryOnly.stem(w) !== w) continue;
  for (const reading of affixReadings(w)) {
    const r = reading.root;
    const t = trust(w, reading);
    // Lexicon entries with clitics are rare and mostly roots ending like one (memangku).
    if (!plausible(r) || roots.has(r) || t === null || reading.suffixes.some((x) => CLITICS.has(x))) continue;
    let m = support.get(r);
    if (!m) support.set(r, (m = new Map()));
    const innermost = reading.prefixes[reading.prefixes.length - 1];
    const info = {
      family: family(reading),
      regular: t === 'regular',
      attestsInitial: innermost === undefined || !HIDES_INITIAL.has(innermost.rule),
    };
    const prev = m.get(w);
    // One word, one vote: keep its most trustworthy reading.
    if (!prev || (info.regular && !prev.regular) || (info.attestsInitial && !prev.attestsInitial)) m.set(w, info);
  }
}
const explained = new Set();
const induced = new Map(); // root -> attesting words
const supportOf = (root) => {
  const words = [...support.get(root)].filter(([w]) => !explained.has(w));
  const infos = words.map(([, i]) => i);
  return {
    root,
    words,
    families: new Set(infos.map((i) => i.family)).size,
    ok: infos.filter((i) => i.regular).length >= MIN_INDUCED_PATTERNS && infos.some((i) => i.attestsInitial),
  };
};
// Greedy, lazily re-scored: the candidate with the most distinct affix families first; ties by
// number of words, then the longer root (less stripped: nganga over anga), then alphabetical,
// so the result is deterministic.
const better = (a, b) =>
  a.families !== b.families ? a.families > b.families
  : a.words.length !== b.words.length ? a.words.length > b.words.length
  : a.root.length !== b.root.length ? a.root.length > b.root.length
  : a.root < b.root;
const valid = (c) => c.families >= MIN_INDUCED_PATTERNS && c.ok;
let queue = [...support.keys()].map(supportOf).filter(valid);
while (queue.length > 0) {
  queue.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const top = queue.shift();
  const fresh = supportOf(top.root);
  if (!valid(fresh)) continue;
  if (fresh.words.length !== top.words.length) {
    queue.push(fresh); // its support shrank: re-rank it
    continue;
  }
  induced.set(top.root, top.words.map(([w]) => w));
  for (const [w] of top.words) explained.add(w);
}
// The induced root replaces the entries that attest it (melipat, lipatan -> lipat): at least two
// of them are regular derivations, which is strong enough evidence to take the others too.
for (const [r, words] of induced) {
  roots.add(r);
  for (const w of words) {
    roots.delete(w);
    dropped.set(w, `induced => ${r}`);
  }
}

// 4. Write -----------------------------------------------------------------------------------
const sorted = [...roots].sort();
writeFileSync(outFile, sorted.join('\n') + '\n');
log(
  `entries ${allWords.length}, dropped as affixed ${dropped.size}, induced ${induced.size}, roots ${sorted.length} -> ${outFile}`,
);

if (reportFile) {
  const lines = ['# dropped (word: the reading that explained it)'];
  for (const [w, r] of [...dropped].sort()) lines.push(`${w}\t${r}`);
  lines.push('', '# induced (root <- attesting entries)');
  for (const [r, ws] of [...induced].sort()) lines.push(`${r}\t${ws.map((w) => `${w} (${support.get(r).get(w).family})`).join(', ')}`);
  writeFileSync(reportFile, lines.join('\n') + '\n');
}
