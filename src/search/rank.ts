/**
 * Sentence ranking: BM25 retrieves candidates, then features decide the order. The weights
 * are named constants in weights.ts, each with the reason it has that size.
 */
import type { AnswerKind } from './answer-types.js';
import { analyzeTerms, extractNumbers } from '../text/analyzer.js';
import { isIndonesianWord } from '../text/stemmer.js';
import { foldText } from '../text/normalize.js';
import type { Concept } from './concepts.js';
import { COUNTED_ELSEWHERE, LONG_SENTENCE_TERMS, NOT_A_LIST, TUNED, W_ANAPHORA, W_BM25, W_CLAIM, W_COVERAGE, W_HEADLINE_ASKED, W_KIND, W_NOTICE, W_TITLE, W_PASSAGE, W_SHORT, WHICH_NO_NAME } from './weights.js';

/** A sentence FTS5 returned, with what first-stage ranking needs. */
export interface Candidate {
  id: number;
  articleId: number;
  position: number;
  text: string;
  termSet: Set<string>;
  numbers: number[];
  bm25: number;
}

/** Where a sentence stands: fetched only for the candidates that survive the first stage. */
export interface CandidateContext {
  start: number;
  end: number;
  role: string;
  /** Terms of its paragraph, the sentence before it and the article's lead. */
  passageTerms: Set<string>;
  /** Terms of the sentence before it. */
  previousTerms: Set<string>;
  slug: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string;
}

/**
 * What ranking weighs, each a number the score multiplies by its weight (weights.ts): kept on
 * every candidate so that scripts/explain.ts shows why a sentence ranks where it does.
 */
export interface RankFeatures {
  /** Share of the question's concept weight the sentence (or its article, for names) holds. */
  coverage: number;
  /** BM25 normalised to the best candidate: term frequency and length. */
  bm25: number;
  /** The kind of answer asked for is there (a figure, a date, a person ...), times coverage. */
  kind: number;
  /** A number the question states is in the sentence. */
  claim: number;
  /** 1 for a sentence of under 4 terms. */
  short: number;
  /** log2 of how many times longer than LONG_SENTENCE_TERMS the sentence is (0 when shorter). */
  long: number;
  /** What the paragraph, the sentence before and the lead add to the coverage. */
  passage: number;
  /**
   * What the sentence before adds to the coverage, for a sentence that refers back to it
   * ("Lagu ini diproduseri oleh ...", "Studi tersebut menemukan ...", "Ia mengaku ..."): the
   * detail a question asks for is often told right after the sentence that names the story.
   */
  anaphora: number;
  /** 1 for a lead sentence. */
  lead: number;
  /** 1 for a headline. */
  title: number;
  /** 1 for a sentence of the distributor's notice after the reporting (clean.ts). */
  notice: number;
}

/** A candidate after the first stage: coverage and the score from the sentence alone. */
export interface PreScored extends Candidate {
  coverage: number;
  matched: number[];
  features: RankFeatures;
  score: number;
}

export interface Scored extends PreScored, CandidateContext {}

/** The weighted sum of the features: a candidate's score. */
export function scoreOf(f: RankFeatures, longSentencePenalty: number, leadWeight: number = TUNED.leadWeight, headlineAsked = false): number {
  return (
    W_COVERAGE * f.coverage +
    W_BM25 * f.bm25 +
    W_KIND * f.kind +
    W_CLAIM * f.claim +
    W_SHORT * f.short -
    longSentencePenalty * f.long +
    W_PASSAGE * f.passage +
    W_ANAPHORA * f.anaphora +
    leadWeight * f.lead +
    (headlineAsked ? W_HEADLINE_ASKED : W_TITLE) * f.title +
    W_NOTICE * f.notice
  );
}

/**
 * A figure: a number that counts something, not a date ("28/4"), a year ("2024"), a time of
 * day ("pukul 10.00", "19.30 WIB") or a list index. Grouped thousands, a number with a
 * multiplier or percent, or 2+ digits.
 */
