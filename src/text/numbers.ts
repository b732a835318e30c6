/**
 * Numbers in every common written form, reduced to one canonical value so that a claim
 * ("14 ribu tentara", "14,000 troops", "14rb") meets the figure an article printed ("14.000").
 */
import { lookupTable } from './lookup-table.js';

const MULTIPLIERS: Readonly<Record<string, number>> = lookupTable({
  ribu: 1e3, rb: 1e3, k: 1e3, thousand: 1e3, ribuan: 1e3,
  juta: 1e6, jt: 1e6, million: 1e6, mn: 1e6, jutaan: 1e6,
  miliar: 1e9, milyar: 1e9, billion: 1e9, bn: 1e9,
  triliun: 1e12, trilyun: 1e12, trillion: 1e12,
});

/**
 * Matches a number with optional grouping/decimal separators and an optional multiplier,
 * on folded (lower-cased) text. Group 1: the digits, group 2: the multiplier word.
 */
export const NUMBER_PATTERN = String.raw`(\d+(?:[.,]\d+)*)(?:\s?(ribuan|ribu|rb|k|thousand|jutaan|juta|jt|million|mn|miliar|milyar|billion|bn|triliun|trilyun|trillion)(?![\p{L}\p{N}]))?`;

/** Parses the digits of a number: `14.000` and `14,000` are 14000; `3,5` and `3.5` are 3.5. */
export function parseDigits(digits: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(digits)) {
    // Thousands grouping. A single group with a comma after 1-3 digits is still grouping in
    // Indonesian and English news alike ("14,000", "14.000"); decimals have other lengths.
    return Number(digits.replace(/[.,]/g, ''));
  }
  const parts = digits.split(/[.,]/);
  if (parts.length === 2) return Number(`${parts[0]}.${parts[1]}`);
  return Number(digits.replace(/[.,]/g, ''));
}

/** The value of a number expression, e.g. `numberValue('3,5', 'juta')` is 3500000. */
export function numberValue(digits: string, multiplier: string | undefined): number {
  const base = parseDigits(digits);
  const factor = multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1;
  return base * factor;
}

/** The index token for a number: integers as digits, decimals with `p` for the point (FTS-safe). */
export function numberToken(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return value >= 1e21 ? value.toExponential().replace(/[^0-9a-z]/g, '') : String(value);
  return String(Math.round(value * 1000) / 1000).replace('.', 'p');
}
