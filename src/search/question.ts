/**
 * Question analysis, the first stage: language and kind (question-kind.ts), the concepts to
 * look for (concepts.ts), Indonesian words through the same analyser as the articles, English
 * ones mapped to Indonesian (english.ts), words the corpus lacks read again (repair.ts), and
 * the focus and speaker of the question.
 */
import { analyzeTerms, analyzeTokens, stopWordAcronyms, termsOfTokens } from '../text/analyzer.js';
import { foldText, stripInvisible } from '../text/normalize.js';
import type { AnswerKind, Language } from './answer-types.js';
import { addAlternative, isCalendarConcept, MAX_NAME_WORDS, MULTI_WORD_NAMES, withMetonyms, NAME_WORDS, pruneAlternatives, slippedCanonicalName, withSynonyms, type Concept } from './concepts.js';
import { englishConcepts, englishNameSpellings, englishVariants } from './english.js';
import { QUANTITY_NOUNS, asksList, asksPercent, asksTimeOfDay, asksWhetherKnown, asksWhichThing, countedWords, detectKinds, detectLanguage, withoutDateNouns } from './question-kind.js';
import { phraseDocumentFrequency, repairConcepts, writtenAsName, type Vocabulary } from './repair.js';
import { FOCUS_WEIGHT, MAX_ACRONYM_LETTERS, METONYM_WEIGHT, PRIMARY_WEIGHT, TITLE_HOLDER_WEIGHT } from './weights.js';
import { isIndonesianWord } from '../text/stemmer.js';
import { INFORMAL_ENGLISH, INFORMAL_INDONESIAN } from '../text/glossary.js';
import { formalOf } from '../text/informal.js';
import { isAnyEnglishWord, isEnglishWord } from '../text/lexicon.js';
import { ENGLISH_STOP_WORDS, INDONESIAN_STOP_WORDS } from '../text/stopwords.js';

/** Longest question analysed, in characters; longer input is cut and the user is told. */
export const MAX_QUESTION_CHARS = 500;
/** At most this many concepts are searched (the rest of a long paste adds noise, not evidence). */
const MAX_CONCEPTS = 12;
/** A long question is read up to this many concepts before the least telling are let go (keepMostTelling). */
const MAX_READ_CONCEPTS = 2 * MAX_CONCEPTS;

/**
 * A long question keeps MAX_CONCEPTS concepts: its names, then the rarest of its other words
 * in the articles (a word no article has counts as rare), in the order typed. Cutting the
 * tail instead lost "the DPR" at the end of "... how was a Rp 1 trillion ministry budget
 * ceiling split between the government and the DPR?" while "between" stayed.
 */
function keepMostTelling(concepts: Concept[], vocabulary: Vocabulary): void {
  if (concepts.length <= MAX_CONCEPTS) return;
  const frequency = (c: Concept) => Math.min(...c.alternatives.map((a) => phraseDocumentFrequency(vocabulary, a.terms)));
  const order = concepts.map((c, i) => ({ c, i, name: c.name === true, df: frequency(c) })).sort((a, b) => Number(b.name) - Number(a.name) || a.df - b.df || a.i - b.i);
  const kept = new Set(order.slice(0, MAX_CONCEPTS).map((x) => x.c));
  for (let i = concepts.length - 1; i >= 0; i--) if (!kept.has(concepts[i]!)) concepts.splice(i, 1);
}

const FOCUS_QUESTION = /^(?:apa|apakah|siapa|berapa|brp|what|which|who|how\s+many|how\s+much)\b/;
/**
 * "What did Zelensky say about Kursk?": with the auxiliary before the subject, the subject
 * comes first but the verb is what is asked about, so the verb is the focus.
 */
const FOCUS_AFTER_SUBJECT = /^(?:what|which|who|whom)\s+(?:do|does|did|will|would|can|could|should|has|have|had)\b/;

