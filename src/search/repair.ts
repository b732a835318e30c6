/**
 * Words of a question that no article contains. Before such a word counts as absent, it is
 * read the ways people really type: a colloquial spelling ("dpt", "ngaku", "sampe"), an
 * English word inside an Indonesian question ("statement", "after"), an English loanword
 * whose Indonesian spelling the lexicons miss ("domination" -> "dominasi"), or a typo
 * ("beroprasi", "invasoin") corrected against the corpus's own vocabulary. Every reading is
 * kept only when the corpus has it, so a guess can add evidence but never invent it.
 */
import { analyzeTerms } from '../text/analyzer.js';
import { cognateCandidates } from '../text/cognates.js';
import { formalOf } from '../text/informal.js';
import { nearSynonyms } from '../text/synonyms.js';
import { correctEnglishWord, isAnyEnglishWord, isEnglishWord, placeOfDemonym, translateEnglish, wordnetSenses } from '../text/lexicon.js';
import { ENGLISH_STOP_WORDS, INDONESIAN_STOP_WORDS } from '../text/stopwords.js';
import { foldText } from '../text/normalize.js';
import { bestCorrection, type Correction } from '../text/spelling.js';
import { informalReadings, isIndonesianRoot, isIndonesianWord, stemIndonesian } from '../text/stemmer.js';
import { englishVariants } from './english.js';
import type { Language } from './answer-types.js';
import type { Alternative, Concept } from './concepts.js';
import { CODE_MIXED_SENSES, MAX_SLIP_WORD, NAME_CAPITALISED_SHARE, NAME_MIN_SEEN, REPAIR_WEIGHTS, SLIP_SEARCHES } from './weights.js';

/** What the repair needs of the corpus. */
export interface Vocabulary {
  documentFrequency(term: string): number;
  termsLike(term: string): { term: string; frequency: number }[];
  /**
   * How the articles write a word inside a sentence: the share of its occurrences (not first
   * in the sentence, not in a headline) with a capital, and how many were seen.
   */
  capitalisation?(word: string): { share: number; seen: number };
  /**
   * What the articles spell an acronym out as, where they define it ("Badan Pusat Statistik
   * (BPS)"): the most frequent such definition, or undefined.
   */
  acronymExpansion?(acronym: string): string | undefined;
  /** Who the articles name right after a title (index terms), if one name dominates. */
  titleHolder?(title: readonly string[]): string | undefined;
}

/**
 * The word of a concept as typed, without the Indonesian affixes chat hyphenates onto an
 * English word ("di-launch", "nge-prove", "producer-nya", "merger-in"): the English root is
 * what the lexicons and the loanword rules know.
 */
export function bareWord(label: string): string {
  return foldText(label)
    .replace(/^(?:di|ke|nge|ng|me|ter|ber|se)-(?=\p{L}{2})/u, '')
    .replace(/(?<=\p{L}{2})-(?:nya|in|an|kan|i|lah|kah|ku|mu)$/u, '');
}

/**
 * True when the articles write the word as a name: with a capital inside their sentences in
 * at least NAME_CAPITALISED_SHARE of at least NAME_MIN_SEEN occurrences (weights.ts).
 */
export function writtenAsName(vocabulary: Vocabulary, word: string): boolean {
  if (!vocabulary.capitalisation) return false;
  const { share, seen } = vocabulary.capitalisation(word);
  return seen >= NAME_MIN_SEEN && share >= NAME_CAPITALISED_SHARE;
}

const present = (vocabulary: Vocabulary, terms: readonly string[]) => terms.length > 0 && terms.every((t) => vocabulary.documentFrequency(t) > 0);

/** True when no alternative of the concept occurs in the corpus. */
/** How many articles hold a phrase, at most: the document frequency of its rarest term. */
export function phraseDocumentFrequency(vocabulary: Vocabulary, terms: readonly string[]): number {
  return Math.min(...terms.map((t) => vocabulary.documentFrequency(t)));
}

export function isAbsent(concept: Concept, vocabulary: Vocabulary): boolean {
  return !concept.alternatives.some((a) => present(vocabulary, a.terms));
}