const FIGURE_PATTERN =
  /(?<![/\d.,:])(?<!\bpukul\s)(?!\d{1,2}[.:]\d\d\s?(?:WIB|WITA|WIT)\b)(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?\s?(?:ribu|juta|miliar|triliun|persen|%)|(?!(?:19|20)\d\d(?![.,]?\d))\d{2,}(?:[.,]\d+)?)(?![/\d:])(?!\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|ags|sep|sept|okt|nov|des)\b)/iu;
/**
 * A figure the digits-only pattern above leaves out: one digit before the thing it counts
 * ("6 GB", "9 kapal", "3 orang"; not "ke-3", not a date or a time), or a number written in
 * words ("dua juta pengunjung", "sembilan kapal", "ratusan warga").
 */
const NUMBER_WORDS = '(?<![\\p{L}-])(?:dua|tiga|empat|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|setengah|belasan|puluhan|ratusan|ribuan|jutaan)';
const COUNT_PATTERN = new RegExp(
  `(?:(?<![/\\d.,:\\p{L}-])(?<!\\b(?:pukul|jam|nomor|no|pasal|ayat|ke)\\s)\\d\\s?(?!(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|ags|sep|sept|okt|nov|des)\\b)\\p{L}+|${NUMBER_WORDS}(?:\\s+(?:belas|puluh|ratus|ribu|juta|miliar|triliun))*\\s+\\p{L}+)`,
  'iu',
);
/** A date, a day, a month, a year, or a duration ("dua hari sebelumnya", "20 tahun"), which answers "how long" and "how many days before". */
const DATE_PATTERN =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|ags|sep|okt|nov|des|pekan lalu|minggu lalu|bulan lalu|tahun lalu|kemarin|pukul\s+\d{1,2}(?:[.:]\d\d)?|\d{1,2}[.:]\d\d\s?(?:WIB|WITA|WIT)|(?:19|20)\d\d|\d{1,2}\/\d{1,2}|(?:\d+|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s*(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun)(?:\s+(?:kemudian|sebelumnya|setelahnya|lalu|terakhir))?)\b/iu;
/**
 * A report that something is not known or was not disclosed ("Tidak jelas berapa banyak ...",
 * "tidak mengungkapkan berapa ...", "belum diketahui", "enggan menyebut"): the answer to a
 * question whether it is known (question-kind.ts, asksWhetherKnown).
 */
const UNDISCLOSED =
  /\b(?:(?:tidak|tak|belum|blm)\s+(?:(?:ada\s+)?(?:yang\s+)?(?:jelas|diketahui|diungkap(?:kan)?|disebut(?:kan)?|dirinci|dijelaskan|dipublikasikan|diumumkan|mengungkap(?:kan)?|menyebut(?:kan)?|merinci|menjelaskan|mengonfirmasi|mengumumkan|memberikan\s+rincian))|(?:enggan|menolak)\s+(?:mengungkap\S*|menyebut\S*|merinci|berkomentar)|unclear|unknown|not\s+(?:known|disclosed|revealed))\b/iu;
/** A time of day: "pukul 05.15", "19.30 WIB", "dini hari", "sore". */
const TIME_OF_DAY = /\b(?:pukul\s+\d{1,2}(?:[.:]\d\d)?|\d{1,2}[.:]\d\d\s?(?:WIB|WITA|WIT)|dini hari|pagi|siang|sore|malam)\b/iu;

/**
 * Capitalised words that begin the name of a place, a body, an event or a date, not of a
 * person ("Stadion Gelora Bung Karno", "Piala Dunia", "Bank Indonesia", "Sabtu"): a name they
 * begin answers no "who".
 */
