/** What a question is: its language, and the kind of answer it asks for (a number, a date, a person ...). */
import { INFORMAL_INDONESIAN } from '../text/glossary.js';
import { isAnyEnglishWord, isEnglishWord } from '../text/lexicon.js';
import { foldText } from '../text/normalize.js';
import { isIndonesianWord } from '../text/stemmer.js';
import { ENGLISH_STOP_WORDS, INDONESIAN_STOP_WORDS } from '../text/stopwords.js';
import type { AnswerKind, Language } from './answer-types.js';

/** Nouns that, before "berapa" / "apa", ask for a date or a time ("tanggal berapa", "jam brp", "hari apa"). */
const DATE_NOUN = '(?:tanggal|tgl|hari|tahun|thn|bulan|pukul|jam)';

const KIND_PATTERNS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  // "Apa nama ...", "disebut apa", "What did Kim call ...", "real name": a name or a label is asked for.
  ['name', /\b(?:(?:apa|siapa)\s+nama(?:nya)?|nama(?:nya)?\s+(?:asli\s+)?apa|nama\s+asli|disebut\s+(?:apa|sebagai\s+apa)|dijuluki\s+apa|julukan|(?:istilah|sebutan|label|cap|predikat)\s+apa|(?:what|which)\s+(?:label|term|word|nickname|epithet)\b|what\s+(?:is|was|are|were)\s+(?:\w+\s+){1,4}called|what\s+(?:did|does|do)\s+\S+(?:\s+\S+){0,3}?\s+call|(?:real|full)\s+name|named\s+what)\b/],
  // "Tanggal / tahun / jam berapa" asks for a date or a time, not a count. "What was the
  // magnitude / price / score / death toll", "what rate", "at what depth" ask for a figure.
  ['number', new RegExp(String.raw`\b(?:(?<!\b${DATE_NOUN}\s+)(?:berapa(?!\s+lama\b)(?:\s+(?:banyak|jumlah|orang))?|brp)|jumlah|how\s+(?:many|much|old|far|big|large|tall|high)|number\s+of|what\s+(?:number|figure|percentage|share|age)|(?:what\s+(?:is|was|are|were|s)\s+(?:the|its|their|his|her)\s+|(?:what|which)\s+)(?:\S+\s+)?(?:magnitude|price|cost|score|scoreline|rate|fee|salary|size|height|length|weight|depth|distance|temperature|speed|population|budget|value|capacity|percent|death\s+toll|toll))\b`)],
  // "How long" is answered by when something began ("sejak 2014").
  // A schedule or a frequency ("jadwal", "how often", "seberapa sering") is answered by dates and days too.
  ['date', new RegExp(String.raw`\b(?:kapan|kpn|${DATE_NOUN}\s+(?:berapa|brp)|hari\s+apa|sejak\s+kapan|berapa\s+lama|jadwal(?:nya)?|seberapa\s+sering|when|how\s+long|how\s+often|what\s+(?:date|day|year|month|time)|which\s+(?:date|day|year|month)|(?:on|at)\s+what\s+(?:date|day|time)|schedule)\b`)],
  // Who, or which named body: "which team / club / company", "tim / klub / perusahaan apa" is
  // answered by a name the question does not give, as "who" is.
  ['person', /\b(?:siapa|who|whom|(?:which|what)\s+(?:\w+\s+)?(?:team|club|company|firm|party|band|group|brand|airline|station|organi[sz]ation)s?|(?:tim|klub|perusahaan|partai|band|grup|merek|maskapai)\s+(?:apa|mana))\b/],
  // "Di stadion mana", "ke kota mana": a place, as "di mana" is.
  ['place', /\b(?:(?:di|ke|dari)(?:\s+\p{L}+){0,2}?\s*mana|where)\b/u],
  // Chat asks the purpose with "buat apa(an)", "utk apa", "buat ngapain", or "ngapain" first;
  // English chat asks why with "how come".
  ['reason', /\b(?:mengapa|kenapa|knp|alasan|apa\s+tujuan|tujuan(?:nya)?\s+apa|(?:untuk|utk|buat|bwt)\s+(?:apa(?:an)?|ngapain)|why|how\s+come|what\s+(?:is|was)\s+the\s+(?:purpose|aim|goal|reason)|what\s+reason|for\s+what\s+(?:purpose|reason))\b|^ngapain\b/],
  // "Bagaimana cara ...", "How did X do Y?": the manner (not "how many / much / long", taken above).
  ['manner', /\b(?:bagaimana(?:\s+cara(?:nya)?)?|gimana|dengan\s+cara\s+apa|how(?!\s+(?:many|much|long|often|far|old|big|large)\b))\b/],
];

