/**
 * English questions mapped to Indonesian concepts: wink-nlp lemmatises and tags the words,
 * multi-word names become one concept, phrases and words are translated through the
 * lexicons (src/text/lexicon.ts), names and loanwords also stand as typed.
 */
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeTerms, expandAbbreviations, stopWordAcronyms } from '../text/analyzer.js';
import { CANONICAL_PHRASES, expandEnglishChat } from '../text/glossary.js';
import { glossaryPhrases, isAnyEnglishWord, MAX_ENGLISH_PHRASE, placeOfDemonym, translateEnglish, wordnetSenses, type PartOfSpeech, type Translation } from '../text/lexicon.js';
import { foldText } from '../text/normalize.js';
import { ENGLISH_STOP_WORDS } from '../text/stopwords.js';
import { addAlternative, isCalendarConcept, MAX_NAME_WORDS, MULTI_WORD_NAMES, NAME_WORDS, slippedCanonicalName, withSynonyms, type Concept } from './concepts.js';
import { PASSTHROUGH_WEIGHT, VARIANT_WEIGHT } from './weights.js';

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

/** The glossary's English spellings of canonical names of several words ("north korea"), read once. */
let nameSpellings: (readonly [string, string])[] | undefined;
export function englishNameSpellings(): ReadonlyArray<readonly [string, string]> {
  nameSpellings ??= glossaryPhrases().flatMap((phrase) => {
    const name = translateEnglish(phrase).find((t) => t.source === 'glossary')?.text;
    return name && MULTI_WORD_NAMES.has(name) ? [[phrase, name] as const] : [];
  });
  return nameSpellings;
}

/** English negation as the tokenizer splits it ("did" + "n't"). */
const NEGATION: ReadonlySet<string> = new Set(["n't", 'not', 'never']);