const NOT_PERSON_HEAD: ReadonlySet<string> = new Set(
  'stadion kota jalan jl desa kabupaten provinsi kecamatan kelurahan pulau gunung sungai teluk selat laut danau universitas institut sekolah piala liga partai bank kementerian badan komisi dewan majelis mahkamah pengadilan kejaksaan polda polres polsek kodam rumah gedung masjid gereja hotel bandara pelabuhan stasiun terminal museum taman pasar timnas tim klub festival hari tahun bulan senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember'.split(
    ' ',
  ),
);
const PERSON_PATTERN = /(?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+|\b(?:presiden|pemimpin|menteri|juru bicara|kepala|komandan|jenderal|panglima|perdana menteri|komisi)\b)/u;
const PLACE_PATTERN = /\b(?:di|ke|dari)\s+(?:\p{Lu}|wilayah|kota|desa|provinsi)/u;
const REASON_PATTERN = /\b(?:karena|sebab|penyebab|penyebabnya|disebabkan|akibat|gara-gara|agar|supaya|demi|sebagai imbalan|alasan|alasannya|berdasarkan|lantaran|guna|untuk)\b/iu;
/** The manner: "dengan cara", "melalui", "dengan menggunakan", "lewat". */
const MANNER_PATTERN = /\b(?:dengan cara|caranya|melalui|lewat|dengan menggunakan|menggunakan|dengan memanfaatkan|secara)\b/iu;
/** A name or label given: "disebut", "dinamai", "bernama", "menyebut ... sebagai", "julukan", "nama asli". */
const NAME_PATTERN = /\b(?:disebut|dinamai|dinamakan|bernama|berjuluk|dijuluki|julukan|nama asli|dikenal sebagai|menyebut\S*\s+(?:\S+\s+){0,6}?sebagai|menganggap\S*\s+(?:\S+\s+){0,6}?sebagai)\b/iu;

/**
 * What the question already says: its words as typed and as read, and its numbers. An answer
 * adds something to it; a sentence that only restates it ("Musim terbaik Nadal ialah 2005"
 * for "Nadal's best season was 2005, how many titles did he win?") holds no answer.
 */
export interface Asked {
  words: ReadonlySet<string>;
  numbers: readonly number[];
}

/** The question's words as typed and as its concepts were read, and its numbers. */
export function askedOf(concepts: readonly Concept[], numbers: readonly number[]): Asked {
  return { words: new Set(concepts.flatMap((c) => [...foldText(c.label).split(/\s+/), ...c.alternatives.flatMap((a) => a.terms)])), numbers };
}

/** True when a word of the name is neither typed in the question nor one of its readings. */
export function isNewName(name: string, asked: Asked): boolean {
  return foldText(name)
    .split(/[\s-]+/)
    .some((w) => w.length > 0 && !asked.words.has(w) && !analyzeTerms(w).every((t) => asked.words.has(t)));
}

const everyMatch = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
const FIGURES = everyMatch(FIGURE_PATTERN);
const COUNTS = everyMatch(COUNT_PATTERN);
/** A number word: a sentence without one, and without digits, holds no figure. */
const WRITTEN_COUNT = new RegExp(`${NUMBER_WORDS}\\s`, 'iu');
const DATES = everyMatch(DATE_PATTERN);
const PERSONS = everyMatch(PERSON_PATTERN);
/**
 * A place told by a common noun after a preposition: "di rumah kakaknya", "di lahan kosong",
 * "ke markas polisi", "di perbatasan": where something happened, when no name is printed.
 */
const PLACE_NOUN =
  /\b(?:di|ke|dari)\s+(?:dalam\s+|depan\s+|sebuah\s+|salah\s+satu\s+)?(rumah|kantor|gedung|markas|hotel|apartemen|bandara|stasiun|terminal|pelabuhan|sekolah|kampus|lapangan|stadion|jalan|jalur|kawasan|daerah|wilayah|perbatasan|lokasi|tempat|lahan|hutan|pantai|laut|sungai|kamp|penjara|rutan|lapas|pasar|mal|toko|kafe|restoran|masjid|gereja|kedutaan|pabrik|gudang|kompleks|komplek|perumahan|kampung|desa|kota|pulau|ibu\s+kota)\b/iu;
