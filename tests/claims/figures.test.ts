import { describe, expect, it } from 'vitest';
import { findFigures, overlaps } from '../../src/claims/figures.js';

const parsed = (text: string) => findFigures(text).map((f) => ({ text: f.text, low: f.low, high: f.high, approximation: f.approximation }));

describe('figures as printed', () => {
  it('reads every written form of one number to one value', () => {
    for (const text of ['14.000 tentara', '14,000 troops', '14 ribu tentara', '14rb tentara', '14 thousand troops']) {
      expect(findFigures(text).map((f) => f.low), text).toEqual([14000]);
    }
  });

  it('reads ranges, with the multiplier written once', () => {
    expect(parsed('mengerahkan 10.000-12.000 tentara')).toEqual([{ text: '10.000-12.000', low: 10000, high: 12000, approximation: 'exact' }]);
    expect(parsed('10 hingga 12 ribu tentara')[0]).toMatchObject({ low: 10000, high: 12000 });
    expect(parsed('antara 10.000 dan 12.000 tentara')[0]).toMatchObject({ low: 10000, high: 12000 });
    expect(parsed('between 10,000 and 12,000 troops')[0]).toMatchObject({ low: 10000, high: 12000 });
  });

  it('keeps two figures joined by "dan" apart', () => {
    expect(parsed('14.000 tentara dan 3.000 bala bantuan').map((f) => f.low)).toEqual([14000, 3000]);
    expect(parsed('14.000 dan 3.000').map((f) => f.low)).toEqual([14000, 3000]);
  });

  it('gives approximations their spread', () => {
    const [about] = findFigures('sekitar 14.000 tentara');
    expect(about).toMatchObject({ approximation: 'about', number: '14.000' });
    expect(about!.spread).toEqual([13300, 14700]);
    expect(findFigures('hampir 14.000 personel')[0]!.spread).toEqual([12600, 14000]);
    expect(findFigures('lebih dari 10.000 tentara')[0]!.spread).toEqual([10000, 12000]);
    expect(findFigures('nearly 14,000 troops')[0]!.approximation).toBe('nearly');
    expect(findFigures('more than 10,000 troops')[0]!.approximation).toBe('more');
  });

  it('ignores dates, years, times and scores', () => {
    expect(findFigures('Senin (29/4/2025) pukul 08:30, tahun 2024, 29 April, Brasil menang 4-1')).toEqual([]);
  });

  it('reads figures written in words', () => {
    expect(findFigures('Ahok divonis dua tahun penjara').map((f) => f.low)).toEqual([2]);
    expect(findFigures('dua puluh ribu tentara').map((f) => f.low)).toEqual([20000]);
    expect(findFigures('tiga ratus dua puluh orang').map((f) => f.low)).toEqual([320]);
    expect(findFigures('lima belas orang').map((f) => f.low)).toEqual([15]);
    expect(findFigures('sekitar dua ribu tentara')[0]).toMatchObject({ low: 2000, approximation: 'about', number: 'dua ribu' });
    expect(findFigures('twenty-five soldiers and two thousand troops').map((f) => f.low)).toEqual([25, 2000]);
    expect(findFigures('salah satu tentara')).toEqual([]);
  });

  it('compares intervals', () => {
    expect(overlaps([11000, 11000], [10000, 12000])).toBe(true);
    expect(overlaps([20000, 20000], [13300, 14700])).toBe(false);
  });

  it('reads ranges written with the currency twice, "Rp 2 M", small ranges that are no scores, and ranks', () => {
    const figures = (t: string) => findFigures(t).map((f) => [f.text, f.low, f.high]);
    expect(figures('harga berkisar Rp 230 juta-Rp 500 jutaan')).toEqual([['230 juta-Rp 500 jutaan', 230e6, 500e6]]);
    expect(figures('menyuap Rp 2 M soal proyek')).toEqual([['2 M', 2e9, 2e9]]);
    expect(figures('uang sewa bisa dicicil 3-24 bulan')).toEqual([['3-24', 3, 24]]);
    expect(figures('kalah 18-42 dari Kazakhstan')).toEqual([]);
    expect(figures('Marquez took his 8th consecutive pole')).toEqual([['8th', 8, 8]]);
    // "satu" is a figure only as a duration.
    expect(figures('memperingati satu tahun pengerahan pasukan')).toEqual([['satu', 1, 1]]);
    expect(figures('satu badan amal membantu')).toEqual([]);
  });
});