/** The openings of a yes/no question. */
const YES_NO_OPENING = /^(?:apakah|apa\s+benar|benarkah|did|does|do|is|are|was|were|has|have|had|can|could|will)\b/;

/**
 * An English "what" or "which" that asks for no particular kind ("What did the doctor who shot
 * his wife say?"): it is the question's word, and a "who" or "where" after it begins a
 * relative clause, not a second question.
 */
const OPEN_QUESTION_WORD = /\b(?:what|which)\b/;
const RELATIVE_WORD = /^(?:who|whom|whose|where|when|which|why|how)\b/;

/**
 * The kind of answer a question expects, from its question word: the first one it uses. An
 * English question puts its question word first, and a later "who", "where" or "when" begins
 * a relative clause ("Why won't police examine the doctor who shot his wife?", "How was the
 * man who used a forged diploma found out?"); an Indonesian one rarely has two. The order of
 * KIND_PATTERNS breaks a tie between patterns that begin at the same word ("what did X call"
 * is a name before it is an open "what").
 */
export function detectKind(folded: string): AnswerKind {
  // "Did Pyongyang disclose how many troops were sent?", "Apakah diketahui berapa ...": a
  // question that opens as yes/no asks whether, whatever question word it embeds. The answer
  // is often that nobody said ("Tidak jelas berapa banyak ..."), a sentence with no figure.
  if (YES_NO_OPENING.test(folded)) return 'yesno';
  const open = OPEN_QUESTION_WORD.exec(folded)?.index ?? Infinity;
  let best: { kind: AnswerKind; at: number } = { kind: 'any', at: Infinity };
  for (const [kind, pattern] of KIND_PATTERNS) {
    const at = pattern.exec(folded)?.index;
    if (at === undefined || at >= best.at) continue;
    // After an open "what" or "which", a question word begins a relative clause.
    if (at > open && RELATIVE_WORD.test(folded.slice(at))) continue;
    best = { kind, at };
  }
  return best.kind;
}

/** A question word embedded in a question whether: how many, who, when (English "who" and "when" begin relative clauses). */
const EMBEDDED_QUESTION_WORD = /\b(?:berapa|brp|siapa|kapan|kpn|how\s+(?:many|much))\b/;
/** Asking whether: a yes/no opening, or chat's "udh ... blm". */
const WHETHER = /^(?:apakah|apa\s+benar|benarkah|is|are|was|were|did|does|do|has|have|had)\b|\b(?:sudah|udah|udh|sdh)\b.*\b(?:belum|blm)\b/;
/** Being known or made public. */
const KNOWN =
  /\b(?:(?:di|ter)?ketahui|ketahuan|known|(?:meng|di)umumkan|announced?|disclosed?|revealed?|(?:meng|di)ungkap(?:kan)?|ngaku|(?:meng)?akui|mengaku|confirmed?|(?:meng)?konfirmasi|pernah)\b/;

/**
 * "Is it known how many North Koreans are still fighting?", "Apakah sudah diketahui berapa
 * ...", "udh ngaku blm brp tentara yg dikirim?": the question asks whether a figure, a person
 * or a date is known or was disclosed, so a report that it is not ("Tidak jelas berapa banyak
 * ...", "tidak mengungkapkan berapa ...") answers it as well as the figure would.
 */
