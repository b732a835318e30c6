/**
 * The answer policy: is the best sentence a direct answer, only a related report, or is
 * there nothing to show? A confident wrong quote is the worst outcome for a fact-checker, so
 * "direct" needs more than a good score: the question's names and figures must be there.
 */
import { detectClaim } from '../claims/detect.js';
import { askedOf, conceptMatch, kindMatch, newPersons, type Asked, type Scored } from './rank.js';
import { printedWords } from '../text/normalize.js';
import type { Concept } from './concepts.js';
import { analyzeTerms } from '../text/analyzer.js';
import type { AnalyzedQuestion } from './question.js';
import { ABSENT_COVERAGE_NONE, ABSENT_SHARE_NONE, FOCUS_WEIGHT, NAMED_AS_ASKED, PERSON_FOCUS_SPAN, type TunedParams } from './weights.js';

export type Decision = 'direct' | 'related' | 'none';

/** Per concept: its weight and whether the corpus lacks it entirely (answer.ts, conceptStats). */
export interface ConceptEvidence {
  idf: readonly number[];
  absent: readonly boolean[];
  /** Absent names (see answer.ts). */
  specific: readonly boolean[];
}

/**
 * Why the best sentence cannot be a direct answer, or undefined when it can:
 * - a name of the question that no article mentions ("Macron", "China" when only Korea is
 *   reported): the archive does not hold what was asked;
 * - a name of the question missing from the sentence and its context (asked about China,
 *   the sentence is about North Korea), or given there only through a metonym;
 * - a figure of the question (a claim's "14 ribu") that the sentence does not state;
 * - the focus of the question missing from the sentence;
 * - a "how many", "when", "who" or "where" question whose sentence holds no figure, date,
 *   person or place new to the question, or, for "who", none named next to the role asked.
 */
export function directBlocker(q: AnalyzedQuestion, evidence: ConceptEvidence, best: Scored): string | undefined {
  for (let i = 0; i < q.concepts.length; i++) {
    const concept = q.concepts[i]!;
    // Any word no article has (a typo nothing could repair, "beras" in a war archive): the
    // archive may not hold what was asked, so the answer is at most related.
    if (evidence.absent[i] && !concept.untranslated) return `word absent from the corpus: ${concept.label}`;
    if (!concept.name) continue;
    if (evidence.absent[i]) return `name absent from the corpus: ${concept.label}`;
    // Named as typed (or spelt out, or its holder for a title): a capital standing for its state
    // ("Kyiv memperkirakan ...") or a state for its capital is a different actor often enough.
    // The context stands in for a name the sentence leaves out (a pronoun), not for one it
    // gives in another form.
    const inSentence = best.matched[i]!;
    if (inSentence < NAMED_AS_ASKED && (inSentence > 0 || conceptMatch(concept, best.passageTerms) < NAMED_AS_ASKED)) return `name not in the sentence or its context: ${concept.label}`;
  }
  for (const n of q.numbers) if (!best.numbers.includes(n)) return `figure not stated: ${n}`;
  // What the question asks about (the word after "siapa", "apa", "what", which question.ts weights up)
  // must be in the sentence itself: "Siapa presiden pertama ..." is not answered by a sentence
  // about a consul that only shares "Republik Indonesia".
  const focus = q.concepts.findIndex((c) => (c.weight ?? 1) >= FOCUS_WEIGHT);
  if (focus >= 0 && best.matched[focus]! <= 0) return `focus not in the sentence: ${q.concepts[focus]!.label}`;
  // A "how many", "when", "who" or "where" question is answered by a figure, a date, a name or
  // a place that the question does not state itself ("Siapa pemenang Piala Dunia 2018?" is not
  // answered by a sentence about "Piala Dunia 2018").
  const asked = askedOf(q.concepts, q.numbers);
  if (ANSWER_SLOTS.has(q.kind) && kindMatch(q.kind, best.text, asked) === 0) return `no new ${q.kind} in the sentence`;
  // "Siapa presiden pertama ...": the person answers the role asked about when named next to
  // it ("Presiden pertama RI, Soekarno"), not anywhere in a long sentence that also says
  // "presiden" ("Konsul Jenderal RI di Davao, Berlian Napitupulu, ... Presiden").
  if (q.kind === 'person' && focus >= 0 && !personNear(best.text, asked, q.concepts[focus]!)) return `no one named next to ${q.concepts[focus]!.label}`;
  return undefined;
}

/** True when a person new to the question is named within PERSON_FOCUS_SPAN words of the focus. */
function personNear(text: string, asked: Asked, focus: Concept): boolean {
  const focusTerms = new Set(focus.alternatives.filter((a) => a.terms.length === 1).map((a) => a.terms[0]!));
  const words = printedWords(text);
  const at = (offset: number) => words.findIndex((w) => w.index + w[0].length > offset);
  const focusAt = words.flatMap((w, i) => (analyzeTerms(w[0]).some((t) => focusTerms.has(t)) ? [i] : []));
  return newPersons(text, asked).some(([start, end]) =>
    focusAt.some((f) => Math.min(Math.abs(at(start) - f), Math.abs(at(end - 1) - f)) <= PERSON_FOCUS_SPAN),
  );
}

/** The kinds of question whose answer is a figure, a date, a name or a place. */
const ANSWER_SLOTS: ReadonlySet<AnalyzedQuestion['kind']> = new Set(['number', 'date', 'person', 'place']);

/**
 * True when the question checks a statement whose one absent name may be its wrong detail:
 * a yes/no question or a claim, one name the archive lacks, and another name of the question
 * in the best report (or its context).
 */
function wrongDetail(q: AnalyzedQuestion, evidence: ConceptEvidence, best: Scored): boolean {
  if (evidence.specific.filter(Boolean).length !== 1) return false;
  const named = q.concepts.some((c, i) => c.name && !evidence.absent[i] && (best.matched[i]! > 0 || conceptMatch(c, best.passageTerms) > 0));
  return named && (q.kind === 'yesno' || detectClaim(q.text) !== undefined);
}

/** Decides the outcome from the ranked sentences (best first). */
export function decideMatch(q: AnalyzedQuestion, evidence: ConceptEvidence, ranked: readonly Scored[], policy: TunedParams): Decision {
  const best = ranked[0];
  if (!best || best.coverage < policy.relatedCoverage) return 'none';
  // Names the archive never mentions carry much of the question ("Piala Dunia", "Macron"):
  // near misses on its other words are not worth showing. Unless the question checks a
  // statement (a yes/no question, a pasted claim) about something the best report names: there
  // one absent name may be the detail it gets wrong ("Is the Innato cafe on Mallorca?" of a
  // cafe on Tenerife), and that report is what the fact-checker needs, shown as related.
  const total = evidence.idf.reduce((a, b) => a + b, 0) || 1;
  const missing = evidence.idf.reduce((sum, w, i) => sum + (evidence.specific[i] ? w : 0), 0) / total;
  if (missing >= ABSENT_SHARE_NONE && best.coverage < ABSENT_COVERAGE_NONE && !wrongDetail(q, evidence, best)) return 'none';
  // When the archive lacks a word of the question, one other shared word is a coincidence,
  // not a related report ("harga" for "Berapa harga beras?").
  const shared = q.concepts.filter((c, i) => best.matched[i]! > 0 || conceptMatch(c, best.passageTerms) > 0).length;
  if (shared < 2 && evidence.absent.some(Boolean)) return 'none';
  if (best.coverage < policy.directCoverage) return 'related';
  return directBlocker(q, evidence, best) === undefined ? 'direct' : 'related';
}
