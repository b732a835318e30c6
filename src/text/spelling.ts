/**
 * Edit distance for spelling correction: optimal string alignment (Levenshtein plus the
 * transposition of two neighbouring letters, the commonest typing slip: "invasoin").
 * Bounded: gives up as soon as the distance must exceed `max`, so scanning a vocabulary
 * costs little more than reading it. (A few lines; the npm packages compute unbounded
 * Levenshtein without transpositions.)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How many slips a word of this length may hold and still be recognised: none below 4 letters. */
export function allowedDistance(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

export interface Correction {
  term: string;
  distance: number;
  /** How often the corpus (or lexicon) uses it: the commoner of two equally near words wins. */
  frequency: number;
}

/**
 * The best correction of `word` among `candidates`: the nearest, then the most frequent.
 * Undefined when none is near enough, or when two different words are equally near and
 * equally likely (no guess is better than a wrong one).
 */
export function bestCorrection(word: string, candidates: Iterable<{ term: string; frequency: number }>, max = allowedDistance(word.length)): Correction | undefined {
  if (max <= 0) return undefined;
  let best: Correction | undefined;
  let tied = false;
  for (const c of candidates) {
    if (c.term === word || c.frequency <= 0) continue;
    const distance = editDistance(word, c.term, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && c.frequency > best.frequency)) {
      tied = best !== undefined && distance === best.distance && c.frequency === best.frequency;
      best = { term: c.term, distance, frequency: c.frequency };
    } else if (distance === best.distance && c.frequency === best.frequency) tied = true;
  }
  return tied ? undefined : best;
}
