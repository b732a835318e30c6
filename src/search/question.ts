/**
 * Question analysis: language, what kind of answer is expected, and the concepts to look for,
 * each with its alternative index terms and how much each alternative is trusted.
 * Indonesian questions go through the same analyser as the articles; English questions are
 * lemmatised (wink-nlp), translated word by word (lexicon.ts), then analysed the same way.
 */
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeTerms, analyzeTokens, expandAbbreviations, termsOfTokens } from '../text/analyzer.js';
import { CANONICAL_PHRASES, INFORMAL_INDONESIAN } from '../text/glossary.js';
import { isEnglishWord, MAX_ENGLISH_PHRASE, translateEnglish, type Translation } from '../text/lexicon.js';
import { foldText, stripInvisible } from '../text/normalize.js';
import { isIndonesianRoot, stemIndonesian } from '../text/stemmer.js';
import { ENGLISH_STOP_WORDS, INDONESIAN_STOP_WORDS } from '../text/stopwords.js';
import type { AnswerKind, Language } from './answer-types.js';
import { repairConcepts, type Vocabulary } from './repair.js';

/** Longest question analysed, in characters; longer input is cut and the user is told. */
export const MAX_QUESTION_CHARS = 500;
/** At most this many concepts are searched (the rest of a long paste adds noise, not evidence). */
const MAX_CONCEPTS = 12;
/** At most this many alternative terms per concept are searched (the corpus's first, see pruneAlternatives). */
const MAX_ALTERNATIVES = 8;
/** While a question is built, a concept may hold this many (many WordNet senses, before the corpus prunes them). */
const MAX_CANDIDATE_ALTERNATIVES = 32;
/** Weight of an Indonesian synonym relative to the word the user typed. */
const SYNONYM_WEIGHT = 0.7;
/** Weight of keeping an English word untranslated (names, loanwords such as "museum"). */
const PASSTHROUGH_WEIGHT = 0.9;

export interface Alternative {
  /** Index terms; more than one means a phrase (all must occur). */
  terms: string[];
  weight: number;
}

export interface Concept {
  /** The word of the question this concept stands for. */
  label: string;
  /** Importance relative to other concepts of equal rarity (default 1). */
  weight?: number;
  /** An English word no lexicon knows, searched as typed: absence from the corpus proves little. */
  untranslated?: boolean;
  /** The corpus lacked the word as typed; a colloquial, English, loanword or corrected reading was added (repair.ts). */
  repaired?: boolean;
  /** A name (person, place, organisation): what the story is about rather than what happened. */
  name?: boolean;
  /** An English common noun ("rice", "election"): a thing asked about, not how it is asked. */
  noun?: boolean;
  /** An English verb ("promise" in "What did Putin promise?"). */
  verb?: boolean;
  alternatives: Alternative[];
}

/**
 * In "Apa kekurangan ...", "What agreement ...", "Berapa tentara ...", the word after the
 * question word names what is asked about; it weighs this much more than the other concepts.
 */
const FOCUS_WEIGHT = 2;
const FOCUS_QUESTION = /^(?:apa|apakah|siapa|berapa|brp|what|which|who|how\s+many|how\s+much)\b/;
/**
 * "What did Zelensky say about Kursk?": with the auxiliary before the subject, the subject
 * comes first but the verb is what is asked about, so the verb is the focus.
 */
const FOCUS_AFTER_SUBJECT = /^(?:what|which|who|whom)\s+(?:do|does|did|will|would|can|could|should|has|have|had)\b/;

/**
 * Time words that situate the asker, not the story ("hari ini", "now", "terbaru"): dropped
 * from questions so that "Berapa harga beras hari ini?" is not answered by any "hari".
 */
const DEICTIC_TIME = /\b(?:hari ini|saat ini|sekarang|kini|terbaru|terkini|barusan|today|now|currently|latest|recently|right now|these days)\b/g;

export interface AnalyzedQuestion {
  text: string;
  truncated: boolean;
  language: Language;
  kind: AnswerKind;
  concepts: Concept[];
  /** Numbers stated in the question (a claim to check). */
  numbers: number[];
  /** Who is asked about as the one speaking ("Apa kata Putin", "What did Zelensky say"): folded. */
  speaker?: string;
}