export function englishConcepts(text: string): Concept[] {
  const { nlp, itsType, itsPos, itsLemma } = englishNlp();
  const doc = nlp.readDoc(expandAbbreviations(expandEnglishChat(text)));
  const surface: string[] = [];
  const lemma: string[] = [];
  const proper: boolean[] = [];
  const capitalised: boolean[] = [];
  const typedInCapitals: boolean[] = [];
  const noun: boolean[] = [];
  const verb: boolean[] = [];
  const partOfSpeech: (PartOfSpeech | undefined)[] = [];
  doc.tokens().each((t: ItemToken) => {
    const type = t.out(itsType);
    if (type === 'punctuation' || type === 'symbol' || type === 'tabCRLF' || type === 'emoji') return;
    const raw = t.out();
    surface.push(foldText(raw));
    capitalised.push(/^\p{Lu}/u.test(raw));
    typedInCapitals.push(/^\p{Lu}+$/u.test(raw));
    lemma.push(foldText(t.out(itsLemma)));
    proper.push(t.out(itsPos) === 'PROPN');
    noun.push(t.out(itsPos) === 'NOUN');
    verb.push(t.out(itsPos) === 'VERB');
    partOfSpeech.push(WORDNET_POS[t.out(itsPos)]);
  });
  // A capitalised word before a proper noun is part of the name, though the tagger took it
  // for a common word at the start of the question ("Moon Seong Mook works for ...").
  for (let i = proper.length - 2; i >= 0; i--) if (!proper[i] && proper[i + 1] && capitalised[i] && !ENGLISH_STOP_WORDS.has(surface[i]!)) proper[i] = true;
  const concepts: Concept[] = [];
  // "MU", "DI": an Indonesian stop word typed as an acronym is a name (analyzer.ts).
  const acronyms = stopWordAcronyms(text);
  for (let i = 0; i < surface.length; ) {
    if (acronyms?.has(surface[i]!) && typedInCapitals[i]) {
      concepts.push({ label: surface[i]!, alternatives: [{ terms: [surface[i]!], weight: 1 }], name: true });
      i++;
      continue;
    }
    let used = 0;
    // A canonical name typed in full ("Kim Jong Un") is one concept, searched as a phrase: its
    // words one by one would be translated ("un" as the United Nations).
    for (let n = Math.min(MAX_NAME_WORDS, surface.length - i); n >= 2 && used === 0; n--) {
      const typed = surface.slice(i, i + n).join(' ');
      // "North Koreans", "North Korean's": the name without its plural or demonym ending.
      const forms = [typed, typed.replace(/(?:ns|n|s)$/, '')];
      const canonical =
        forms.map((t) => CANONICAL_PHRASES[t] ?? translateEnglish(t).find((x) => x.source === 'glossary')?.text ?? t).find((t) => MULTI_WORD_NAMES.has(t)) ??
        // Typed with one slip ("Nort Korean"): still the name, never its words one by one.
        forms.map((t) => slippedCanonicalName(t, englishNameSpellings())).find((t) => t !== undefined);
      if (canonical) {
        concepts.push({ label: typed, alternatives: [{ terms: analyzeTerms(canonical), weight: 1 }], name: true });
        used = n;
      }
    }
    for (let n = Math.min(MAX_ENGLISH_PHRASE, surface.length - i); n >= 1 && used === 0; n--) {
      // "didn't", "does not", "won't": the auxiliary is a stop word and the negation is "tidak";
      // read as a phrase, "do not" would be the imperative "jangan" ("don't!").
      if (n >= 2 && ENGLISH_STOP_WORDS.has(lemma[i]!) && NEGATION.has(surface[i + 1]!)) continue;
      const head = surface.slice(i, i + n - 1);
      const forms = [...new Set([[...head, lemma[i + n - 1]!].join(' '), lemma.slice(i, i + n).join(' '), surface.slice(i, i + n).join(' ')])];
      const typed = surface.slice(i, i + n).join(' ');
      // "won't" is read as "wo" + "n't": the lemma ("will") is the stop word.
      if (n === 1 && (ENGLISH_STOP_WORDS.has(typed) || ENGLISH_STOP_WORDS.has(lemma[i]!))) {
        used = 1;
        break;
      }
      // Inflected forms the lemmatiser left alone ("building" as a noun) are tried as verbs too.
      const variants = n === 1 ? englishVariants(typed).filter((v) => !forms.includes(v)) : [];
      // A phrase known only to WordNet is skipped for its words ("military commission" is
      // "komisi militer", not WordNet's brokerage fee).
      const translations = translateForms(forms, variants, n === 1 ? { pos: partOfSpeech[i], inflected: lemma[i] !== surface[i] } : undefined);
      // A phrasal verb ("turned down", "pulled out", "took over") means what its words do not:
      // WordNet's senses of it, weak, which the retrieved sentences then confirm (senses.ts).
      // The verb's own translations stay, a little weaker: "pulled back" is still "ditarik".
      if (translations.length === 0 && n === 2 && verb[i] && PARTICLES.has(surface[i + 1]!)) {
        const senses = wordnetSenses(`${lemma[i]} ${surface[i + 1]}`, 'v');
        if (senses.length > 0) {
          const own = translateForms([lemma[i]!, surface[i]!], [], { pos: 'v', inflected: lemma[i] !== surface[i] }).map((t) => ({ ...t, weight: t.weight * VARIANT_WEIGHT }));
          translations.push(...own, ...senses.filter((x) => !own.some((o) => o.text === x.text)));
        }
      }
      // A demonym the accurate lexicons lack ("Mexican", "Chilean"): the place, a name.
      const place = n === 1 && translations.every((t) => t.source === 'wordnet') ? placeOfDemonym(typed) : undefined;
      if (place) translations.unshift({ text: place, weight: 1, source: 'glossary' });
      if (translations.length === 0) continue;
      const concept: Concept = { label: typed, alternatives: [] };
      for (const tr of translations) addAlternative(concept, analyzeTerms(tr.text), tr.weight);
      // Names and loanwords ("Putin", "Kursk", "museum") also stand as they are.
      if (n === 1 && (proper[i] || translations[0]!.source !== 'glossary')) {
        addAlternative(concept, analyzeTerms(typed), PASSTHROUGH_WEIGHT * (proper[i] ? 1 : 0.6));
        // An inflected loanword stands as its base form, as the articles print it ("assists":
        // "11 assist"; "pre-orders": "pre-order").
        if (!proper[i] && lemma[i] !== typed) addAlternative(concept, analyzeTerms(lemma[i]!), PASSTHROUGH_WEIGHT * 0.6);
      }
      if (isCalendarConcept(concept)) {
        // A day or a month is a date, not a name.
      } else if (place || proper.slice(i, i + n).every(Boolean) || concept.alternatives.every((a) => a.terms.every((t) => NAME_WORDS.has(t)))) concept.name = true;
      else if (noun[i + n - 1]) concept.noun = true;
      if (n === 1 && verb[i]) concept.verb = true;
      if (concept.alternatives.length > 0) concepts.push(withSynonyms(concept));
      used = n;
    }
    if (used === 0) {
      // Unknown to every lexicon: a name, a number or an Indonesian word; keep it as typed.
      const terms = analyzeTerms(surface[i]!);
      // A compound no lexicon lists ("cyberattack", "whirlwind") reads through its head word
      // ("attack": serangan), as what it is a kind of.
      const head = proper[i] ? [] : compoundHead(surface[i]!);
      for (const term of terms) {
        const concept: Concept = { label: surface[i]!, alternatives: [{ terms: [term], weight: 1 }], untranslated: true };
        for (const t of head) addAlternative(concept, analyzeTerms(t.text), t.weight * VARIANT_WEIGHT);
        if (proper[i]) concept.name = true;
        concepts.push(withSynonyms(concept));
      }
      used = 1;
    }
    i += used;
  }
  return concepts;
}