export function asksWhetherKnown(folded: string): boolean {
  return EMBEDDED_QUESTION_WORD.test(folded) && WHETHER.test(folded) && KNOWN.test(folded);
}

/**
 * "Which hospital ...", "What drink did ...", "Ponpes mana ...", "Klub Jerman mana ...": a
 * question for one thing of a class, which news names (RSUD R Syamsudin, Borussia Dortmund,
 * Emirates). An English "which" or "what" before a word that is no function word, or an
 * Indonesian "mana" after a noun (not "di / ke / dari mana": a place; not "yang mana").
 * Only a question of no other kind asks it (detectKind decides first).
 */
const WHICH_THING = /\b(?:which|what)\s+(?!(?:is|was|are|were|s|did|does|do|has|have|had|will|would|can|could|should|may|might|must|happened|happens|made|makes|caused|causes|stopped|about|if|else|the|a|an|of|to|in|on|at|for|kind|sort|type)\b)\p{L}|\b(?!(?:di|ke|dari|dr|yang|yg)\b)\p{L}{3,}\s+mana\b/u;

export function asksWhichThing(folded: string): boolean {
  return WHICH_THING.test(folded);
}

/**
 * The words a question for a figure puts after its question word, where the thing counted is
 * named: "berapa *rumah* yang rusak", "brp *gol*", "how many *North Korean troops*", "how much
 * *RAM*", "number of *victims*". Up to three words: English puts modifiers first.
 */
const COUNTED_AFTER = /\b(?:berapa|brp|how\s+(?:many|much)|number\s+of|jumlah)\s+((?:[\p{L}\p{N}-]+\s*){1,3})/u;

export function countedWords(folded: string): string[] {
  const m = COUNTED_AFTER.exec(folded);
  return m ? m[1]!.trim().split(/\s+/) : [];
}

/** A question for a share ("berapa persen", "what percentage", "how many percent"). */
const ASKS_PERCENT =
  /\b(?:(?:berapa|brp|how\s+many|how\s+much)\s+(?:\S+\s+)?(?:persen|percent|%|porsi|bagian|proporsi|share|proportion)|(?:what|which)\s+(?:percentage|share|percent|proportion|portion)|persentase)/u;

export function asksPercent(folded: string): boolean {
  return ASKS_PERCENT.test(folded);
}

/**
 * Nouns that name the quantity asked ("berapa *tinggi*", "how much *money*"), not a thing
 * counted: the answer prints the figure with a unit ("setinggi 1,54 meter", "Rp 2 juta"), not
 * beside the noun.
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(
  'tinggi berat harga biaya ongkos tarif nilai usia umur jarak panjang lebar luas kecepatan suhu skor total jumlah besar besaran banyak lama kapasitas ukuran kedalaman dana anggaran gaji upah denda uang high tall old far big large long much money price cost rate fee value age height weight length distance depth speed size total amount number'.split(' '),
);

/**
 * A question for several things: "apa saja", "siapa aja", "kemana aja", "apa2", or an English
 * "which / what" with a plural noun ("Which Madrid players are ...", "Which two phones were
 * ..."). Not "baru aja" (just) nor "what kind of".
 */
const ASKS_LIST =
  /\b(?:(?:apa|siapa|mana|kemana|dimana|berapa|brp)\s+(?:saja|aja|sajakah)|(?:apa|siapa)2)\b|\b(?:which|what)\s+(?!(?:kind|sort|type)s?\b)(?:\p{L}+\s+){0,2}\p{L}{3,}s\s+(?:are|were|have|had|did|do|will)\b/u;

export function asksList(folded: string): boolean {
  return ASKS_LIST.test(folded);
}

/**
 * The question without the noun of a question for a date ("tanggal berapa" -> "berapa", "what
 * year" -> "what"): the noun only asks for the date (the kind above), it is no topic, and the
 * date an answer prints is no "tanggal".
 */
export function withoutDateNouns(text: string): string {
  return text.replace(DATE_NOUN_ASKED, '$1').replace(/\b(what|which)\s+(?:date|day|year|month|time)\b/gi, '$1');
}
const DATE_NOUN_ASKED = new RegExp(String.raw`\b${DATE_NOUN}\s+(berapa|brp|apa)\b`, 'gi');

