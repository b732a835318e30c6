/**
 * The concept model: what a question asks about, one concept per word or name, each with its
 * alternative index terms (the word itself, its synonyms, its translations) and how much each
 * alternative is trusted. Shared by the Indonesian and English question paths.
 */
import { analyzeTerms } from '../text/analyzer.js';
import { CANONICAL_PHRASES } from '../text/glossary.js';
import { editDistance } from '../text/spelling.js';
import { phraseDocumentFrequency, type Vocabulary } from './repair.js';
import { MIN_SLIPPED_NAME, SYNONYM_WEIGHT } from './weights.js';

/**
 * At most this many alternative terms per concept are searched (the corpus's first, see
 * pruneAlternatives). 6 ranks the gold sentence first as often as 8 on all 185 sample
 * questions, with fewer terms for FTS5 and ranking to match.
 */
export const MAX_ALTERNATIVES = 6;
/** While a question is built, a concept may hold this many (many WordNet senses, before the corpus prunes them). */
export const MAX_CANDIDATE_ALTERNATIVES = 32;

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
  /** Typed in Indonesian inside an English question ("... dapet halal certification dari KMF"): read as Indonesian. */
  indonesian?: boolean;
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

/**
 * A capital or a seat of power stands for its state in news ("Moskow mengklaim", "Pyongyang
 * membantah", "the Kremlin said"): a question naming one finds sentences naming the other.
 * Country first. Capitals that also name football clubs (Madrid, Roma, Paris, London,
 * Manchester) are left out: there the city is rarely the state.
 */
const METONYMS: readonly string[][] = [
  ['rusia', 'moskow', 'kremlin'],
  ['korea utara', 'pyongyang'],
  ['korea selatan', 'seoul'],
  ['ukraina', 'kyiv'],
  ['amerika serikat', 'washington', 'gedung putih'],
  ['china', 'tiongkok', 'beijing'],
  ['jepang', 'tokyo'],
  ['australia', 'canberra'],
  ['malaysia', 'kuala lumpur'],
  ['thailand', 'bangkok'],
  ['filipina', 'manila'],
  ['vietnam', 'hanoi'],
  ['india', 'new delhi'],
  ['pakistan', 'islamabad'],
  ['iran', 'teheran'],
  ['arab saudi', 'riyadh'],
  ['turki', 'ankara'],
  ['mesir', 'kairo'],
  ['suriah', 'damaskus'],
  ['irak', 'baghdad'],
  ['afghanistan', 'kabul'],
  ['taiwan', 'taipei'],
  ['myanmar', 'naypyidaw'],
  ['kamboja', 'phnom penh'],
  ['timor leste', 'dili'],
  ['indonesia', 'istana negara'],
];

/**
 * Word groups as an index: each member's terms (joined) -> the other members' terms. With
 * `singleTerm`, only members of one term are keys (synonyms are looked up term by term).
 */
function groupIndex(groups: readonly (readonly string[])[], singleTerm: boolean): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const group of groups) {
    const analysed = group.map((w) => analyzeTerms(w)).filter((t) => t.length > 0);
    for (const terms of analysed) {
      if (singleTerm && terms.length !== 1) continue;
      index.set(terms.join(' '), analysed.filter((t) => t.join(' ') !== terms.join(' ')));
    }
  }
  return index;
}

const metonymIndex = groupIndex(METONYMS, false);

/** Adds the state for a capital named, and the capitals for a state (METONYMS), at `weight`. */
export function withMetonyms(concept: Concept, weight: number): Concept {
  const first = concept.alternatives[0];
  for (const other of (first && metonymIndex.get(first.terms.join(' '))) ?? []) addAlternative(concept, other, first!.weight * weight);
  return concept;
}

const synonymIndex = groupIndex(INDONESIAN_SYNONYMS, true);

/** A concept for an index term with its near-synonyms (for terms found in an answer, not typed). */
export function conceptOfTerm(term: string): Concept {
  return withSynonyms({ label: term, alternatives: [{ terms: [term], weight: 1 }] });
}

export function addAlternative(concept: Concept, terms: string[], weight: number): void {
  if (terms.length === 0) return;
  const key = terms.join(' ');
  const existing = concept.alternatives.find((a) => a.terms.join(' ') === key);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else concept.alternatives.push({ terms, weight });
}

export function withSynonyms(concept: Concept): Concept {
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
export function pruneAlternatives(concept: Concept, vocabulary?: Vocabulary): void {
  const [first, ...rest] = concept.alternatives;
  if (!first) return;
  let kept = rest;
  if (vocabulary) {
    const df = (a: Alternative) => phraseDocumentFrequency(vocabulary, a.terms);
    kept = rest.map((a) => ({ a, df: df(a) })).filter((x) => x.df > 0).sort((x, y) => y.a.weight - x.a.weight || y.df - x.df).map((x) => x.a);
  }
  concept.alternatives = [first, ...kept].slice(0, MAX_ALTERNATIVES);
}

/** Words of canonical names (korea, utara, amerika ...): what a story is about, not what it says. */
export const NAME_WORDS: ReadonlySet<string> = new Set(
  Object.values(CANONICAL_PHRASES)
    .flatMap((v) => v.split(' '))
    .filter((w) => w !== 'drone'),
);

/**
 * Days and months as index terms: a date, not a name, though typed with a capital ("on
 * Friday", "pada Senin"). In a yes/no question or a claim the day is the detail that may be
 * wrong; it must not weigh as a name that the right report lacks.
 */
export const CALENDAR_TERMS: ReadonlySet<string> = new Set(
  'senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember'
    .split(' ')
    .flatMap((w) => analyzeTerms(w)),
);

/** True when the concept's first reading is a day or a month. */
export function isCalendarConcept(concept: Concept): boolean {
  const first = concept.alternatives[0];
  return first !== undefined && first.terms.length === 1 && CALENDAR_TERMS.has(first.terms[0]!);
}

/** Canonical names of several words ("kim jong un", "korea utara"). */
export const MULTI_WORD_NAMES: ReadonlySet<string> = new Set(Object.values(CANONICAL_PHRASES).filter((v) => v.includes(' ')));
export const MAX_NAME_WORDS = Math.max(...[...MULTI_WORD_NAMES].map((v) => v.split(' ').length));

/** The multi-word spellings of canonical names ("korea utara", "republik rakyat demokratik korea"). */
const MULTI_WORD_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ...Object.entries(CANONICAL_PHRASES).filter(([k, v]) => k.includes(' ') && MULTI_WORD_NAMES.has(v)),
  ...[...MULTI_WORD_NAMES].map((v) => [v, v] as const),
];

/**
 * The canonical name a multi-word name typed with one slip stands for ("korea utra", "kim jong
 * um", and in English "nort korea" among `more` spellings): one slip in a name of two or more
 * words and at least MIN_SLIPPED_NAME letters leaves it unambiguous, where one slip in a short
 * single name would reach others. Undefined when no spelling, or more than one name, is one
 * slip away.
 */
export function slippedCanonicalName(typed: string, more: ReadonlyArray<readonly [string, string]> = []): string | undefined {
  if (typed.length < MIN_SLIPPED_NAME || !typed.includes(' ')) return undefined;
  const words = typed.split(' ').length;
  const found = new Set<string>();
  for (const spellings of [MULTI_WORD_SPELLINGS, more]) {
    for (const [spelling, name] of spellings) if (spelling.split(' ').length === words && editDistance(typed, spelling, 1) === 1) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