/** Alternatives at least this trusted are what the question says; lower ones are synonyms. */
export const PRIMARY_WEIGHT = 0.9;

/** Verbs of saying, as index terms ("mengatakan" and "kata" are both "kata"). */
const SPEECH_TERMS: ReadonlySet<string> = new Set(
  ['kata', 'ujar', 'ucap', 'tutur', 'menyatakan', 'mengungkapkan', 'menegaskan', 'menyebut', 'menambahkan', 'menjelaskan', 'berkomentar', 'melaporkan', 'menurut'].flatMap(
    (w) => analyzeTerms(w),
  ),
);

/**
 * The name the question asks to hear from: a name next to a verb of saying, before it in
 * English ("What did Zelensky say about Kursk?"), after it in Indonesian ("Apa kata Putin
 * tentang ...", "Apa yang dikatakan Peskov?").
 */
function speakerOf(concepts: readonly Concept[], language: Language): Concept | undefined {
  const verb = concepts.findIndex((c) => c.alternatives.some((a) => a.terms.length === 1 && SPEECH_TERMS.has(a.terms[0]!) && a.weight >= PRIMARY_WEIGHT));
  if (verb < 0) return undefined;
  const candidate = language === 'en' ? concepts[verb - 1] : concepts[verb + 1];
  return candidate && (candidate.name || candidate.untranslated) ? candidate : undefined;
}

/**
 * Near-synonyms in news Indonesian: a question using one finds sentences using another.
 * Surface words; stemmed with the same analyser at load.
 */
const INDONESIAN_SYNONYMS: readonly string[][] = [
  ['tentara', 'pasukan', 'prajurit', 'personel', 'serdadu'],
  ['kirim', 'kerahkan', 'pengerahan', 'mobilisasi', 'utus'],
  ['konfirmasi', 'akui', 'benarkan'],
  // Not "gugur": it is also the season ("musim gugur", autumn).
  ['korban', 'tewas', 'terluka', 'meninggal'],
  ['perjanjian', 'pakta', 'kesepakatan', 'traktat'],
  ['perintah', 'instruksi', 'komando'],
  ['bantah', 'tolak', 'sangkal'],
  ['tarik', 'mundur'],
  ['imbalan', 'balasan', 'kompensasi'],
  ['senjata', 'persenjataan', 'amunisi'],
  ['pasok', 'suplai'],
  ['ratifikasi', 'sahkan'],
  ['terima kasih', 'berterima kasih'],
  ['perang', 'pertempuran', 'bertempur', 'tempur'],
  ['usir', 'keluarkan', 'pukul mundur'],
  ['rebut', 'kuasai'],
  ['pemimpin', 'kepala negara'],
  ['kata', 'ujar', 'tutur', 'ucap'],
];

const synonymIndex: Map<string, string[][]> = (() => {
  const index = new Map<string, string[][]>();
  for (const set of INDONESIAN_SYNONYMS) {
    const analysed = set.map((w) => analyzeTerms(w)).filter((t) => t.length > 0);
    for (const terms of analysed) {
      if (terms.length !== 1) continue;
      index.set(terms[0]!, analysed.filter((t) => t.join(' ') !== terms.join(' ')));
    }
  }
  return index;
})();

// Full pipeline (with POS) for English lemmas; the model is shared with segmentation.
// Built on the first English question.
let english: { nlp: ReturnType<typeof winkNLP>; itsType: ItsFunction<string>; itsPos: ItsFunction<string>; itsLemma: ItsFunction<string> } | undefined;
function englishNlp() {
  if (!english) {
    const nlp = winkNLP(model);
    // wink-nlp's `its` helpers are plain functions that use no `this`; its typings omit the
    // addons argument of its.lemma, documented for tokens.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const { type, pos, lemma } = nlp.its;
    english = { nlp, itsType: type, itsPos: pos, itsLemma: lemma as unknown as ItsFunction<string> };
  }
  return english;
}