const PLACE_NOUNS = everyMatch(PLACE_NOUN);
/** "di Pyongyang", "ke kota Medan", "in Jakarta": a place named after a preposition. */
const PLACES = /\b(?:di|ke|dari|in|at)\s+(?:(?:kota|desa|provinsi|kabupaten|kecamatan|wilayah|pulau|negara)\s+)?(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+)*)/gu;

/**
 * The people a sentence names that the question did not, as [start, end) offsets. A name of
 * dictionary words only ("Tuan Rumah") is no person's; nor one that ends in a name the
 * question typed ("Kualifikasi Piala Dunia": the question's own thing), nor one that a place
 * or body begins ("Stadion Gelora Bung Karno").
 */
export function newPersons(text: string, asked: Asked): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(1).matchAll(PERSONS)) {
    const words = foldText(m[0]).split(/[\s-]+/);
    const before = /(\p{L}+)\s*$/u.exec(text.slice(0, m.index + 1))?.[1];
    if (NOT_PERSON_HEAD.has(words[0]!) || (before && NOT_PERSON_HEAD.has(foldText(before)))) continue;
    if (!isNewName(words[words.length - 1]!, asked)) continue;
    if (words.length === 1 || words.some((w) => !isIndonesianWord(w))) out.push([m.index + 1, m.index + 1 + m[0].length]);
  }
  return out;
}

/** A capitalised word or run of them, an acronym or a name with digits ("Nusantara TV", "EK 0357", "Mnet"). */
const NAMES = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}'’-]*)*/gu;

/** True when the sentence names something (not at its first word) that the question does not. */
export function newNames(text: string, asked: Asked): boolean {
  for (const m of text.slice(1).matchAll(NAMES)) {
    if (DATE_PATTERN.test(m[0])) continue;
    if (isNewName(m[0], asked)) return true;
  }
  return false;
}

/**
 * How well a sentence holds the kind of answer expected, 0..1. With what the question asked,
 * only a new figure, date, name or place counts: one the question itself states is no answer.
 */
export function kindMatch(kind: AnswerKind, text: string, asked?: Asked, timeOfDay = false): number {
  // "Jam berapa", "what time": a time of day, not a day or a year.
  if (kind === 'date' && timeOfDay) return TIME_OF_DAY.test(text) ? 1 : 0;
  switch (kind) {
    case 'number':
      if (!asked) return FIGURE_PATTERN.test(text) || COUNT_PATTERN.test(text) ? 1 : 0;
      for (const m of text.matchAll(FIGURES)) if (extractNumbers(m[0]).some((n) => !asked.numbers.includes(n))) return 1;
      // A count the question does not state: its digit is not one of the question's numbers.
      for (const m of text.matchAll(COUNTS)) if (extractNumbers(m[0]).every((n) => !asked.numbers.includes(n))) return 1;
      return 0;
    case 'date':
      if (!asked) return DATE_PATTERN.test(text) ? 1 : 0;
      for (const m of text.matchAll(DATES)) if (isNewName(m[0], asked)) return 1;
      return 0;
    case 'person':
      if (!asked) return PERSON_PATTERN.test(text.slice(1)) ? 1 : 0;
      return newPersons(text, asked).length > 0 ? 1 : 0;
    case 'place':
      if (!asked) return PLACE_PATTERN.test(text) || PLACE_NOUN.test(text) ? 1 : 0;
      for (const m of text.matchAll(PLACES)) if (isNewName(m[1]!, asked)) return 1;
      for (const m of text.matchAll(PLACE_NOUNS)) if (isNewName(m[1]!, asked)) return 1;
      return 0;
    case 'reason':
      return REASON_PATTERN.test(text) ? 1 : 0;
    case 'manner':
      return MANNER_PATTERN.test(text) ? 1 : 0;
    case 'name':
      return NAME_PATTERN.test(text) ? 1 : 0;
    case 'yesno':
    case 'any':
      return 0.5;
  }
}