function readings(concept: Concept, language: Language, vocabulary: Vocabulary, budget: { slips: number }): Alternative[] {
  const word = bareWord(concept.label);
  const out: Alternative[] = [];
  const add = (text: string, weight: number) => {
    const terms = analyzeTerms(text);
    if (present(vocabulary, terms) && !out.some((a) => a.terms.join(' ') === terms.join(' '))) out.push({ terms, weight });
  };
  // The word itself, or its informal morphology undone ("nganggep" -> "anggep" -> "anggap").
  const formal = [word, ...informalReadings(word)].map(formalOf).find((f) => f !== undefined);
  if (formal) add(formal, REPAIR_WEIGHTS.colloquial);
  if (language === 'id' && !concept.name) for (const t of codeMixedReadings(word)) add(t.text, t.weight);
  if (language === 'en' || (!formal && isEnglishWord(word))) for (const c of englishCognates(word)) add(c, REPAIR_WEIGHTS.cognate);
  // A standard Indonesian word the articles do not use: its WordNet near-synonyms that they do
  // ("menyokong" -> dukung, "perundingan" -> bincang).
  if (language === 'id' && out.length === 0 && !concept.name) {
    for (const term of analyzeTerms(word)) for (const s of nearSynonyms(term)) add(s.term, REPAIR_WEIGHTS.synonym);
  }
  if (out.length > 0) return out;
  // A misspelt demonym or place in English ("Ukranian", "Rusian"): the place the corrected
  // word names, as a demonym the lexicons know is read (english.ts).
  if (concept.name && language === 'en') {
    const english = correctEnglishWord(word);
    const place = english ? placeOfDemonym(english) : undefined;
    if (place) add(place, REPAIR_WEIGHTS.spelling[0]!);
    if (out.length > 0) return out;
  }
  if (concept.name) return misspeltName(word, vocabulary);
  // A typo: first as an English word the lexicons know, then against the corpus's terms.
  if (language === 'en') {
    const english = correctEnglishWord(word);
    if (english) {
      // The corrected word's Indonesian spelling first ("confirmaton" -> confirmation -> konfirmasi).
      for (const c of englishCognates(english)) add(c, REPAIR_WEIGHTS.cognate * REPAIR_WEIGHTS.spelling[0]!);
      for (const t of centralTranslations(english)) add(t.text, t.weight * REPAIR_WEIGHTS.spelling[0]!);
    }
    if (out.length > 0) return out;
  }
  // A dictionary word is no typo ("beras" must not become "bebas", "leak" not "letak"): only
  // unknown words are corrected.
  if (isIndonesianRoot(word) || isAnyEnglishWord(word)) return out;
  // English words are corrected against the English lexicons only (above): against the
  // Indonesian corpus an inflected English word looks like a typo ("treating" ~ "trending").
  if (language === 'en') return out;
  for (const term of analyzeTerms(word).slice(0, 1)) {
    if (isIndonesianRoot(term)) continue;
    const best = correctAffixed(term, word, vocabulary, budget);
    if (best) out.push({ terms: [best.term], weight: REPAIR_WEIGHTS.spelling[best.distance - 1] ?? 0 });
  }
  return out.filter((a) => a.weight > 0);
}

/**
 * An English word inside an Indonesian question ("players", "leak", "source-nya"): its
 * translations, from the accurate lexicons or else WordNet's most central senses, tried on its
 * base forms too ("players" -> player). None for an Indonesian word that looks English.
 */
function codeMixedReadings(word: string): { text: string; weight: number }[] {
  if (!/^\p{L}{2,}$/u.test(word) || isIndonesianWord(word)) return [];
  for (const form of [word, ...englishVariants(word)]) {
    if (!isAnyEnglishWord(form)) continue;
    const readings = centralTranslations(form);
    if (readings.length > 0) return readings.map((t) => ({ text: t.text, weight: t.weight * REPAIR_WEIGHTS.codeMixed }));
  }
  return [];
}

/** An English word's translations from the accurate lexicons, else WordNet's most central senses. */
function centralTranslations(word: string): { text: string; weight: number }[] {
  const accurate = translateEnglish(word).filter((t) => t.source !== 'wordnet');
  return accurate.length > 0 ? accurate : wordnetSenses(word).slice(0, CODE_MIXED_SENSES);
}