/**
 * Question tags of chat English ("... at stoke right?", "... or nah?", "isn't it?"): they ask
 * whether, and "right" is no topic (not "hak", not "kanan").
 */
const ENGLISH_QUESTION_TAG = /(?:,\s*)?\b(?:right|correct|or\s+(?:not|nah|no)|isn'?t\s+it|aren'?t\s+they|didn'?t\s+(?:he|she|they|it))(?=\s*(?:\?|$))/giu;

/**
 * Question tags and hearsay in chat Indonesian: a negation closing a clause ("tsunami gak?",
 * "ada gak sih?"), "atau tidak / belum / bukan", and "katanya" (reportedly) unless it asks what
 * someone said ("apa katanya").
 */
const QUESTION_TAG =
  /\b(?:(?:atau|apa)\s+(?:tidak|tdk|gak|ga|nggak|ngga|enggak|engga|kagak|belum|blm|bukan)\b|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|kagak)(?=\s*(?:sih|ya|yah|kan|deh|dong|nih)?\s*(?:[?!.,]|$))|(?<!\b(?:apa|bagaimana|gimana|gmn)\s)katanya\b)/giu;

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
  /** Every kind a question joining two questions asks for ("kapan dan di mana"), `kind` first. */
  kinds: AnswerKind[];
  /** Whether a figure, a person or a date is known is asked (question-kind.ts, asksWhetherKnown). */
  whetherKnown?: boolean;
  /** The date asked for is a time of day ("jam berapa", "what time"). */
  timeOfDay?: boolean;
  /** A question of no other kind asks which thing of a class ("Which hospital", "Ponpes mana"): a name answers it. */
  whichThing?: boolean;
  /** The question asks for an article's headline ("Apa judul berita ...", "the story's headline"). */
  headline?: boolean;
  /**
   * A question for a figure: the index in `concepts` of the thing it counts ("berapa *rumah*",
   * "how many *points*"), or "percent" for a share. A figure printed next to it answers.
   */
  counted?: number | 'percent';
  /** The question asks for several things ("siapa saja", "apa aja", "Which players are"): a list answers it. */
  list?: boolean;
}

/**
 * A question for an article's headline: "judul artikel / berita", "berita ... berjudul apa",
 * "headline", "the title of the article / story". Not "judul lagu" or "judul film": those
 * titles are in the body.
 */
const HEADLINE_QUESTION =
  /\b(?:judul(?:nya)?\s+(?:artikel|berita|laporan|tulisan|liputan|pemberitaan)|(?:artikel|berita|laporan|tulisan|liputan)(?:\s+\S+){0,4}?\s+(?:berjudul\s+apa|judulnya(?:\s+apa)?)|headlines?|(?:title|heading)\s+of\s+(?:the|its|this|that|their)\s+(?:\S+\s+){0,2}?(?:article|piece|story|report|news)|(?:article|piece|story|report)(?:'s)?\s+(?:title|heading))\b/u;


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

/** Folded words written with a capital inside the question (names), e.g. "Rusia", "Kim", and an opening acronym. */
function capitalisedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:)"'”’]\s+)\p{Lu}[\p{L}\p{N}-]*/gu)) words.add(foldText(m[0]));
  // An acronym opening the question ("MU kalah lagi?", "KPK periksa siapa?"), unless all is shouted.
  const opening = /^\s*(\p{Lu}{2,6})\s+\S*\p{Ll}/u.exec(text);
  if (opening) words.add(foldText(opening[1]!));
  return words;
}

