import { describe, expect, it } from 'vitest';
import { attributesTo, conceptMatch, kindMatch } from '../../src/search/rank.js';
import { analyzeQuestion } from '../../src/search/question.js';

describe('kindMatch', () => {
  it('counts figures, not dates, years or times, for "how many" questions', () => {
    expect(kindMatch('number', 'Diperkirakan hampir 14.000 personel telah dikirim.')).toBe(1);
    expect(kindMatch('number', 'mengerahkan 10.000-12.000 tentara')).toBe(1);
    expect(kindMatch('number', 'sekitar 3,5 juta desktop')).toBe(1);
    expect(kindMatch('number', 'Pada Sabtu, 26 April 2025, Rusia mengonfirmasi.')).toBe(0);
    expect(kindMatch('number', 'dikonfirmasi pada hari Senin (28/4) mengirim pasukan')).toBe(0);
    expect(kindMatch('number', 'ditandatangani pada Juni 2024.')).toBe(0);
    expect(kindMatch('number', '29 Apr 2025, 08:30')).toBe(0);
    expect(kindMatch('number', 'diperiksa sebagai saksi hari ini pukul 10.00 WIB')).toBe(0);
    expect(kindMatch('number', 'acara dimulai 19.30 WIB')).toBe(0);
    expect(kindMatch('number', 'Sekitar 10 saksi sudah diperiksa')).toBe(1);
  });

  it('recognises dates, people and reasons', () => {
    expect(kindMatch('date', 'Rusia mengonfirmasi pada hari Sabtu.')).toBe(1);
    expect(kindMatch('date', 'ditandatangani pada Juni 2024')).toBe(1);
    expect(kindMatch('date', 'pasukan masih bertempur')).toBe(0);
    // "Hari ini" in a quote is the speaker's today, no date the reader can use.
    expect(kindMatch('date', '"Hari ini kami mengadakan upacara peletakan batu pertama," kata Kim.')).toBe(0);
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

describe('speakers', () => {
  it('finds who a "what did X say" question wants to hear from', () => {
    expect(analyzeQuestion('Apa kata Putin tentang pasukan Korea Utara?').speaker).toBe('putin');
    expect(analyzeQuestion('Apa yang dikatakan Peskov?').speaker).toBe('peskov');
    expect(analyzeQuestion('What did Zelensky say about Kursk?').speaker).toBe('zelensky');
    expect(analyzeQuestion('What did Kim Jong Un say?').speaker).toBe('kim jong un');
    expect(analyzeQuestion('Berapa tentara Korea Utara yang dikirim?').speaker).toBeUndefined();
  });

  it('tells a sentence that quotes the speaker from one that only mentions them', () => {
    expect(attributesTo('“Rakyat Rusia tidak akan pernah melupakan kepahlawanan pasukan khusus DPRK,” kata Putin.', 'putin')).toBe(true);
    expect(attributesTo('Juru bicara Kremlin Dmitry Peskov mengatakan pada hari Senin bahwa Rusia dapat memberikan bantuan', 'peskov')).toBe(true);
    expect(attributesTo('Di sisi lain, Kim Jong Un mengatakan pasukan militer yang dikirim ke Rusia adalah pahlawan.', 'kim jong un')).toBe(true);
    expect(attributesTo('Komisi Militer Pusat mengatakan pemimpin Kim Jong Un membuat keputusan berdasarkan perjanjian dengan Presiden Vladimir Putin.', 'putin')).toBe(false);
    expect(attributesTo('Putinisme dibahas, katanya.', 'putin')).toBe(false);
    expect(attributesTo('Pernyataan (a+b)* kata x', '(a+b)*')).toBe(true);
  });
});