/** The weight of the best alternative of `concept` present in `terms` (0 when none is). */
export function conceptMatch(concept: Concept, terms: Set<string>): number {
  let best = 0;
  for (const alt of concept.alternatives) if (alt.weight > best && alt.terms.every((t) => terms.has(t))) best = alt.weight;
  return best;
}

export interface RankInput {
  concepts: readonly Concept[];
  /** What the question already says (askedOf): an answer's figure, date or name is new. */
  asked?: Asked;
  /** Per concept, the outlets it names (search-index.ts, outletsNamed): a sentence they published holds it. */
  outlets?: readonly (readonly string[])[];
  conceptIdf: readonly number[];
  kind: AnswerKind;
  /** Further kinds a question joining two asks for ("kapan dan di mana"): any of them counts. */
  kinds?: readonly AnswerKind[];
  /** The date asked for is a time of day ("jam berapa", "what time"). */
  timeOfDay?: boolean;
  /** The question asks whether a figure, a person or a date is known (a report that it is not answers it). */
  whetherKnown?: boolean;
  /** The question asks which thing of a class (question-kind.ts, asksWhichThing): a new name answers it. */
  whichThing?: boolean;
  /** What a question for a figure counts (question.ts, AnalyzedQuestion.counted): a figure next to it answers. */
  counted?: number | 'percent';
  /** The question asks for several things (question-kind.ts, asksList): a list answers it. */
  list?: boolean;
  questionNumbers: readonly number[];
  /** Folded name of the speaker asked about, if any. */
  speaker?: string;
  /** Tuned ranking weights (weights.ts, TUNED by default). */
  articleNameCredit?: number;
  longSentencePenalty?: number;
  leadWeight?: number;
  /** The question asks for an article's headline ("Apa judul berita ...", "the story's headline"). */
  headline?: boolean;
}

/**
 * The concept weights that coverage counts. A figure stated in the question ("20 ribu" in
 * "Rusia kirim 20 ribu tentara ke Korea Utara") is the detail a claim may get wrong: it must
 * not decide which reports are found, or a wrong figure finds sentences that merely share a
 * number and misses the ones about the same event. So a concept whose every alternative is a
 * number weighs nothing in coverage; W_CLAIM still rewards a sentence that states it, and the
 * policy still wants it in a direct answer (policy.ts). A question made only of numbers keeps
 * their weight (nothing else could find its sentences).
 */
export function coverageIdf(input: Pick<RankInput, 'concepts' | 'conceptIdf'>): readonly number[] {
  const numeric = input.concepts.map((c) => c.alternatives.length > 0 && c.alternatives.every((a) => a.terms.every((t) => /^\d/.test(t))));
  if (numeric.every(Boolean)) return input.conceptIdf;
  return input.conceptIdf.map((w, i) => (numeric[i] ? 0 : w));
}

/**
 * How well a candidate holds the kind of answer asked (any of the question's kinds), 0..1. A
 * report that nobody disclosed it answers a question whether something is known.
 */
function kindOf(c: Candidate, input: RankInput): number {
  if (input.whetherKnown && UNDISCLOSED.test(c.text)) return 1;
  if (input.whichThing && input.asked) return newNames(c.text, input.asked) ? 1 : WHICH_NO_NAME;
  // No number at all (the ingest's parsed numbers) means no figure: skip the pattern.
  const holds = (kind: AnswerKind) => {
    if (kind !== 'number') return kindMatch(kind, c.text, input.asked, input.timeOfDay);
    if (c.numbers.length === 0 && !WRITTEN_COUNT.test(c.text)) return 0;
    const figure = kindMatch(kind, c.text, input.asked);
    // "Berapa rumah ...": a figure of something else ("dua kecamatan") answers less.
    return figure > 0 && input.counted !== undefined && !countsAsked(c.text, input) ? figure * COUNTED_ELSEWHERE : figure;
  };
  const value = Math.max(...(input.kinds ?? [input.kind]).map(holds));
  // "Siapa saja ...", "Which players are ...": a list of them answers, one of them less.
  if (!input.list) return value;
  return ENUMERATION.test(c.text) || NAME_PAIR.test(c.text) ? 1 : value * NOT_A_LIST;
}

