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
import { correctEnglishWord, isEnglishWord, translateEnglish } from '../text/lexicon.js';
import { foldText } from '../text/normalize.js';
import { bestCorrection } from '../text/spelling.js';
import { informalReadings, isIndonesianRoot } from '../text/stemmer.js';
import type { Language } from './answer-types.js';
import type { Alternative, Concept } from './concepts.js';
import { REPAIR_WEIGHTS } from './weights.js';

/** What the repair needs of the corpus. */
export interface Vocabulary {
  documentFrequency(term: string): number;
  termsLike(term: string): { term: string; frequency: number }[];
  /**
   * How the articles write a word inside a sentence: the share of its occurrences (not first
   * in the sentence, not in a headline) with a capital, and how many were seen.
   */
  capitalisation?(word: string): { share: number; seen: number };
}

const present = (vocabulary: Vocabulary, terms: readonly string[]) => terms.length > 0 && terms.every((t) => vocabulary.documentFrequency(t) > 0);

/** True when no alternative of the concept occurs in the corpus. */
export function isAbsent(concept: Concept, vocabulary: Vocabulary): boolean {
  return !concept.alternatives.some((a) => present(vocabulary, a.terms));
}

function readings(concept: Concept, language: Language, vocabulary: Vocabulary): Alternative[] {
  const word = foldText(concept.label);
  const out: Alternative[] = [];
  const add = (text: string, weight: number) => {
    const terms = analyzeTerms(text);
    if (present(vocabulary, terms) && !out.some((a) => a.terms.join(' ') === terms.join(' '))) out.push({ terms, weight });
  };
  // The word itself, or its informal morphology undone ("nganggep" -> "anggep" -> "anggap").
  const formal = [word, ...informalReadings(word)].map(formalOf).find((f) => f !== undefined);
  if (formal) add(formal, REPAIR_WEIGHTS.colloquial);
  if (language === 'id' && !concept.name && isEnglishWord(word)) {
    for (const t of translateEnglish(word)) if (t.source !== 'wordnet') add(t.text, t.weight * REPAIR_WEIGHTS.codeMixed);
  }
  if (language === 'en' || (!formal && isEnglishWord(word))) for (const c of cognateCandidates(word)) add(c, REPAIR_WEIGHTS.cognate);
  // A standard Indonesian word the articles do not use: its WordNet near-synonyms that they do
  // ("menyokong" -> dukung, "perundingan" -> bincang).
  if (language === 'id' && out.length === 0 && !concept.name) {
    for (const term of analyzeTerms(word)) for (const s of nearSynonyms(term)) add(s.term, REPAIR_WEIGHTS.synonym);
  }
  if (out.length > 0 || concept.name) return out;
  // A typo: first as an English word the lexicons know, then against the corpus's terms.
  if (language === 'en') {
    const english = correctEnglishWord(word);
    if (english) for (const t of translateEnglish(english)) if (t.source !== 'wordnet') add(t.text, t.weight * REPAIR_WEIGHTS.spelling[0]!);
    if (out.length > 0) return out;
  }
  // A dictionary word is no typo ("beras" must not become "bebas"): only unknown words are corrected.
  if (isIndonesianRoot(word) || isEnglishWord(word)) return out;
  // English words are corrected against the English lexicons only (above): against the
  // Indonesian corpus an inflected English word looks like a typo ("treating" ~ "trending").
  if (language === 'en') return out;
  for (const term of analyzeTerms(word).slice(0, 1)) {
    if (isIndonesianRoot(term)) continue;
    const best = bestCorrection(term, vocabulary.termsLike(term));
    if (best) out.push({ terms: [best.term], weight: REPAIR_WEIGHTS.spelling[best.distance - 1] ?? 0 });
  }
  return out.filter((a) => a.weight > 0);
}

function addFormal(concept: Concept, vocabulary: Vocabulary): void {
  const formal = formalOf(foldText(concept.label));
  if (formal === undefined) return;
  const terms = analyzeTerms(formal);
  if (!present(vocabulary, terms) || concept.alternatives.some((a) => a.terms.join(' ') === terms.join(' '))) return;
  concept.alternatives.push({ terms, weight: REPAIR_WEIGHTS.colloquial });
  concept.alternatives.sort((a, b) => b.weight - a.weight);
}

function addCognates(concept: Concept, vocabulary: Vocabulary): void {
  for (const c of cognateCandidates(foldText(concept.label))) {
    const terms = analyzeTerms(c);
    if (!present(vocabulary, terms)) continue;
    const existing = concept.alternatives.find((a) => a.terms.join(' ') === terms.join(' '));
    if (existing) existing.weight = Math.max(existing.weight, REPAIR_WEIGHTS.cognate);
    else concept.alternatives.push({ terms, weight: REPAIR_WEIGHTS.cognate });
  }
  concept.alternatives.sort((a, b) => b.weight - a.weight);
}

/**
 * Adds corpus-attested readings to the concepts that the corpus lacks. Names are never
 * spelling-corrected (one real name must not turn into another). Mutates and returns them.
 */
export function repairConcepts(concepts: Concept[], language: Language, vocabulary: Vocabulary): Concept[] {
  // A colloquial function word ("sbg" for "sebagai", "yg") is a stop word once read: dropped.
  const functionWord = (c: Concept) => {
    const formal = formalOf(foldText(c.label));
    return formal !== undefined && analyzeTerms(formal).length === 0 && isAbsent(c, vocabulary);
  };
  for (let i = concepts.length - 1; i >= 0; i--) if (functionWord(concepts[i]!)) concepts.splice(i, 1);
  for (const concept of concepts) {
    if (!isAbsent(concept, vocabulary)) {
      // A colloquial spelling a few articles also use ("sampe") reads as its standard form too
      // ("sampai"), which most articles use.
      if (language === 'id' && !concept.name) addFormal(concept, vocabulary);
      // An English loanword the corpus spells the Indonesian way ("dominasi") is strong
      // evidence even when the lexicons offered weaker translations of it.
      // False friends ("actually", "aktual") cost less than restricting this to nouns and verbs
      // did: that ranked one gold sentence fewer first on the samples.
      if (language === 'en' && !concept.name) addCognates(concept, vocabulary);
      continue;
    }
    const found = readings(concept, language, vocabulary);
    if (found.length === 0) continue;
    concept.alternatives.push(...found);
    concept.alternatives.sort((a, b) => b.weight - a.weight);
    concept.repaired = true;
    // A word that turned out to be known is no longer an untranslated guess.
    delete concept.untranslated;
  }
  return concepts;
}