/**
 * The corpus term nearest to a misspelt word: as typed (against the corpus's terms, a dictionary
 * root before a name at the same distance), else by one
 * slip undone in the typed word and the result stemmed ("seperjuanagn" -> seperjuangan ->
 * juang, "dikirmkan" -> dikirimkan -> kirim), since the index holds roots, not the affixed forms
 * people type. A root reached that way must be a dictionary root the articles use; the
 * commonest wins, and two different ones equally common give none.
 */
function correctAffixed(term: string, word: string, vocabulary: Vocabulary, budget: { slips: number }): Correction | undefined {
  // A slip in a common word is likelier than one that lands on a name: at the same distance, a
  // dictionary root wins ("kirm" -> kirim, not Kim).
  const near = vocabulary.termsLike(term);
  const any = bestCorrection(term, near);
  const root = bestCorrection(term, near.filter((c) => isIndonesianRoot(c.term)));
  const direct = root && (!any || root.distance <= any.distance) ? root : any;
  if (direct || word.length < 6 || word.length > MAX_SLIP_WORD || budget.slips <= 0 || !/^\p{Ll}+$/u.test(word)) return direct;
  budget.slips--;
  let best: Correction | undefined;
  let tied = false;
  const seen = new Set<string>();
  for (const variant of oneSlipAway(word)) {
    const root = stemIndonesian(variant);
    if (seen.has(root) || root === term || !isIndonesianRoot(root)) continue;
    seen.add(root);
    const frequency = vocabulary.documentFrequency(root);
    if (frequency === 0) continue;
    if (!best || frequency > best.frequency) {
      best = { term: root, distance: 1, frequency };
      tied = false;
    } else if (frequency === best.frequency) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * A name no article has may be a slip in one they print often ("Sukabmi", "Opne", "Timoty"):
 * the one name one slip away that the articles write with a capital (as question.ts reads
 * lower-case names) and use at least NAME_MIN_SEEN times. Never for short names, where one
 * slip reaches too many others, and never when two names are equally near and common.
 */
function misspeltName(word: string, vocabulary: Vocabulary): Alternative[] {
  if (!/^\p{L}{5,}$/u.test(word) || !vocabulary.capitalisation) return [];
  const names = vocabulary.termsLike(word).filter((c) => c.frequency >= NAME_MIN_SEEN && c.term.length >= 5);
  const best = bestCorrection(word, names, 1);
  return best && writtenAsName(vocabulary, best.term) ? [{ terms: [best.term], weight: REPAIR_WEIGHTS.spelling[0]! }] : [];
}

/** Every string one deletion, transposition, substitution or insertion (a-z) away. */
function oneSlipAway(word: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const l of letters) {
      if (tail) out.add(head + l + tail.slice(1));
      out.add(head + l + tail);
    }
  }
  out.delete(word);
  return out;
}

function addReadings(concept: Concept, readings: readonly { text: string; weight: number }[], vocabulary: Vocabulary): void {
  for (const r of readings) {
    const terms = analyzeTerms(r.text);
    if (!present(vocabulary, terms)) continue;
    const existing = concept.alternatives.find((a) => a.terms.join(' ') === terms.join(' '));
    if (existing) existing.weight = Math.max(existing.weight, r.weight);
    else concept.alternatives.push({ terms, weight: r.weight });
  }
  concept.alternatives.sort((a, b) => b.weight - a.weight);
}

function addFormal(concept: Concept, vocabulary: Vocabulary): void {
  const formal = formalOf(foldText(concept.label));
  if (formal === undefined) return;
  const terms = analyzeTerms(formal);
  if (!present(vocabulary, terms) || concept.alternatives.some((a) => a.terms.join(' ') === terms.join(' '))) return;
  // How often the articles use a reading: its rarest term's document frequency.
  const frequency = (t: readonly string[]) => phraseDocumentFrequency(vocabulary, t);
  const typed = concept.alternatives[0]?.terms ?? [];
  if (isIndonesianWord(foldText(concept.label)) || frequency(terms) <= frequency(typed)) {
    // A dictionary word ("memakai"), or a short form the articles print more often than the
    // long one ("ponsel"): the table's reading is a second one.
    concept.alternatives.push({ terms, weight: REPAIR_WEIGHTS.colloquial });
    concept.alternatives.sort((a, b) => b.weight - a.weight);
    return;
  }
  // A chat spelling the articles rarely print ("tetep") means the standard word, and how rare
  // that is says how much the concept weighs: "tetep" is as common as "tetap", not as rare as
  // the few quotes that print it. The chat spelling stays, a little weaker, for those quotes.
  for (const alt of concept.alternatives) alt.weight *= REPAIR_WEIGHTS.colloquial;
  concept.alternatives.unshift({ terms, weight: 1 });
}