/**
 * A list: items of one to four words joined by commas and a last "dan" / "serta" / "and"
 * ("Godbless, Power Metal, Roxx, dan Burgerkill"), or introduced by "yaitu", "antara lain", a
 * colon ... ("4 rute, yaitu Kota Tua, Kalijodo ..."): what a question for several things asks.
 */
const LIST_ITEM = "[\\p{L}\\p{N}.'’&-]+(?:\\s[\\p{L}\\p{N}.'’&-]+){0,3}";
const ENUMERATION = new RegExp(
  `${LIST_ITEM},\\s+${LIST_ITEM}(?:,\\s+${LIST_ITEM}){0,12},?\\s+(?:dan|serta|and)\\s+\\S|(?:yaitu|yakni|antara lain|di antaranya|diantaranya|meliputi|:)\\s+[^.;]{1,80}?(?:,|\\s(?:dan|serta|and)\\s)`,
  'iu',
);
/** Two names joined: "M. Hargianto dan Septian David Maulana". */
const NAME_PAIR = /\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+(?:dan|serta|and|&)\s+\p{Lu}/u;

/** A share: "95%", "40 persen", "3,5 pct". */
const PERCENT_FIGURE = /\d\s?(?:%|persen\b|pct\b|percent\b)/iu;
/** The classifier of a count of people, ending a count ("tiga orang") or after a figure ("25 orang"). */
const PEOPLE_CLASSIFIER = /\s(?:orang|jiwa)$/iu;
const PEOPLE_AFTER = /^\s*(?:orang|jiwa)(?![\p{L}\p{N}])/iu;
/** How far (in characters) from a figure the thing it counts may be printed: "6 GB" after, "RAM, 6 GB" before. */
const COUNTED_REACH = 30;

/**
 * True when a figure of the sentence counts what the question counts: "persen" for a share,
 * else the counted concept within a few words of a figure ("menggeledah 15 apartemen", "11
 * gelar juara", "kapasitas RAM, 6 GB").
 */
function countsAsked(text: string, input: RankInput): boolean {
  if (input.counted === 'percent') return PERCENT_FIGURE.test(text);
  const concept = input.concepts[input.counted!];
  if (!concept) return true;
  for (const pattern of [FIGURES, COUNTS])
    for (const m of text.matchAll(pattern)) {
      const around = text.slice(Math.max(0, m.index - COUNTED_REACH), m.index + m[0].length + COUNTED_REACH);
      if (conceptMatch(concept, new Set(analyzeTerms(around))) > 0) return true;
      // People are counted as "orang" or "jiwa" whatever the question calls them ("12,1 juta orang" for viewers).
      if (PEOPLE_CLASSIFIER.test(m[0]) || PEOPLE_AFTER.test(text.slice(m.index + m[0].length))) return true;
    }
  return false;
}

