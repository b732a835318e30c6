import { describe, expect, it } from 'vitest';
import { actorPairs, compareActors } from '../../src/claims/actors.js';
import type { ReportSentence } from '../../src/claims/sentences.js';

describe('who did what to whom', () => {
  it('reads sender and receiver, attacker and attacked, in both languages and any spelling', () => {
    const pairs = (text: string) => actorPairs(text).map(({ relation, from, to }) => ({ relation, from, to }));
    expect(pairs('Rusia kirim 20 ribu tentara ke Korea Utara')).toEqual([{ relation: 'sends', from: 'rusia', to: 'korea utara' }]);
    expect(actorPairs('katanya korut kirim 20rb tentara ke rusia')).toEqual([{ relation: 'sends', from: 'korea utara', to: 'rusia', fromText: 'korut', toText: 'rusia' }]);
    expect(actorPairs('Russia sent 20,000 troops to North Korea')).toEqual([{ relation: 'sends', from: 'rusia', to: 'korea utara', fromText: 'Russia', toText: 'North Korea' }]);
    expect(pairs('Militer Korea Selatan juga mengatakan Korea Utara mengirim sekitar 3.000 tentara tambahan ke Rusia.')).toEqual([
      { relation: 'sends', from: 'korea utara', to: 'rusia' },
    ]);
    expect(pairs('Russia invaded Ukraine in 2022')).toEqual([{ relation: 'attacks', from: 'rusia', to: 'ukraina' }]);
  });

  it('says when the claim has the reports\' actors the other way round', () => {
    const report: ReportSentence = { id: 7, text: 'Korea Utara mengerahkan 10.000-12.000 tentara ke Rusia pada musim gugur lalu.', outlet: 'SeaPRwire', slug: 's', published: '2025-04-28', coverage: 1, score: 1 };
    const swapped = compareActors('Rusia kirim 20 ribu tentara ke Korea Utara', [report]);
    expect(swapped).toMatchObject({ relation: 'sends', status: 'swapped', claimed: { from: 'Rusia', to: 'Korea Utara' } });
    expect(swapped!.reported[0]).toMatchObject({ from: 'Korea Utara', to: 'Rusia', outlets: ['SeaPRwire'] });
    expect(swapped!.reported[0]!.quotes[0]!.text).toBe(report.text);
    expect(compareActors('Korea Utara kirim tentara ke Rusia', [report])?.status).toBe('same');
    expect(compareActors('Korea Utara kirim tentara', [report])).toBeUndefined();
  });

  it('reads wins, givings and purchases, and their converse wordings the other way round', () => {
    const pairs = (text: string) => actorPairs(text).map(({ relation, from, to }) => ({ relation, from, to }));
    expect(pairs('Parupalli Kashyap beat Anthony Ginting in the first round')).toEqual([{ relation: 'defeats', from: 'parupalli kashyap', to: 'anthony ginting' }]);
    expect(pairs('Freiburg menang telak 4-1 atas Bayern Muenchen di Allianz Arena')).toEqual([{ relation: 'defeats', from: 'freiburg', to: 'bayern muenchen' }]);
    expect(pairs('Tottenham lost to West Ham')).toEqual([{ relation: 'defeats', from: 'west ham', to: 'tottenham' }]);
    expect(pairs("North Korea provided Russia with technical assistance for Russia's submarine program")).toEqual([{ relation: 'gives', from: 'korea utara', to: 'rusia' }]);
    expect(pairs('Korea Utara kemungkinan telah menerima bantuan teknis dari Rusia')).toEqual([{ relation: 'gives', from: 'rusia', to: 'korea utara' }]);
    expect(pairs('Man City beli kiper Ederson dari Benfica')).toEqual([{ relation: 'buys', from: 'man city', to: 'benfica' }]);
  });

  it('lets the best-ranked report decide, and takes a short name for the full one', () => {
    const report = (id: number, text: string): ReportSentence => ({ id, text, outlet: 'Kumparan', slug: 's', published: '2017-05-20', coverage: 1, score: 1 });
    const reports = [report(1, 'Tampak jelas Fahmi memberikan uang kepada Eko Susilo Hadi di kantornya.'), report(2, 'Eko memberikan keterangan kepada Fahmi soal proyek itu.')];
    expect(compareActors('Eko Susilo Hadi nyuap Fahmi Darmawansyah Rp 2 M', reports)).toMatchObject({ relation: 'gives', status: 'swapped' });
  });
});
