import { describe, expect, it } from 'vitest';
import { formatClaimsScore, readClaims, scoreClaims } from '../../src/eval/claims.js';
import { createEngine } from '../../src/search/engine.js';
import { seededCorpus } from '../helpers/corpus.js';

const claims = readClaims();

describe('the claims set', () => {
  it('has at least 50 claims in both languages, of every kind, over the seeds and the 3,459 articles', () => {
    expect(claims.length).toBeGreaterThanOrEqual(50);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(new Set(claims.map((c) => c.lang))).toEqual(new Set(['id', 'en']));
    expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(['true', 'wrong-figure', 'range', 'wrong-date', 'swapped', 'absent']));
    expect(new Set(claims.map((c) => c.corpus))).toEqual(new Set(['seeds', 'scale']));
    for (const c of claims) if (c.kind !== 'absent') expect(c.gold.length, c.id).toBeGreaterThan(0);
  });

  it('meets the issue\'s targets over the seeds', () => {
    const score = scoreClaims(createEngine(seededCorpus()), claims.filter((c) => c.corpus === 'seeds'));
    const report = formatClaimsScore('seeds', score, true);
    expect(score.notReported.share, report).toBeGreaterThanOrEqual(0.9);
    expect(score.wronglyNotReported.count, report).toBe(0);
    expect(score.sameThingTop3.share, report).toBeGreaterThanOrEqual(0.85);
    expect(report).toContain('Claims (seeds)');
  });
});
