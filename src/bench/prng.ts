/**
 * A small seeded PRNG (mulberry32): synthetic corpora must be the same on every run and every
 * machine, so that two bench runs at the same size measure the same data.
 */

export type Random = () => number;

/** Returns a deterministic generator of floats in [0, 1) for a 32-bit seed. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** One element of a non-empty array. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick from an empty array');
  return item;
}
