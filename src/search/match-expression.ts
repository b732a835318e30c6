/**
 * Builds the FTS5 MATCH expression for a question. This is the only place where question
 * text meets FTS5 syntax. Every term is emitted as a double-quoted FTS5 string (inner quotes
 * doubled), so nothing the user typed can act as an operator (AND, OR, NOT, NEAR, *, ^, ":",
 * column filters): it can only ever be a phrase to look up.
 */
import type { Concept } from './concepts.js';

/** Most alternatives OR-ed into one query; bounds the cost of a pathological question. */
export const MAX_MATCH_TERMS = 64;

/** Quotes one phrase as an FTS5 string literal. */
export function quoteFtsPhrase(terms: readonly string[]): string {
  return `"${terms.join(' ').replace(/"/g, '""')}"`;
}

/**
 * One OR-expression over every alternative of every concept, e.g. `"pasukan" OR "korea utara"`.
 * Returns undefined when nothing is left to search for (the answer is then "not found").
 */
export function buildMatchExpression(concepts: readonly Concept[]): string | undefined {
  const phrases = new Set<string>();
  for (const concept of concepts) {
    for (const alt of concept.alternatives) {
      const terms = alt.terms.filter((t) => t.length > 0 && /[\p{L}\p{N}]/u.test(t));
      if (terms.length > 0) phrases.add(quoteFtsPhrase(terms));
      if (phrases.size >= MAX_MATCH_TERMS) break;
    }
  }
  return phrases.size > 0 ? [...phrases].join(' OR ') : undefined;
}
