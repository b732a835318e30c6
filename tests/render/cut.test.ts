import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPrefix, cutText } from '../../src/render/cut.js';

const LONE_HIGH_AT_END = /[\uD800-\uDBFF]$/;

describe('the text cutter', () => {
  it('keeps a prefix of at most max units, never ending inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 0, max: 90 }), fc.constantFrom<number | false>(0.5, 0.7, false), (text, max, after) => {
        const cut = cutPrefix(text, max, { wordBoundaryAfter: after, trimEnd: false });
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut).not.toMatch(LONE_HIGH_AT_END);
      }),
    );
  });

  it('cuts at a word boundary near the end, or exactly when told', () => {
    expect(cutPrefix('satu dua tiga empat', 15)).toBe('satu dua tiga');
    expect(cutPrefix('satu dua tiga empat', 15, { wordBoundaryAfter: false })).toBe('satu dua tiga e');
    // A space too far back is not used: the cut stays near the limit.
    expect(cutPrefix('ab cdefghijklmnop', 10)).toBe('ab cdefghi');
    expect(cutPrefix('😀😀😀', 3)).toBe('😀');
  });

  it('adds an ellipsis within the limit when it cuts', () => {
    expect(cutText('satu dua tiga empat lima', 12)).toBe('satu dua…');
    expect(cutText('pendek', 12)).toBe('pendek');
    expect(cutText('panjang', 1)).toBe('…');
  });
});