function addCognates(concept: Concept, vocabulary: Vocabulary): void {
  addReadings(concept, englishCognates(bareWord(concept.label)).map((text) => ({ text, weight: REPAIR_WEIGHTS.cognate })), vocabulary);
}

/**
 * The Indonesian spellings of an English word and of its base forms ("parasites" -> parasit);
 * a base form as such ("build" for "building") is no Indonesian spelling.
 */
function englishCognates(word: string): string[] {
  const bases = englishVariants(word);
  const fromBases = bases.flatMap(cognateCandidates).filter((c) => !bases.includes(c));
  return [...new Set([...cognateCandidates(word), ...fromBases])];
}

/**
 * Adds corpus-attested readings to the concepts that the corpus lacks. Names are never
 * spelling-corrected (one real name must not turn into another). Mutates and returns them.
 */
export function repairConcepts(concepts: Concept[], language: Language, vocabulary: Vocabulary): Concept[] {
  // Undoing slips stems some 700 strings a word: a few words a question (a pasted page has many unknown words).
  const budget = { slips: SLIP_SEARCHES };
  // A colloquial function word ("sbg" for "sebagai", "yg") is a stop word once read: dropped.
  // So is an English function word inside an Indonesian question ("which", "are", "the").
  // Indonesian typed inside an English question is read as Indonesian.
  const languageOf = (c: Concept): Language => (c.indonesian ? 'id' : language);
  const functionWord = (c: Concept) => {
    const word = foldText(c.label);
    const read = languageOf(c);
    // ("are" and "had" are also Indonesian roots, rare in the news: function words here.)
    if (read === 'id' && ENGLISH_STOP_WORDS.has(word) && !INDONESIAN_STOP_WORDS.has(word) && !c.name) return true;
    // A name typed with capitals that the articles print ("gamepad MSI", not "msi" for
    // "masih") is what the question is about, whatever chat spelling it shares.
    if (c.name && !isAbsent(c, vocabulary)) return false;
    // In an Indonesian question, a chat function word stays one where a few articles quote it
    // ("aja" for "saja"), unless it is also a dictionary root.
    const formal = formalOf(word);
    return formal !== undefined && analyzeTerms(formal).length === 0 && (isAbsent(c, vocabulary) || (read === 'id' && !isIndonesianRoot(word)));
  };
  for (let i = concepts.length - 1; i >= 0; i--) if (functionWord(concepts[i]!)) concepts.splice(i, 1);
  for (const concept of concepts) {
    const read = languageOf(concept);
    if (!isAbsent(concept, vocabulary)) {
      // A colloquial spelling a few articles also use ("sampe") reads as its standard form too
      // ("sampai"), which most articles use; an English word a few articles quote ("players")
      // as its Indonesian translations.
      if (read === 'id' && !concept.name) {
        addFormal(concept, vocabulary);
        const word = bareWord(concept.label);
        addReadings(concept, codeMixedReadings(word), vocabulary);
        // An English word the articles quote as such ("producer") is spelt the Indonesian
        // way in most of them ("diproduseri").
        if (!isIndonesianWord(word) && isEnglishWord(word)) addCognates(concept, vocabulary);
      }
      // An English loanword the corpus spells the Indonesian way ("dominasi") is strong
      // evidence even when the lexicons offered weaker translations of it.
      // False friends ("actually", "aktual") cost less than restricting this to nouns and verbs
      // did: that ranked one gold sentence fewer first on the samples.
      if (read === 'en' && !concept.name) addCognates(concept, vocabulary);
      continue;
    }
    const found = readings(concept, read, vocabulary, budget);
    if (found.length === 0) continue;
    concept.alternatives.push(...found);
    concept.alternatives.sort((a, b) => b.weight - a.weight);
    concept.repaired = true;
    // A word that turned out to be known is no longer an untranslated guess.
    delete concept.untranslated;
  }
  return concepts;
}
