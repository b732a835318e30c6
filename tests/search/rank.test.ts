import { describe, expect, it } from 'vitest';
import { conceptMatch, kindMatch } from '../../src/search/rank.js';

describe('kindMatch', () => {
  it('counts figures, not dates, years or times, for "how many" questions', () => {
    expect(kindMatch('number', 'Diperkirakan hampir 14.000 personel telah dikirim.')).toBe(1);
    expect(kindMatch('number', 'mengerahkan 10.000-12.000 tentara')).toBe(1);
    expect(kindMatch('number', 'sekitar 3,5 juta desktop')).toBe(1);
    expect(kindMatch('number', 'Pada Sabtu, 26 April 2025, Rusia mengonfirmasi.')).toBe(0);
    expect(kindMatch('number', 'dikonfirmasi pada hari Senin (28/4) mengirim pasukan')).toBe(0);
    expect(kindMatch('number', 'ditandatangani pada Juni 2024.')).toBe(0);
    expect(kindMatch('number', '29 Apr 2025, 08:30')).toBe(0);
  });

  it('recognises dates, people and reasons', () => {
    expect(kindMatch('date', 'Rusia mengonfirmasi pada hari Sabtu.')).toBe(1);
    expect(kindMatch('date', 'ditandatangani pada Juni 2024')).toBe(1);
    expect(kindMatch('date', 'pasukan masih bertempur')).toBe(0);
    expect(kindMatch('person', 'Juru bicara Kremlin Dmitry Peskov mengatakan')).toBe(1);
    expect(kindMatch('reason', 'sebagai imbalan atas bantuan ekonomi')).toBe(1);
  });
});

describe('conceptMatch', () => {
  it('takes the best alternative present, and needs every term of a phrase', () => {
    const concept = { label: 'x', alternatives: [{ terms: ['korea', 'utara'], weight: 1 }, { terms: ['pasukan'], weight: 0.7 }] };
    expect(conceptMatch(concept, new Set(['korea', 'utara']))).toBe(1);
    expect(conceptMatch(concept, new Set(['korea', 'pasukan']))).toBe(0.7);
    expect(conceptMatch(concept, new Set(['korea']))).toBe(0);
  });
});