const KIND_PATTERNS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  // "Apa nama ...", "disebut apa", "What did Kim call ...", "real name": a name or a label is asked for.
  ['name', /\b(?:(?:apa|siapa)\s+nama(?:nya)?|nama(?:nya)?\s+(?:asli\s+)?apa|nama\s+asli|disebut\s+(?:apa|sebagai\s+apa)|dijuluki\s+apa|julukan|what\s+(?:is|was|are|were)\s+(?:\w+\s+){1,4}called|what\s+(?:did|does|do)\s+\w+(?:\s+\w+)?\s+call|(?:real|full)\s+name|named\s+what)\b/],
  ['number', /\b(?:berapa(?!\s+lama\b)(?:\s+(?:banyak|jumlah|orang))?|brp|jumlah|how\s+(?:many|much)|number\s+of|what\s+(?:number|figure))\b/],
  // "How long" is answered by when something began ("sejak 2014").
  ['date', /\b(?:kapan|kpn|tanggal\s+berapa|sejak\s+kapan|berapa\s+lama|when|how\s+long|what\s+(?:date|day|year|month)|which\s+(?:date|day|year))\b/],
  ['person', /\b(?:siapa|who|whom)\b/],
  ['place', /\b(?:di\s*mana|ke\s*mana|dari\s+mana|where)\b/],
  ['reason', /\b(?:mengapa|kenapa|knp|alasan|apa\s+tujuan|why|what\s+(?:is|was)\s+the\s+(?:purpose|aim|goal|reason))\b/],
  // "Bagaimana cara ...", "How did X do Y?": the manner (not "how many / much / long", taken above).
  ['manner', /\b(?:bagaimana(?:\s+cara(?:nya)?)?|gimana|dengan\s+cara\s+apa|how(?!\s+(?:many|much|long|often|far|old|big|large)\b))\b/],
  ['yesno', /^(?:apakah|apa\s+benar|benarkah|did|does|do|is|are|was|were|has|have|had|can|could|will)\b/],
];

/** The kind of answer a question expects, from its question words. */
export function detectKind(folded: string): AnswerKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(folded)) return kind;
  return 'any';
}

/**
 * Language of a question: English function words and lexicon words against Indonesian
 * function words, informal spellings and dictionary roots. Ties go to Indonesian (the corpus).
 */
export function detectLanguage(text: string): Language {
  const words = foldText(text).match(/\p{L}+/gu) ?? [];
  let en = 0;
  let id = 0;
  for (const w of words) {
    const enStop = ENGLISH_STOP_WORDS.has(w);
    const idStop = INDONESIAN_STOP_WORDS.has(w) || w in INFORMAL_INDONESIAN;
    if (enStop && !idStop) en += 2;
    else if (idStop && !enStop) id += 2;
    else if (!enStop && !idStop) {
      const root = isIndonesianRoot(w) || isIndonesianRoot(stemIndonesian(w));
      const english = w.length > 2 && isEnglishWord(w.replace(/(?:ies|es|s|ed|ing)$/, '')) ;
      if (root && !english) id += 1;
      else if (english && !root) en += 1;
      else if (/(?:ing|tion|ed|ly)$/.test(w)) en += 0.5;
      else if (/^(?:me|ber|di|ter|pe)|(?:kan|nya|an)$/.test(w)) id += 0.5;
    }
  }
  return en > id ? 'en' : 'id';
}

/** A concept for an index term with its near-synonyms (for terms found in an answer, not typed). */
export function conceptOfTerm(term: string): Concept {
  return withSynonyms({ label: term, alternatives: [{ terms: [term], weight: 1 }] });
}

function addAlternative(concept: Concept, terms: string[], weight: number): void {
  if (terms.length === 0) return;
  const key = terms.join(' ');
  const existing = concept.alternatives.find((a) => a.terms.join(' ') === key);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else concept.alternatives.push({ terms, weight });
}

