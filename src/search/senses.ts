/**
 * Sense weights from evidence in the corpus. An English word has many Indonesian senses
 * ("nation": bangsa, negara, negeri, rakyat ...); the lexicons cannot say which one the
 * question means, and dividing the weight among them punishes a sentence that holds exactly
 * the right one. The corpus can: the right sense occurs in the retrieved sentences together
 * with the question's other concepts. A sense seen that way is trusted as a good translation.
 */
import type { Concept } from './concepts.js';
import { SENSE_EVIDENCE } from './weights.js';

const holds = (terms: ReadonlySet<string>, alt: { terms: readonly string[] }) => alt.terms.every((t) => terms.has(t));

/**
 * Concepts with each translated sense raised to `SENSE_EVIDENCE.weight` when at least
 * `SENSE_EVIDENCE.minSentences` candidate sentences hold it together with another concept
 * of the question. Returns new concepts; the input is not changed.
 */
export function weighSenses(concepts: readonly Concept[], candidates: readonly { termSet: ReadonlySet<string> }[], idf?: readonly number[]): Concept[] {
  // A concept nearly every article holds ("Indonesia" in an Indonesian archive) says nothing
  // about which sense is meant: only concepts at least as specific as the question's average count.
  const mean = idf && idf.length > 0 ? idf.reduce((a, b) => a + b, 0) / idf.length : 0;
  const specific = (j: number) => !idf || idf[j]! >= mean;
  return concepts.map((concept, i) => {
    if (concept.alternatives.length < 2 || concept.name) return concept;
    const alternatives = concept.alternatives.map((alt) => {
      if (alt.weight >= SENSE_EVIDENCE.weight || alt.weight < SENSE_EVIDENCE.floor) return alt;
      let seen = 0;
      for (const c of candidates) {
        if (!holds(c.termSet, alt)) continue;
        if (concepts.some((other, j) => j !== i && specific(j) && other.alternatives.some((a) => a.weight >= SENSE_EVIDENCE.weight && holds(c.termSet, a)))) seen++;
        if (seen >= SENSE_EVIDENCE.minSentences) return { ...alt, weight: SENSE_EVIDENCE.weight };
      }
      return alt;
    });
    return { ...concept, alternatives: alternatives.sort((a, b) => b.weight - a.weight) };
  });
}