/** A question for the time of day: "jam berapa", "pukul berapa", "what time". */
export function asksTimeOfDay(folded: string): boolean {
  return /\b(?:(?:jam|pukul)\s+(?:berapa|brp)|what\s+time)\b/.test(folded);
}

/**
 * The kinds asked for by a question that joins two questions ("kapan dan di mana", "tahun
 * berapa dan dengan bintang siapa", "dicetak siapa, menit berapa", "where ... and for what
 * purpose"): the kind of each part with its own question word, first part first. One kind for
 * a plain question; a yes/no question asks whether, whatever it joins.
 */
export function detectKinds(folded: string): AnswerKind[] {
  const first = detectKind(folded);
  if (first === 'yesno') return [first];
  const kinds = [first];
  for (const part of folded.split(/\s+(?:dan|and|serta)\s+|\s*[,;?]\s*/)) {
    const kind = detectKind(part);
    if (kind !== 'any' && kind !== 'yesno' && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * Names and titles of two or more capitalised words ("Pirates of the Caribbean: Salazar's
 * Revenge", "Carina Smyth", "Korea Utara") say nothing of the language the question is asked
 * in: "Siapa pemeran Carina Smyth di film Pirates of the Caribbean?" is Indonesian. Removed
 * before the vote, unless they are only function words ("What Is", "Apakah Benar").
 */
const TITLE_SPAN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:[\s:]+(?:(?:of|the|and|a|an|in|on|at|for|to|de|del|da|van|von|di|dan|dari|yang)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)+/gu;

function withoutTitles(text: string): string {
  const rest = text.replace(TITLE_SPAN, (span) => {
    const words = foldText(span).match(/\p{L}+/gu) ?? [];
    return words.every((w) => ENGLISH_STOP_WORDS.has(w) || INDONESIAN_STOP_WORDS.has(w)) ? span : ' ';
  });
  // A question typed in Title Case throughout leaves too little: it votes whole.
  return (rest.match(/\p{L}+/gu) ?? []).length >= MIN_VOTING_WORDS ? rest : text;
}

/** Words a question must keep outside its titles for them to be left out of the vote. */
const MIN_VOTING_WORDS = 2;

/**
 * Language of a question: English function words and lexicon words against Indonesian
 * function words, informal spellings and dictionary roots. Ties go to Indonesian (the corpus).
 */
export function detectLanguage(text: string): Language {
  const words = foldText(withoutTitles(text)).match(/\p{L}+/gu) ?? [];
  const [en, id] = languageScores(words, isEnglishWord);
  // A close call (a short chat question such as "melody jkt48 real name?") is scored again
  // with WordNet's far larger English vocabulary, loaded only then.
  if (Math.abs(en - id) > 1) return en > id ? 'en' : 'id';
  const [en2, id2] = languageScores(words, isAnyEnglishWord);
  return en2 > id2 ? 'en' : 'id';
}

function languageScores(words: readonly string[], english: (word: string) => boolean): [number, number] {
  let en = 0;
  let id = 0;
  for (const w of words) {
    const enStop = ENGLISH_STOP_WORDS.has(w);
    const idStop = INDONESIAN_STOP_WORDS.has(w) || w in INFORMAL_INDONESIAN;
    if (enStop && !idStop) en += 2;
    else if (idStop && !enStop) id += 2;
    else if (!enStop && !idStop) {
      const root = isIndonesianWord(w);
      const isEnglish = w.length > 2 && (english(w) || english(w.replace(/(?:ies|es|s|ed|ing)$/, '')));
      if (root && !isEnglish) id += 1;
      else if (isEnglish && !root) en += 1;
      else if (/(?:ing|tion|ed|ly)$/.test(w)) en += 0.5;
      else if (/^(?:me|ber|di|ter|pe)|(?:kan|nya|an)$/.test(w)) id += 0.5;
    }
  }
  return [en, id];
}
