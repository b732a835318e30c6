import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/claims/figures.js';
import { comparable, quantityAt, unitAt } from '../../src/claims/quantities.js';

/** Each figure of the text with what it counts. */
const counted = (text: string) => findFigures(text).map((f) => [f.number, quantityAt(text, f.start, f.end)]);

describe('what a figure counts', () => {
  it('tells troops sent from reinforcements in one sentence', () => {
    expect(counted('Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur ke Rusia.')).toEqual([
      ['14.000', 'sent'],
      ['3.000', 'reinforcements'],
    ]);
    expect(counted('Militer Korea Selatan juga mengatakan Korea Utara mengirim sekitar 3.000 tentara tambahan ke Rusia awal tahun ini.')).toEqual([['3.000', 'reinforcements']]);
    expect(counted('North Korea sent 3,000 additional troops')).toEqual([['3,000', 'reinforcements']]);
  });

  it('tells killed from killed or wounded, and from wounded', () => {
    expect(counted('militer Korea Selatan menilai bahwa sekitar 4.000 tentara Korea Utara telah tewas atau terluka')).toEqual([['4.000', 'casualties']]);
    expect(counted('badan intelijen Korea Selatan mengatakan sekitar 2.000 tentara Korea Utara telah tewas.')).toEqual([['2.000', 'killed']]);
    expect(counted('sedikitnya 59 orang tewas dan 500 orang lainnya terluka')).toEqual([
      ['59', 'killed'],
      ['500', 'wounded'],
    ]);
    expect(counted('Kebakaran di pabrik kembang api menewaskan 47 dan membuat puluhan lainnya terluka.')).toEqual([['47', 'killed']]);
    expect(counted('About 2,000 North Korean soldiers were killed')).toEqual([['2,000', 'killed']]);
  });

  it('does not take the autumn ("musim gugur") for the fallen', () => {
    expect(counted('Korea Utara mengerahkan 10.000-12.000 tentara ke Rusia pada musim gugur lalu')).toEqual([['10.000-12.000', 'sent']]);
  });

  it('reads the unit after the figure, past names and adjectives', () => {
    const text = '20,000 North Korean troops';
    expect(unitAt(text, 6)).toBe('people');
    expect(unitAt('3.000 tentara tambahan', 5)).toBe('people');
    expect(unitAt('Rp 5 juta', 9)).toBe('money');
    // The currency after the figure, in the plural, is money as "€ 180 juta" is.
    expect(unitAt('300 million euros for Mbappe', 11)).toBe('money');
    expect(unitAt('di angka € 180 juta.', 18)).toBe('money');
    expect(unitAt('20.000 ke Rusia', 6)).toBeUndefined();
  });

  it('compares a generic claim with any quantity, a specific one only with its own', () => {
    expect(comparable('generic', 'sent')).toBe(true);
    expect(comparable('killed', 'casualties')).toBe(false);
    expect(comparable('sent', 'reinforcements')).toBe(false);
  });
});