/** First stage: scores candidates on the sentence alone (no context yet), best first. */
export function preRank(candidates: readonly Candidate[], rankInput: RankInput): PreScored[] {
  const input = { ...rankInput, conceptIdf: coverageIdf(rankInput) };
  const totalIdf = input.conceptIdf.reduce((a, b) => a + b, 0) || 1;
  const bestBm25 = Math.min(...candidates.map((c) => c.bm25), -1e-9);
  const { articleNameCredit = TUNED.articleNameCredit, longSentencePenalty = TUNED.longSentencePenalty } = input;
  const matches = candidates.map((c) => input.concepts.map((concept) => conceptMatch(concept, c.termSet)));
  const asksFigure = (input.kinds ?? [input.kind]).includes('number');
  // The names each article's candidates mention: a sentence of that article is about them too.
  const articleNames = new Map<number, number[]>();
  candidates.forEach((c, k) => {
    const names = articleNames.get(c.articleId) ?? input.concepts.map(() => 0);
    input.concepts.forEach((concept, i) => {
      // The speaker asked about ("Apa laporan KCNA?") must speak in the sentence itself.
      if (concept.name && concept.label !== input.speaker) names[i] = Math.max(names[i]!, matches[k]![i]! * articleNameCredit);
    });
    articleNames.set(c.articleId, names);
  });
  return candidates
    .map((c, k): PreScored => {
      const matched = matches[k]!;
      const names = articleNames.get(c.articleId)!;
      const coverage = matched.reduce((sum, m, i) => sum + Math.max(m, names[i]!) * input.conceptIdf[i]!, 0) / totalIdf;
      const features: RankFeatures = {
        coverage,
        bm25: c.bm25 / bestBm25,
        kind: kindOf(c, input) * coverage,
        // A question for a figure ("Nadal's best season was 2005, how many titles did he win?")
        // is not answered by the sentence restating its figure but by one printing another
        // (the kind feature); in a question for anything else a stated figure is evidence.
        claim: !asksFigure && input.questionNumbers.some((n) => c.numbers.includes(n)) ? 1 : 0,
        short: c.termSet.size < 4 ? 1 : 0,
        long: Math.max(0, Math.log2(c.termSet.size / LONG_SENTENCE_TERMS)),
        passage: 0,
        anaphora: 0,
        lead: 0,
        title: 0,
        notice: 0,
      };
      const score = scoreOf(features, longSentencePenalty);
      return { ...c, coverage, matched, features, score };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
}

/** Words that refer back to what the sentence before named: demonstratives and pronouns. */
const ANAPHOR = /(?<![\p{L}\p{N}])(?:tersebut|ini|itu|ia|dia|mereka|beliau|keduanya)(?![\p{L}\p{N}])/iu;

/** Second stage: adds what the context says (paragraph support, lead position), best first. */
export function rankWithContext(pre: readonly PreScored[], contexts: ReadonlyMap<number, CandidateContext>, rankInput: RankInput): Scored[] {
  const input = { ...rankInput, conceptIdf: coverageIdf(rankInput) };
  const totalIdf = input.conceptIdf.reduce((a, b) => a + b, 0) || 1;
  const out: Scored[] = [];
  for (const c of pre) {
    const context = contexts.get(c.id);
    if (!context) continue;
    const contextCoverage =
      input.concepts.reduce((sum, concept, i) => sum + Math.max(c.matched[i]!, conceptMatch(concept, context.passageTerms)) * input.conceptIdf[i]!, 0) / totalIdf;
    // A concept naming the outlet ("Menurut Suarathailand ...") is held by what that outlet published.
    const published = input.outlets
      ? input.concepts.reduce((sum, _, i) => sum + (input.outlets![i]!.includes(context.outlet) ? (1 - c.matched[i]!) * input.conceptIdf[i]! : 0), 0) / totalIdf
      : 0;
    const referring = ANAPHOR.test(c.text)
      ? input.concepts.reduce((sum, concept, i) => sum + Math.max(c.matched[i]!, conceptMatch(concept, context.previousTerms)) * input.conceptIdf[i]!, 0) / totalIdf
      : c.coverage;
    const features: RankFeatures = {
      ...c.features,
      coverage: c.coverage + published,
      passage: contextCoverage - c.coverage,
      anaphora: referring - c.coverage,
      lead: context.role === 'lead' ? 1 : 0,
      title: context.role === 'title' ? 1 : 0,
      notice: context.role === 'notice' ? 1 : 0,
    };
    const score = scoreOf(features, input.longSentencePenalty ?? TUNED.longSentencePenalty, input.leadWeight ?? TUNED.leadWeight, input.headline);
    const matched = published > 0 ? c.matched.map((m, i) => (input.outlets![i]!.includes(context.outlet) ? 1 : m)) : c.matched;
    out.push({ ...c, ...context, coverage: features.coverage, matched, features, score });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id);
}
