import { describe, expect, it } from 'vitest';
import { compareDates, findDates } from '../../src/claims/dates.js';
import type { ReportSentence } from '../../src/claims/sentences.js';

const spans = (text: string, published: string | null) => findDates(text, published).map((d) => [d.text, d.from, d.to, d.precision]);

describe('dates resolved from the publication date', () => {
  it('resolves "Senin (28/4)", "pekan lalu", "tahun lalu", "pada hari Senin" and month names', () => {
    expect(spans('dikonfirmasi pada hari Senin (28/4) mengirim pasukan', '2025-04-28')).toEqual([['hari Senin (28/4)', '2025-04-28', '2025-04-28', 'day']]);
    expect(spans('Rusia mengatakan pekan lalu bahwa', '2025-04-28')).toEqual([['pekan lalu', '2025-04-21', '2025-04-27', 'week']]);
    expect(spans('ditandatanganinya dengan Putin tahun lalu', '2025-04-29')).toEqual([['tahun lalu', '2024-01-01', '2024-12-31', 'year']]);
    expect(spans('Presiden Rusia pada hari Senin berterima kasih', '2025-04-28')).toEqual([['pada hari Senin', '2025-04-28', '2025-04-28', 'day']]);
    expect(spans('Pada bulan September, badan intelijen', '2025-10-24')).toEqual([['bulan September', '2025-09-01', '2025-09-30', 'month']]);
    expect(spans('Pada bulan Oktober 2024, badan intelijen', null)).toEqual([['bulan Oktober 2024', '2024-10-01', '2024-10-31', 'month']]);
    expect(spans('North Korea confirmed on April 28, 2025', null)).toEqual([['April 28, 2025', '2025-04-28', '2025-04-28', 'day']]);
  });

  it('leaves "hari ini" inside a quotation alone (the speaker\'s day, not the article\'s)', () => {
    expect(spans('"Hari ini kami mengadakan upacara," katanya.', '2025-10-24')).toEqual([]);
    expect(spans('Hari ini Kim mengadakan upacara.', '2025-10-24')).toEqual([['Hari ini', '2025-10-24', '2025-10-24', 'day']]);
  });

  it('a date in December read in January is last year\'s', () => {
    expect(spans('pada 30 Desember', '2025-01-05')[0]![1]).toBe('2024-12-30');
  });

  it('compares a claimed date with the same event\'s, not with a coarser one', () => {
    const s = (text: string, published: string, id: number): ReportSentence => ({ id, text, outlet: `O${id}`, slug: `a${id}`, published, coverage: 1, score: 1 });
    const reports = [s('Korea Utara dikonfirmasi pada hari Senin (28/4) mengirim pasukan', '2025-04-28', 1), s('tahun ini Korea Utara mengirim pasukan', '2025-04-28', 2)];
    const [march] = compareDates('Korea Utara mengakui pengiriman pasukan pada Maret 2025', reports);
    expect(march).toMatchObject({ value: '2025-03', status: 'not reported' });
    expect(march!.reported.map((r) => [r.text, r.value, r.outlets])).toEqual([['hari Senin (28/4)', '2025-04-28', ['O1']]]);
    expect(compareDates('Korea Utara mengakui pengiriman pasukan pada 28 April 2025', reports)[0]).toMatchObject({ status: 'reported' });
    expect(compareDates('Korea Utara mengakui pengiriman pasukan pekan lalu', reports)).toEqual([]);
  });
});