function withSynonyms(concept: Concept): Concept {
  for (const alt of [...concept.alternatives]) {
    if (alt.terms.length !== 1) continue;
    for (const syn of synonymIndex.get(alt.terms[0]!) ?? []) addAlternative(concept, syn, alt.weight * SYNONYM_WEIGHT);
  }
  concept.alternatives.sort((a, b) => b.weight - a.weight);
  concept.alternatives = concept.alternatives.slice(0, MAX_CANDIDATE_ALTERNATIVES);
  return concept;
}

/**
 * Keeps the MAX_ALTERNATIVES best alternatives of a concept. With the corpus at hand, those
 * no article holds go first (they can match nothing), and among equally trusted ones the
 * corpus's commoner reading wins; the best alternative always stays, so that a concept the
 * corpus lacks is still seen as absent.
 */
function pruneAlternatives(concept: Concept, vocabulary?: Vocabulary): void {
  const [first, ...rest] = concept.alternatives;
  if (!first) return;
  let kept = rest;
  if (vocabulary) {
    const df = (a: Alternative) => Math.min(...a.terms.map((t) => vocabulary.documentFrequency(t)));
    kept = rest.map((a) => ({ a, df: df(a) })).filter((x) => x.df > 0).sort((x, y) => y.a.weight - x.a.weight || y.df - x.df).map((x) => x.a);
  }
  concept.alternatives = [first, ...kept].slice(0, MAX_ALTERNATIVES);
}

/** Words of canonical names (korea, utara, amerika ...): what a story is about, not what it says. */
const NAME_WORDS: ReadonlySet<string> = new Set(
  Object.values(CANONICAL_PHRASES)
    .flatMap((v) => v.split(' '))
    .filter((w) => w !== 'drone'),
);

/** Canonical names of several words ("kim jong un", "korea utara"). */
const MULTI_WORD_NAMES: ReadonlySet<string> = new Set(Object.values(CANONICAL_PHRASES).filter((v) => v.includes(' ')));
const MAX_NAME_WORDS = Math.max(...[...MULTI_WORD_NAMES].map((v) => v.split(' ').length));

/** Folded words written with a capital inside the question (names), e.g. "Rusia", "Kim". */
function capitalisedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:)"'”’]\s+)\p{Lu}[\p{L}\p{N}-]*/gu)) words.add(foldText(m[0]));
  return words;
}

function indonesianConcepts(text: string): Concept[] {
  const concepts: Concept[] = [];
  const names = capitalisedWords(text);
  const tokens = analyzeTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    // A name of several words ("korea utara", also typed "Korut" or "DPRK") is one concept
    // searched as a phrase, as "North Korea" is in English.
    let phrase = 0;
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 2 && phrase === 0; n--) {
      if (MULTI_WORD_NAMES.has(tokens.slice(i, i + n).map((t) => t.text).join(' '))) phrase = n;
    }
    if (phrase > 0) {
      const terms = termsOfTokens(tokens.slice(i, i + phrase));
      const label = tokens.slice(i, i + phrase).map((t) => t.text).join(' ');
      if (!concepts.some((c) => c.alternatives[0]?.terms.join(' ') === terms.join(' '))) concepts.push({ label, alternatives: [{ terms, weight: 1 }], name: true });
      i += phrase - 1;
      continue;
    }
    const token = tokens[i]!;
    for (const term of termsOfTokens([token])) {
      if (concepts.some((c) => c.alternatives[0]?.terms.join(' ') === term)) continue;
      const concept = withSynonyms({ label: token.text, alternatives: [{ terms: [term], weight: 1 }] });
      if (names.has(token.text) || NAME_WORDS.has(token.text)) concept.name = true;
      concepts.push(concept);
    }
  }
  return concepts;
}