function indonesianConcepts(text: string): Concept[] {
  const concepts: Concept[] = [];
  const names = capitalisedWords(text);
  const tokens = analyzeTokens(text);
  const acronyms = stopWordAcronyms(text);
  for (let i = 0; i < tokens.length; i++) {
    // A name of several words ("korea utara", also typed "Korut" or "DPRK") is one concept
    // searched as a phrase, as "North Korea" is in English.
    const spans = Array.from({ length: Math.max(0, Math.min(MAX_NAME_WORDS, tokens.length - i) - 1) }, (_, k) => Math.min(MAX_NAME_WORDS, tokens.length - i) - k);
    const typedAt = (n: number) => tokens.slice(i, i + n).map((t) => t.text).join(' ');
    let phrase = spans.find((n) => MULTI_WORD_NAMES.has(typedAt(n))) ?? 0;
    // Typed with one slip ("korea utra"): the name all the same.
    let slipped: string | undefined;
    for (const n of phrase > 0 ? [] : spans) {
      slipped = slippedCanonicalName(typedAt(n), englishNameSpellings());
      if (slipped) {
        phrase = n;
        break;
      }
    }
    if (phrase > 0) {
      const terms = slipped ? analyzeTerms(slipped) : termsOfTokens(tokens.slice(i, i + phrase));
      const label = tokens.slice(i, i + phrase).map((t) => t.text).join(' ');
      if (!concepts.some((c) => c.alternatives[0]?.terms.join(' ') === terms.join(' '))) concepts.push({ label, alternatives: [{ terms, weight: 1 }], name: true });
      i += phrase - 1;
      continue;
    }
    const token = tokens[i]!;
    for (const term of termsOfTokens([token], acronyms)) {
      if (concepts.some((c) => c.alternatives[0]?.terms.join(' ') === term)) continue;
      const concept = withSynonyms({ label: token.text, alternatives: [{ terms: [term], weight: 1 }] });
      if ((names.has(token.text) || NAME_WORDS.has(token.text)) && !isCalendarConcept(concept)) concept.name = true;
      concepts.push(concept);
    }
  }
  return concepts;
}

/** Shortest run of English words inside an Indonesian question that is read as English. */
const ENGLISH_RUN = 3;

/**
 * English, Indonesian or unknown (a name, an irregular English form): a word both languages
 * have ("data", "media") counts as Indonesian.
 */
function wordLanguage(word: string): 'en' | 'id' | undefined {
  if (INDONESIAN_STOP_WORDS.has(word) || word in INFORMAL_INDONESIAN || isIndonesianWord(word)) return 'id';
  if (ENGLISH_STOP_WORDS.has(word) || (word.length > 2 && [word, ...englishVariants(word)].some(isAnyEnglishWord))) return 'en';
  return undefined;
}

/**
 * An Indonesian question with an English clause in it ("Putin said the North Koreans gave
 * their lives untuk Rusia dan untuk apa lagi?"): runs of ENGLISH_RUN or more English words,
 * function words and content words both, are read as English, the rest as Indonesian, in order.
 */
function mixedConcepts(text: string): Concept[] {
  const words = text.split(/\s+/).filter(Boolean);
  const known = words.map((w) => wordLanguage(lettersOf(w)));
  // An unknown word (a name, "said", "gave") goes with English words around it, unless an
  // Indonesian word is its nearest known neighbour on either side.
  const nearest = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < words.length; k += step) if (known[k]) return known[k];
    return undefined;
  };
  const english = known.map((l, i) => l === 'en' || (l === undefined && nearest(i, -1) !== 'id' && nearest(i, 1) !== 'id' && (nearest(i, -1) ?? nearest(i, 1)) === 'en'));
  const segments: { english: boolean; text: string }[] = [];
  for (const run of runsOf(words, english)) {
    // A clause, not a string of loanwords ("soundtrack harry potter"): function words and content words.
    const isEnglish = run.flag && run.words.length >= ENGLISH_RUN && run.words.some((w) => ENGLISH_STOP_WORDS.has(lettersOf(w))) && run.words.some((w) => !ENGLISH_STOP_WORDS.has(lettersOf(w)));
    const last = segments[segments.length - 1];
    if (last && last.english === isEnglish) last.text += ` ${run.words.join(' ')}`;
    else segments.push({ english: isEnglish, text: run.words.join(' ') });
  }
  const concepts: Concept[] = [];
  for (const s of segments) appendNew(concepts, s.english ? englishConcepts(s.text) : indonesianConcepts(s.text));
  return concepts;
}