/** The particles of English phrasal verbs. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'off', 'out', 'over', 'back', 'away', 'in', 'on', 'through']);

/** Base-form guesses for an English word: -ing, -ed, -s stripped. */
export function englishVariants(word: string): string[] {
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

/** Shortest part of a compound that counts as a word of it. */
const COMPOUND_PART = 4;

/** Endings that are suffixes, not head words ("bend-able", "home-less"). */
const SUFFIX_WORDS = new Set(['able', 'ible', 'less', 'ness', 'ment', 'ship', 'hood', 'ward', 'wards', 'wise', 'like', 'ful', 'some']);

/**
 * The translations of an unknown compound's head: the longest word ending it that the accurate
 * lexicons translate ("cyber" + "attack", "home" + "owner"), of at least COMPOUND_PART letters
 * after a known English word, one more after an unknown one ("cyber"). None when no split gives
 * such a head.
 */
function compoundHead(word: string): Translation[] {
  for (let cut = COMPOUND_PART; cut <= word.length - COMPOUND_PART; cut++) {
    const [modifier, head] = [word.slice(0, cut), word.slice(cut)];
    if (SUFFIX_WORDS.has(head) || (!isAnyEnglishWord(modifier) && head.length <= COMPOUND_PART)) continue;
    const translations = [head, ...englishVariants(head)].flatMap((h) => translateEnglish(h).filter((t) => t.source !== 'wordnet'));
    if (translations.length > 0) return translations;
  }
  return [];
}

/** "faster" -> fast, "bigger" -> big, "safest" -> safe. */
function comparativeBases(word: string): string[] {
  if (!/^\p{L}{2,}(?:er|est)$/u.test(word)) return [];
  const stem = word.replace(/(?:er|est)$/, '');
  return [...new Set([stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1'), stem.replace(/i$/, 'y')])].filter((w) => w.length >= 3);
}

/** wink-nlp's universal tags -> the lexicons' parts of speech. */
const WORDNET_POS: Record<string, PartOfSpeech> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

/**
 * Translations of the first form the accurate lexicons know, plus those of base-form guesses.
 * A single word (`word` given) may also take WordNet's senses, of its part of speech; a phrase
 * known only to WordNet is left to its words.
 */
function translateForms(forms: readonly string[], variants: readonly string[], word?: { pos: PartOfSpeech | undefined; inflected: boolean }): Translation[] {
  const allowWordnet = word !== undefined;
  const { pos, inflected = false } = word ?? {};
  const out: Translation[] = [];
  const push = (list: Translation[], factor: number) => {
    for (const t of list) {
      const existing = out.find((x) => x.text === t.text);
      if (existing) existing.weight = Math.max(existing.weight, t.weight * factor);
      else out.push({ ...t, weight: t.weight * factor });
    }
  };
  const accurate = (t: Translation[]) => t.filter((x) => x.source !== 'wordnet');
  for (const form of forms) push(accurate(translateEnglish(form, pos, inflected)), 1);
  for (const form of variants) push(accurate(translateEnglish(form, pos, inflected)), VARIANT_WEIGHT);
  if (out.length === 0 && allowWordnet) for (const form of [...forms, ...variants]) push(translateEnglish(form, pos, inflected), 1);
  // A comparative or superlative the lemmatiser left alone ("faster"): its base, when nothing
  // else translated (as a general guess, "-er" would turn "number" into "numb").
  if (out.length === 0 && allowWordnet) for (const form of comparativeBases(forms[forms.length - 1]!)) push(translateEnglish(form, 'a', true), VARIANT_WEIGHT);
  // The accurate lexicons list one or two senses ("watch": jam tangan); WordNet's other senses
  // stay as weak alternatives, kept only where the corpus has them and raised only where the
  // retrieved sentences hold them with the question's other concepts (senses.ts).
  else if (allowWordnet) for (const form of forms) push(wordnetSenses(form, pos), 1);
  return out.sort((a, b) => b.weight - a.weight);
}
