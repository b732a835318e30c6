import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/claims/compare.js';
import type { ReportSentence } from '../../src/claims/sentences.js';

let id = 0;
const report = (outlet: string, text: string): ReportSentence => ({ id: ++id, text, outlet, slug: outlet.toLowerCase(), published: '2025-04-28', coverage: 1, score: 1 });
const REPORTS = [
  report('GELORA.CO', 'Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur ke Rusia.'),
  report('Pahami.id', 'Menurut pemerintah Ukraina, Korea Utara mengirim sekitar 14.000 tentara, termasuk 3.000 peran dalam menggantikan korban yang jatuh.'),
  report('SeaPRwire', 'Pejabat intelijen U.S., Korea Selatan, dan Ukraina mengatakan Korea Utara mengerahkan 10.000-12.000 tentara ke Rusia pada musim gugur lalu.'),
  report('SeaPRwire', 'Tetapi bulan lalu, militer Korea Selatan menilai bahwa sekitar 4.000 tentara Korea Utara telah tewas atau terluka dalam perang Rusia-Ukraina.'),
  report('Suarathailand', 'Pada bulan September, badan intelijen Korea Selatan mengatakan sekitar 2.000 tentara Korea Utara telah tewas.'),
];

describe('claimed figures against the printed ones', () => {
  it('a figure no outlet printed is "not reported", with what they printed for the same quantity', () => {
    const [f] = compareFigures('Rusia kirim 20 ribu tentara ke Korea Utara', REPORTS);
    expect(f).toMatchObject({ claimed: '20 ribu', value: 20000, quantity: 'sent', status: 'not reported' });
    expect(f!.reported.map((r) => [r.text, r.value, r.outlets])).toEqual([
      ['14.000', 14000, ['GELORA.CO', 'Pahami.id']],
      ['10.000-12.000', [10000, 12000], ['SeaPRwire']],
    ]);
    expect(f!.reported[0]!.quotes.map((q) => q.outlet)).toEqual(['GELORA.CO', 'Pahami.id']);
  });

  it('a figure a range or an approximation holds is "reported"', () => {
    expect(compareFigures('Korea Utara mengirim 11.000 tentara ke Rusia', REPORTS)[0]).toMatchObject({ status: 'reported' });
    expect(compareFigures('North Korea sent 14,000 troops', REPORTS)[0]).toMatchObject({ status: 'reported' });
    expect(compareFigures('Korea Utara mengirim 14,5 ribu tentara', REPORTS)[0]).toMatchObject({ status: 'reported' });
    expect(compareFigures('Korea Utara mengirim 16 ribu tentara', REPORTS)[0]).toMatchObject({ status: 'not reported' });
  });

  it('never compares different quantities', () => {
    const [killed] = compareFigures('10 ribu tentara Korea Utara tewas', REPORTS);
    expect(killed!.reported.map((r) => [r.text, r.quantity])).toEqual([['2.000', 'killed']]);
    const [reinforcements] = compareFigures('Korea Utara mengirim 3.000 tentara tambahan', REPORTS);
    expect(reinforcements).toMatchObject({ quantity: 'reinforcements', status: 'reported' });
    expect(reinforcements!.reported.every((r) => r.quantity === 'reinforcements')).toBe(true);
  });

  it('compares a figure with a unit only with figures of that unit', () => {
    const reports = [report('A', 'Hakim memvonis terdakwa dua tahun penjara dari tuntutan 5 tahun.'), report('B', 'Sidang diikuti 5 hakim dan 200 pengunjung.')];
    const [f] = compareFigures('Terdakwa divonis 5 tahun penjara', reports);
    expect(f!.reported.map((r) => r.text)).toEqual(['5', 'dua']);
  });

  it('a claim without figures has none to compare', () => {
    expect(compareFigures('Korea Utara mengirim pasukan ke Rusia', REPORTS)).toEqual([]);
  });
});