function englishConcepts(text: string): Concept[] {
  const { nlp, itsType, itsPos, itsLemma } = englishNlp();
  const doc = nlp.readDoc(expandAbbreviations(text));
  const surface: string[] = [];
  const lemma: string[] = [];
  const proper: boolean[] = [];
  const noun: boolean[] = [];
  const verb: boolean[] = [];
  doc.tokens().each((t: ItemToken) => {
    const type = t.out(itsType);
    if (type === 'punctuation' || type === 'symbol' || type === 'tabCRLF' || type === 'emoji') return;
    const raw = t.out();
    surface.push(foldText(raw));
    lemma.push(foldText(t.out(itsLemma)));
    proper.push(t.out(itsPos) === 'PROPN');
    noun.push(t.out(itsPos) === 'NOUN');
    verb.push(t.out(itsPos) === 'VERB');
  });
  const concepts: Concept[] = [];
  for (let i = 0; i < surface.length; ) {
    let used = 0;
    // A canonical name typed in full ("Kim Jong Un") is one concept, searched as a phrase: its
    // words one by one would be translated ("un" as the United Nations).
    for (let n = Math.min(MAX_NAME_WORDS, surface.length - i); n >= 2 && used === 0; n--) {
      const typed = surface.slice(i, i + n).join(' ');
      // "North Koreans", "North Korean's": the name without its plural or demonym ending.
      const canonical = [typed, typed.replace(/(?:ns|n|s)$/, '')].map((t) => CANONICAL_PHRASES[t] ?? translateEnglish(t).find((x) => x.source === 'glossary')?.text ?? t).find((t) => MULTI_WORD_NAMES.has(t));
      if (canonical) {
        concepts.push({ label: typed, alternatives: [{ terms: analyzeTerms(canonical), weight: 1 }], name: true });
        used = n;
      }
    }
    for (let n = Math.min(MAX_ENGLISH_PHRASE, surface.length - i); n >= 1 && used === 0; n--) {
      const head = surface.slice(i, i + n - 1);
      const forms = [...new Set([[...head, lemma[i + n - 1]!].join(' '), lemma.slice(i, i + n).join(' '), surface.slice(i, i + n).join(' ')])];
      const typed = surface.slice(i, i + n).join(' ');
      if (n === 1 && ENGLISH_STOP_WORDS.has(typed)) {
        used = 1;
        break;
      }
      // Inflected forms the lemmatiser left alone ("building" as a noun) are tried as verbs too.
      const variants = n === 1 ? englishVariants(typed).filter((v) => !forms.includes(v)) : [];
      // A phrase known only to WordNet is skipped for its words ("military commission" is
      // "komisi militer", not WordNet's brokerage fee).
      const translations = translateForms(forms, variants, n === 1);
      if (translations.length === 0) continue;
      const concept: Concept = { label: typed, alternatives: [] };
      for (const tr of translations) addAlternative(concept, analyzeTerms(tr.text), tr.weight);
      // Names and loanwords ("Putin", "Kursk", "museum") also stand as they are.
      if (n === 1 && (proper[i] || translations[0]!.source !== 'glossary')) addAlternative(concept, analyzeTerms(typed), PASSTHROUGH_WEIGHT * (proper[i] ? 1 : 0.6));
      if (proper.slice(i, i + n).every(Boolean) || concept.alternatives.every((a) => a.terms.every((t) => NAME_WORDS.has(t)))) concept.name = true;
      else if (noun[i + n - 1]) concept.noun = true;
      if (n === 1 && verb[i]) concept.verb = true;
      if (concept.alternatives.length > 0) concepts.push(withSynonyms(concept));
      used = n;
    }
    if (used === 0) {
      // Unknown to every lexicon: a name, a number or an Indonesian word; keep it as typed.
      const terms = analyzeTerms(surface[i]!);
      for (const term of terms) {
        const concept: Concept = { label: surface[i]!, alternatives: [{ terms: [term], weight: 1 }], untranslated: true };
        if (proper[i]) concept.name = true;
        concepts.push(withSynonyms(concept));
      }
      used = 1;
    }
    i += used;
  }
  return concepts;
}

/** Weight of a translation reached through a guessed base form ("building" -> "build"). */
const VARIANT_WEIGHT = 0.8;

/** Base-form guesses for an English word: -ing, -ed, -s stripped. */
function englishVariants(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && !out.includes(w)) out.push(w);
  };
  if (word.endsWith('ing')) [word.slice(0, -3), `${word.slice(0, -3)}e`].forEach(add);
  if (word.endsWith('ed')) [word.slice(0, -2), word.slice(0, -1)].forEach(add);
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) [word.slice(0, -2), word.slice(0, -1)].forEach(add);
  else if (word.endsWith('s')) add(word.slice(0, -1));
  return out;
}

