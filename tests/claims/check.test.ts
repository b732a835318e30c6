import { describe, expect, it } from 'vitest';
import { evidenceFirst, searchTextOf } from '../../src/claims/check.js';
import { aboutTheSame, substanceCoverage, type ReportSentence } from '../../src/claims/sentences.js';
import type { ClaimCheck, Quote } from '../../src/search/answer-types.js';

const sentence = (id: number, coverage: number, score: number, articleId: number, matched?: number[]): ReportSentence => ({
  id, text: `s${id}`, outlet: 'O', slug: 'a', published: null, coverage, score, articleId, ...(matched ? { matched } : {}),
});

describe('what a claim is searched and compared with', () => {
  it('searches a claim without its wrapping words and its dates, keeping Indonesian month names', () => {
    expect(searchTextOf('Benarkah Korea Utara mengirim 14 ribu tentara ke Rusia?')).toBe('Korea Utara mengirim 14 ribu tentara ke Rusia');
    expect(searchTextOf('Korea Utara mengakui pengiriman pasukan ke Rusia pada Maret 2025')).toBe('Korea Utara mengakui pengiriman pasukan ke Rusia maret');
    expect(searchTextOf('North Korea confirmed sending troops to Russia in February 2025')).toBe('North Korea confirmed sending troops to Russia');
    expect(searchTextOf('Berapa tentara Korea Utara yang dikirim?')).toBe('Berapa tentara Korea Utara yang dikirim?');
    // A full date goes whole: the reports often write that day as "Senin (28/4)".
    expect(searchTextOf('North Korea confirmed sending troops to Russia on April 28, 2025')).toBe('North Korea confirmed sending troops to Russia');
    expect(searchTextOf('Korut mengakui pengiriman pasukan pada 28 April 2025')).toBe('Korut mengakui pengiriman pasukan');
  });

  it('judges a sentence by the claim without its dates', () => {
    // Concepts: korea utara, kirim, maret (a date), 20000 (a figure).
    const concepts = { idf: [1, 1, 1, 1], detail: [false, false, true, true], numeric: [false, false, false, true] };
    // Ranking's coverage counts the month (the figure has no weight): 2 of 3 without "maret".
    const s = sentence(1, 2 / 3, 1, 1, [1, 1, 0, 0]);
    expect(substanceCoverage(s, concepts)).toBeCloseTo(1);
  });

  it('lets a sentence in by its context only within a story that covers the claim', () => {
    const ranked = [sentence(1, 0.9, 10, 7), sentence(2, 0.2, 9, 7), sentence(3, 0.2, 9, 8), sentence(4, 0.1, 1, 7)];
    expect(aboutTheSame(ranked, { share: 0.7, floor: 0.45 }).map((s) => s.id)).toEqual([1, 2]);
    expect(aboutTheSame(ranked, { share: 0.7, floor: 0.45, byScore: false }).map((s) => s.id)).toEqual([1]);
  });

  it('compares only with sentences that name whom the claim is about, in the sentence or its context', () => {
    const withTerms = (id: number, terms: string[], context: string[] = []): ReportSentence => ({ ...sentence(id, 0.9, 9, id), termSet: new Set(terms), passageTerms: new Set(context) });
    const concepts = { idf: [1, 1, 1], detail: [false, false, false], names: [[['amerika', 'serikat']], [['suriah']]] };
    const ranked = [withTerms(1, ['amerika', 'serikat', 'kirim', 'suriah']), withTerms(2, ['kirim', 'tentara'], ['amerika', 'serikat', 'suriah']), withTerms(3, ['korea', 'utara', 'kirim'], ['amerika', 'serikat'])];
    expect(aboutTheSame(ranked, { share: 0.7, floor: 0.45, concepts }).map((s) => s.id)).toEqual([1, 2]);
  });

  it('puts the quotes the comparison rests on first, without adding or dropping any', () => {
    const quote = (sentenceId: number, also: number[] = []): Quote => ({
      text: `q${sentenceId}`, outlet: 'O', article: 'a', title: null, published: null, url: null, score: 1, sentenceId, start: 0, end: 1,
      alsoReportedBy: also.map((id) => ({ outlet: 'P', article: 'b', published: null, text: `q${id}`, sentenceId: id })),
    });
    const claim: ClaimCheck = {
      statement: 's',
      figures: [{ claimed: '20 ribu', value: 20000, quantity: 'sent', status: 'not reported', reported: [{ text: '14.000', value: 14000, quantity: 'sent', outlets: ['O'], holds: false, quotes: [{ outlet: 'O', article: 'a', published: null, text: 'q3', sentenceId: 3 }, { outlet: 'P', article: 'b', published: null, text: 'q9', sentenceId: 9 }] }] }],
    };
    const ordered = evidenceFirst([quote(1), quote(2, [9]), quote(3)], claim).map((q) => q.sentenceId);
    expect(ordered).toEqual([3, 2, 1]);
  });
});