/** A word as the language tests read it: folded, letters, apostrophes and hyphens only. */
const lettersOf = (word: string) => foldText(word).replace(/[^\p{L}'-]/gu, '');

/** The runs of consecutive words that share a flag, in order. */
function runsOf(words: readonly string[], flags: readonly boolean[]): { flag: boolean; words: string[] }[] {
  const runs: { flag: boolean; words: string[] }[] = [];
  words.forEach((word, i) => {
    const last = runs[runs.length - 1];
    if (last && last.flag === flags[i]) last.words.push(word);
    else runs.push({ flag: flags[i]!, words: [word] });
  });
  return runs;
}

/** Appends the concepts of a segment whose first reading no earlier segment gave. */
function appendNew(concepts: Concept[], more: readonly Concept[]): void {
  for (const concept of more) {
    const key = concept.alternatives[0]?.terms.join(' ');
    if (!concepts.some((c) => c.alternatives[0]?.terms.join(' ') === key)) concepts.push(concept);
  }
}

/**
 * An English question with Indonesian words in it ("Sejak kapan Samyang dapet halal
 * certification dari KMF, and for how many products?", "What did Moon say Kim ingin dapatkan
 * dari Rusia?"): each run of Indonesian words is read as Indonesian, so that its function
 * words are dropped and its chat spellings read ("dari" is no Afghan Persian, "dapet" is
 * "dapat"). A word English has too ("data", "total", "film") stays English, as do names.
 */
function englishWithIndonesianConcepts(text: string): Concept[] {
  const words = text.split(/\s+/).filter(Boolean);
  const bare = words.map(lettersOf);
  // A capitalised word is a name ("Lima", "Mitra Kukar"), whatever Indonesian word it spells.
  const candidate = bare.map((word, i) => {
    const chat = formalOf(word) !== undefined && !isAnyEnglishWord(word) && !(word in INFORMAL_ENGLISH);
    return word.length > 0 && (i === 0 || !/^\p{Lu}/u.test(words[i]!)) && (wordLanguage(word) === 'id' || chat) && !ENGLISH_STOP_WORDS.has(word) && !isEnglishWord(word);
  });
  // A function word or a chat spelling is Indonesian on its own; a dictionary word, in a run of two or more.
  const own = (word: string) => INDONESIAN_STOP_WORDS.has(word) || word in INFORMAL_INDONESIAN || formalOf(word) !== undefined;
  const indonesian = candidate.map((c, i) => c && (own(bare[i]!) || candidate[i - 1] === true || candidate[i + 1] === true));
  if (!indonesian.some(Boolean)) return englishConcepts(text);
  const concepts: Concept[] = [];
  for (const run of runsOf(words, indonesian)) {
    const text = run.words.join(' ');
    appendNew(concepts, run.flag ? indonesianConcepts(text).map((c) => ({ ...c, indonesian: true })) : englishConcepts(text));
  }
  return concepts;
}

/**
 * Names typed in lower case, as chat questions are ("katy perry", "napoli"): a word that is no
 * dictionary word and that the articles write with a capital is a name (weights.ts).
 */
function markCorpusNames(concepts: readonly Concept[], language: Language, vocabulary: Vocabulary): void {
  if (!vocabulary.capitalisation) return;
  for (const concept of concepts) {
    if (concept.name || concept.repaired || concept.alternatives[0]?.terms.length !== 1) continue;
    const word = foldText(concept.label);
    if (!/^\p{L}[\p{L}\p{N}]{2,}$/u.test(word)) continue;
    if (language === 'id' ? isIndonesianWord(word) : !concept.untranslated) continue;
    // A chat spelling ("pgn" for pengen) is no name, whatever an acronym the articles print.
    if (word in INFORMAL_INDONESIAN || formalOf(word) !== undefined) continue;
    if (writtenAsName(vocabulary, word)) concept.name = true;
  }
}

/**
 * An acronym in the question ("BPS", "kpk") also stands for what the articles spell it out as
 * ("Badan Pusat Statistik"): a sentence may name the body either way.
 */
function addAcronymExpansions(concepts: readonly Concept[], vocabulary: Vocabulary): void {
  if (!vocabulary.acronymExpansion) return;
  for (const concept of concepts) {
    const word = foldText(concept.label);
    if (!concept.name || concept.alternatives[0]?.terms.length !== 1 || !/^\p{L}{2,8}$/u.test(word)) continue;
    const expansion = vocabulary.acronymExpansion(word);
    if (!expansion) continue;
    const terms = analyzeTerms(expansion);
    if (terms.length > 1 && !concept.alternatives.some((a) => a.terms.join(' ') === terms.join(' '))) concept.alternatives.push({ terms, weight: 1 });
  }
}

/**
 * A body named in full ("Mahkamah Agung", "Badan Nasional Penanggulangan Bencana") is also
 * the acronym the articles define for it ("Mahkamah Agung (MA)"), which most of their
 * sentences use: the run of names becomes one concept, searched as the phrase or the acronym.
 * The longest run whose initials the articles spell out as that run is taken. Mutates.
 */
function addAcronymsOfNames(concepts: Concept[], vocabulary: Vocabulary): void {
  if (!vocabulary.acronymExpansion) return;
  const single = (c: Concept | undefined) => c !== undefined && c.name === true && c.alternatives[0]?.terms.length === 1 && /^\p{L}+$/u.test(foldText(c.label));
  for (let i = 0; i < concepts.length; i++) {
    let end = i;
    while (end < concepts.length && end - i < MAX_ACRONYM_LETTERS && single(concepts[end])) end++;
    for (let j = end; j >= i + 2; j--) {
      const run = concepts.slice(i, j);
      const terms = run.map((c) => c.alternatives[0]!.terms[0]!);
      const acronym = run.map((c) => foldText(c.label)[0]).join('');
      const expansion = vocabulary.acronymExpansion(acronym);
      // In capitals, as the articles print it: "MU" is an acronym, "mu" a stop word.
      const acronymTerms = analyzeTerms(acronym.toUpperCase());
      if (!expansion || acronymTerms.length !== 1 || analyzeTerms(expansion).join(' ') !== terms.join(' ')) continue;
      const merged: Concept = { label: run.map((c) => c.label).join(' '), alternatives: [{ terms, weight: 1 }, { terms: acronymTerms, weight: 1 }], name: true };
      concepts.splice(i, j - i, merged);
      break;
    }
  }
}

/** Words that begin a title held by one person ("Presiden Rusia", "juru bicara Kremlin"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [
    'presiden', 'wakil presiden', 'pemimpin', 'ketua', 'ketua umum', 'juru bicara', 'menteri', 'perdana menteri', 'gubernur', 'wali kota',
    'bupati', 'kepala', 'direktur', 'pelatih', 'kapten', 'panglima', 'raja', 'ratu', 'kanselir', 'sekretaris jenderal', 'duta besar',
  ].map((w) => analyzeTerms(w).join(' ')),
);

/**
 * A title names a person ("Presiden Rusia", "the Russian president", "South Korea's defence
 * minister"): the holder the articles name right after it (search-index.ts) is another reading
 * of the title's concepts, so that "Putin mengatakan ..." answers a question about the Russian
 * president. Indonesian puts the title first ("menteri pertahanan Korea Selatan"), English the
 * place ("South Korea's defence minister"); at most one word between them.
 */
function addTitleHolders(concepts: readonly Concept[], vocabulary: Vocabulary): void {
  if (!vocabulary.titleHolder) return;
  const first = (c: Concept | undefined) => c?.alternatives[0]?.terms ?? [];
  // A title is one concept ("presiden", "menteri pertahanan") or two ("juru" "bicara").
  const titleAt = (i: number): number => {
    const one = first(concepts[i]);
    if (one.length > 0 && (TITLE_WORDS.has(one[0]!) || TITLE_WORDS.has(one.slice(0, 2).join(' ')))) return 1;
    return TITLE_WORDS.has([...one, ...first(concepts[i + 1])].join(' ')) ? 2 : 0;
  };
  // The name's own reading and its metonyms ("Pyongyang's leader": pemimpin Korea Utara).
  const readings = (c: Concept) => c.alternatives.filter((a) => a.weight >= METONYM_WEIGHT * (c.alternatives[0]?.weight ?? 1)).slice(0, 3);
  for (let i = 0; i < concepts.length; i++) {
    const span = titleAt(i);
    if (span === 0) continue;
    const title = concepts.slice(i, i + span);
    // The place after the title (Indonesian: "menteri pertahanan Korea Selatan") or before it
    // (English: "South Korea's defence minister"), next to it or one word away.
    const nearest = (next: Concept | undefined, then: Concept | undefined) =>
      next?.name ? { place: next, between: undefined } : next && then?.name ? { place: then, between: next } : undefined;
    const found = nearest(concepts[i + span], concepts[i + span + 1]) ?? nearest(concepts[i - 1], concepts[i - 2]);
    if (!found) continue;
    const { place, between } = found;
    for (const reading of readings(place)) {
      const holder = vocabulary.titleHolder([...title.flatMap((c) => first(c)), ...first(between), ...reading.terms]);
      if (!holder) continue;
      const terms = analyzeTerms(holder);
      if (terms.length === 0 || concepts.some((c) => c.alternatives[0]?.terms.join(' ') === terms.join(' '))) break;
      for (const c of [...title, place]) addAlternative(c, terms, TITLE_HOLDER_WEIGHT * (c.alternatives[0]?.weight ?? 1));
      break;
    }
    i += span - 1;
  }
}

/**
 * In English the asked-for noun comes after its modifiers: "Which Russian general ...", "How
 * many North Korean troops ...". A name or an adjective first, then a common noun: the noun
 * is what is asked about.
 */
function headNoun(concepts: readonly Concept[], language: Language): Concept | undefined {
  const [first, second] = concepts;
  return language === 'en' && first && !first.noun && !first.verb && second?.noun ? second : undefined;
}

/**
 * What a question for a figure counts: "percent" for a share, else the concept typed right
 * after its question word (question-kind.ts, countedWords): in English the first common noun
 * there ("how many North Korean *troops*"), in Indonesian the first word that is no name
 * ("berapa *rumah* yang rusak").
 */
function countedConcept(folded: string, concepts: readonly Concept[], language: Language): number | 'percent' | undefined {
  if (asksPercent(folded)) return 'percent';
  const after = countedWords(folded);
  if (after.length === 0 || QUANTITY_NOUNS.has(after[0]!)) return undefined;
  const words = new Set(after);
  const inWindow = (c: Concept) => !c.name && foldText(c.label).split(/\s+/).every((w) => words.has(w));
  const found = language === 'en' ? concepts.findIndex((c) => c.noun && inWindow(c)) : -1;
  const index = found >= 0 ? found : concepts.findIndex(inWindow);
  return index >= 0 ? index : undefined;
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
  const kinds = detectKinds(folded);
  const kind = kinds[0]!;
  const headline = HEADLINE_QUESTION.test(folded);
  const timeOfDay = kind === 'date' && asksTimeOfDay(folded);
  const asking = (headline ? text.replace(/\b(?:judul(?:nya)?|berjudul|headlines?|title|heading|artikel|article|piece|story)\b/gi, ' ') : text)
    .replace(new RegExp(DEICTIC_TIME.source, 'gi'), ' ')
    // An acronym in the plural ("UAVs", "NGOs", "CEOs") is the acronym the articles print.
    .replace(/(?<![\p{L}\p{N}])(\p{Lu}{2,})s(?![\p{L}\p{N}])/gu, '$1')
    // A chat question's tag ("ada gak sih?", "bener ga?", "... atau tidak?") and hearsay
    // ("katanya") ask whether; they are not what the question is about.
    .replace(QUESTION_TAG, ' ')
    .replace(ENGLISH_QUESTION_TAG, ' ')
    // "berapa banyak / jumlah / besar" is one question word: "banyak" is not a topic. Nor is
    // "long" in "how long" or "lama" in "berapa lama".
    .replace(/\b(berapa|brp)\s+(?:banyak|jumlah|besar|lama)\b/gi, '$1')
    .replace(/\b(how)\s+long\b/gi, '$1');
  // "Tanggal berapa", "what year": the noun only asks for a date.
  const searchable = withoutDateNouns(asking)
    // "How come" asks why: "come" is no topic.
    .replace(/\bhow\s+come\b/gi, 'why')
    // "Apa yang terjadi di Kursk?", "What happened at Kursk?": the place or event is the topic,
    // "terjadi" / "happen" only asks for it. Likewise "tujuan" / "purpose" asks for a reason.
    .replace(/\b(apa)\s+yang\s+(?:sedang\s+|telah\s+)?terjadi\b/gi, '$1')
    .replace(/\b(what)\s+(?:has\s+|had\s+)?(?:happened|happens|is\s+happening|was\s+happening)\b/gi, '$1')
    .replace(/\b(apa)\s+tujuan\b/gi, '$1')
    .replace(/\b(what\s+(?:is|was))\s+the\s+(?:purpose|aim|goal)\s+of\b/gi, '$1');
  const concepts = (language === 'en' ? englishWithIndonesianConcepts(searchable) : mixedConcepts(searchable))
    .filter((c) => c.alternatives.length > 0)
    .slice(0, vocabulary ? MAX_READ_CONCEPTS : MAX_CONCEPTS);
  if (vocabulary) {
    // Names first: a name is never read as a colloquial, English or misspelt word ("trump").
    markCorpusNames(concepts, language, vocabulary);
    repairConcepts(concepts, language, vocabulary);
    keepMostTelling(concepts, vocabulary);
    addAcronymExpansions(concepts, vocabulary);
    addAcronymsOfNames(concepts, vocabulary);
  }
  for (const concept of concepts) withMetonyms(concept, METONYM_WEIGHT);
  if (vocabulary) addTitleHolders(concepts, vocabulary);
  for (const concept of concepts) pruneAlternatives(concept, vocabulary);
  // In "Apa kata Putin ...", "What did KCNA report?" the speaker is the focus: the verb of
  // saying is common ("dilaporkan", "mengatakan") and ranking rewards attribution instead.
  const speaker = speakerOf(concepts, language);
  const focus = speaker ?? (language === 'en' && FOCUS_AFTER_SUBJECT.test(folded) ? concepts.find((c) => c.verb) : undefined) ?? headNoun(concepts, language) ?? concepts[0];
  if (focus && FOCUS_QUESTION.test(folded)) focus.weight = (focus.weight ?? 1) * FOCUS_WEIGHT;
  const numbers = analyzeTokens(text).flatMap((t) => (t.kind === 'number' ? [t.value] : []));
  const whetherKnown = asksWhetherKnown(folded);
  const whichThing = kind === 'any' && asksWhichThing(folded);
  const counted = kinds.includes('number') ? countedConcept(folded, concepts, language) : undefined;
  const list = asksList(folded);
  return { ...(counted !== undefined ? { counted } : {}), ...(list ? { list } : {}), text, truncated, language, kind, kinds, concepts, numbers, ...(whetherKnown ? { whetherKnown } : {}), ...(whichThing ? { whichThing } : {}), ...(speaker ? { speaker: speaker.label } : {}), ...(headline ? { headline } : {}), ...(timeOfDay ? { timeOfDay } : {}) };
}