/** Translations of the first form the accurate lexicons know, plus those of base-form guesses. */
function translateForms(forms: readonly string[], variants: readonly string[], allowWordnet = true): Translation[] {
  const out: Translation[] = [];
  const push = (list: Translation[], factor: number) => {
    for (const t of list) {
      const existing = out.find((x) => x.text === t.text);
      if (existing) existing.weight = Math.max(existing.weight, t.weight * factor);
      else out.push({ ...t, weight: t.weight * factor });
    }
  };
  const accurate = (t: Translation[]) => t.filter((x) => x.source !== 'wordnet');
  for (const form of forms) push(accurate(translateEnglish(form)), 1);
  for (const form of variants) push(accurate(translateEnglish(form)), VARIANT_WEIGHT);
  if (out.length === 0 && allowWordnet) for (const form of [...forms, ...variants]) push(translateEnglish(form), 1);
  return out.sort((a, b) => b.weight - a.weight);
}

/**
 * Analyses a question of any length and content; never throws. With the corpus's vocabulary,
 * words the corpus lacks are read again (colloquial, English, loanword, typo: repair.ts).
 */
export function analyzeQuestion(input: string, vocabulary?: Vocabulary): AnalyzedQuestion {
  // A bot command typed along ("/cite@bot 14 ribu tentara") is not part of the question.
  const cleaned = stripInvisible(input)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,64})?(?:\s+|$)/, '');
  const truncated = cleaned.length > MAX_QUESTION_CHARS;
  const text = truncated ? cleaned.slice(0, MAX_QUESTION_CHARS) : cleaned;
  const language = detectLanguage(text);
  const folded = foldText(text);
  const kind = detectKind(folded);
  const searchable = text
    .replace(new RegExp(DEICTIC_TIME.source, 'gi'), ' ')
    // "berapa banyak / jumlah / besar" is one question word: "banyak" is not a topic. Nor is
    // "long" in "how long" or "lama" in "berapa lama".
    .replace(/\b(berapa|brp)\s+(?:banyak|jumlah|besar|lama)\b/gi, '$1')
    .replace(/\b(how)\s+long\b/gi, '$1')
    // "Apa yang terjadi di Kursk?", "What happened at Kursk?": the place or event is the topic,
    // "terjadi" / "happen" only asks for it. Likewise "tujuan" / "purpose" asks for a reason.
    .replace(/\b(apa)\s+yang\s+(?:sedang\s+|telah\s+)?terjadi\b/gi, '$1')
    .replace(/\b(what)\s+(?:has\s+|had\s+)?(?:happened|happens|is\s+happening|was\s+happening)\b/gi, '$1')
    .replace(/\b(apa)\s+tujuan\b/gi, '$1')
    .replace(/\b(what\s+(?:is|was))\s+the\s+(?:purpose|aim|goal)\s+of\b/gi, '$1');
  const concepts = (language === 'en' ? englishConcepts(searchable) : indonesianConcepts(searchable))
    .filter((c) => c.alternatives.length > 0)
    .slice(0, MAX_CONCEPTS);
  if (vocabulary) repairConcepts(concepts, language, vocabulary);
  for (const concept of concepts) pruneAlternatives(concept, vocabulary);
  // In "Apa kata Putin ...", "What did KCNA report?" the speaker is the focus: the verb of
  // saying is common ("dilaporkan", "mengatakan") and ranking rewards attribution instead.
  const speaker = speakerOf(concepts, language);
  const focus = speaker ?? (language === 'en' && FOCUS_AFTER_SUBJECT.test(folded) ? concepts.find((c) => c.verb) : undefined) ?? concepts[0];
  if (focus && FOCUS_QUESTION.test(folded)) focus.weight = (focus.weight ?? 1) * FOCUS_WEIGHT;
  const numbers = analyzeTokens(text).flatMap((t) => (t.kind === 'number' ? [t.value] : []));
  return { text, truncated, language, kind, concepts, numbers, ...(speaker ? { speaker: speaker.label } : {}) };
}
