import { describe, expect, it } from 'vitest';
import { askedOf, conceptMatch, isNewName, kindMatch } from '../../src/search/rank.js';
import { asksWhetherKnown } from '../../src/search/question-kind.js';
import { analyzeQuestion } from '../../src/search/question.js';
import { rankQuestion } from '../../src/search/answer.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles } from '../../src/corpus/ingest.js';
import type { ArticleInput } from '../../src/corpus/article-input.js';

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

  it('counts a single digit before what it counts, and numbers written in words', () => {
    expect(kindMatch('number', 'hanya dibedakan oleh kapasitas RAM, 6 GB berbanding 4 GB.')).toBe(1);
    expect(kindMatch('number', 'sebanyak 9 kapal ditahan')).toBe(1);
    expect(kindMatch('number', 'telah dikunjungi oleh hampir dua juta pengunjung')).toBe(1);
    expect(kindMatch('number', 'ratusan warga mengungsi')).toBe(1);
    // An ordinal, a date, a time or an article of law counts nothing.
    expect(kindMatch('number', 'untuk ke-3 kalinya')).toBe(0);
    expect(kindMatch('number', 'pada 5 Mei')).toBe(0);
    expect(kindMatch('number', 'dimulai pukul 5 pagi')).toBe(0);
    expect(kindMatch('number', 'melanggar Pasal 5 undang-undang itu')).toBe(0);
    expect(kindMatch('number', 'Kedua tim bertemu')).toBe(0);
    // With what the question asked: a count it states is no answer, another one is.
    const asked = { words: new Set<string>(), numbers: [3] };
    expect(kindMatch('number', '3 orang tewas', asked)).toBe(0);
    expect(kindMatch('number', '4 orang tewas', asked)).toBe(1);
    expect(kindMatch('number', 'tiga orang tewas', asked)).toBe(1);
  });

  it('takes a time of day for a date ("jam berapa", "what time")', () => {
    expect(kindMatch('date', 'peristiwa nahas itu terjadi pukul 05.15 WIB.')).toBe(1);
    expect(kindMatch('date', 'Acara dimulai 19.30 WIB di Jakarta.')).toBe(1);
    expect(kindMatch('date', 'kapasitas RAM 6 GB')).toBe(0);
    // Asked for the time of day ("jam berapa"), a day or a year is no answer.
    expect(kindMatch('date', 'Mobil itu menabrak truk pada Minggu (4/6).', undefined, true)).toBe(0);
    expect(kindMatch('date', 'peristiwa nahas itu terjadi pukul 05.15 WIB.', undefined, true)).toBe(1);
    expect(analyzeQuestion('Kecelakaan di tol itu jam berapa?').timeOfDay).toBe(true);
    expect(analyzeQuestion('Kecelakaan di tol itu tanggal berapa?').timeOfDay).toBeUndefined();
  });

  it('recognises dates, people and reasons', () => {
    expect(kindMatch('date', 'Rusia mengonfirmasi pada hari Sabtu.')).toBe(1);
    expect(kindMatch('date', 'ditandatangani pada Juni 2024')).toBe(1);
    expect(kindMatch('date', 'pasukan masih bertempur')).toBe(0);
    // "Hari ini" in a quote is the speaker's today, no date the reader can use.
    expect(kindMatch('date', '"Hari ini kami mengadakan upacara peletakan batu pertama," kata Kim.')).toBe(0);
    expect(kindMatch('person', 'Juru bicara Kremlin Dmitry Peskov mengatakan')).toBe(1);
    expect(kindMatch('reason', 'sebagai imbalan atas bantuan ekonomi')).toBe(1);
    expect(kindMatch('reason', 'kondisi jalan di Indonesia menjadi penyebab tak disematkannya fitur itu')).toBe(1);
    expect(kindMatch('reason', 'Alasan infrastruktur membuat fitur itu absen.')).toBe(1);
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
});

describe('an answer is new to the question', () => {
  const asked = askedOf(analyzeQuestion('Musim terbaik Nadal ialah 2005, berapa gelar di Piala Dunia dia raih?').concepts, [2005]);

  it('counts only a figure, date, name or place that the question does not state', () => {
    expect(kindMatch('number', 'Adapun, musim terbaik Nadal sepanjang masa ialah 2005 dengan 90 persen kemenangan.', asked)).toBe(1);
    expect(kindMatch('number', 'Musim terbaik Nadal adalah 2.005 hari.', asked)).toBe(0);
    expect(kindMatch('date', 'Musim terbaik Nadal ialah 2005.', asked)).toBe(0);
    expect(kindMatch('date', 'Nadal juara pada Juni 2005.', asked)).toBe(1);
    // A duration answers "how long" and "how many days before": "sudah 20 tahun", "dua hari sebelumnya".
    expect(kindMatch('date', 'Pria yang sudah 20 tahun berkarier sebagai desainer.')).toBe(1);
    expect(kindMatch('date', 'Rusia mengatakan dua hari sebelumnya bahwa Kursk direbut.')).toBe(1);
    expect(kindMatch('person', 'Rafael Nadal kalah dari Roger Federer.', asked)).toBe(1);
    expect(kindMatch('place', 'Nadal bermain di Paris.', asked)).toBe(1);
    expect(kindMatch('place', 'Nadal bermain di Piala Dunia.', asked)).toBe(0);
    // A place told by a common noun: "di rumah kakaknya", unless the question names it.
    const where = askedOf(analyzeQuestion('Di mana Asma Dewi ditangkap?').concepts, []);
    expect(kindMatch('place', 'Polisi menangkap Asma di rumah kakaknya.', where)).toBe(1);
    expect(kindMatch('place', 'Polisi menangkap Asma pada Jumat.', where)).toBe(0);
    expect(kindMatch('place', 'Asma ditangkap di rumah.', askedOf(analyzeQuestion('Asma ditangkap di rumah siapa?').concepts, []))).toBe(0);
  });

  it('takes no name of dictionary words, nor one that begins like a place or a body, for a person', () => {
    expect(kindMatch('person', 'Tuan Rumah Kualifikasi Piala Dunia dimulai.', asked)).toBe(0);
    expect(kindMatch('person', 'Laga di Stadion Gelora Bung Karno.', asked)).toBe(0);
    expect(isNewName('Piala Dunia', asked)).toBe(false);
  });
});

const article = (id: string, text: string): ArticleInput => ({ id, outlet: 'Tes', site: null, title: null, byline: null, published: '2025-05-01', url: null, language: 'id', text, location: { file: 'test.jsonl', line: 1 } });

/** The seeds and these articles, in a migrated in-memory database. */
function corpusWith(...articles: ArticleInput[]) {
  const { db } = openCorpus(':memory:');
  ingestArticles(db, articles);
  return db;
}

describe('a sentence that refers back', () => {
  it('holds what the sentence before it names ("Lagu ini diproduseri oleh ...")', () => {
    const db = corpusWith(
      article('a', 'Penyanyi Tulus merilis lagu Manusia Kuat pada Kamis. Lagu ini diproduseri oleh Ari Renaldi.\n\nVideo klipnya dibuat di Yogyakarta.'),
      article('b', 'Lagu daerah dinyanyikan oleh paduan suara. Penyanyi Tulus tampil di Bandung.'),
    );
    const ranked = rankQuestion(createSearchIndex(db), 'Siapa produser lagu yang dirilis penyanyi Tulus?').ranked;
    expect(ranked[0]!.text).toBe('Lagu ini diproduseri oleh Ari Renaldi.');
    expect(ranked[0]!.features.anaphora).toBeGreaterThan(0);
  });
});

describe('a question whether something is known', () => {
  it('is told from a question for the thing itself', () => {
    expect(asksWhetherKnown('is it known how many north koreans are still fighting?')).toBe(true);
    expect(asksWhetherKnown('apakah sudah diketahui berapa banyak orang korut yang masih ikut berperang?')).toBe(true);
    expect(asksWhetherKnown('korut sm rusia udh ngaku blm sih brp tentara yg dikirim?')).toBe(true);
    expect(asksWhetherKnown('apakah korut pernah mengumumkan berapa tentara yang dikirim?')).toBe(true);
    // Asking for the figure, or when it was confirmed, is not asking whether it is known.
    expect(asksWhetherKnown('berapa tentara korea utara yang dikirim ke rusia?')).toBe(false);
    expect(asksWhetherKnown('kapan korea utara pertama kali mengakui pengiriman pasukan?')).toBe(false);
    expect(asksWhetherKnown('how many troops does ukraine say north korea has sent?')).toBe(false);
    // A relative "who" or "when" is no question word of its own.
    expect(asksWhetherKnown('was the honda jazz heading toward cawang when it rammed a truck?')).toBe(false);
  });

  it('is answered by a report that nobody disclosed it, as well as by the figure', () => {
    const db = corpusWith(
      article('a', 'Pasukan Korea Utara masih bertempur bersama pasukan Rusia di Kursk, kata Moskow.\n\nTidak jelas berapa banyak warga Korea Utara yang masih bertempur bersama pasukan Rusia.'),
      article('b', 'Warga Korea Utara merayakan hari libur nasional di Pyongyang.'),
    );
    const index = createSearchIndex(db);
    const ranked = rankQuestion(index, 'Is it known how many North Koreans are still fighting alongside Russian forces?').ranked;
    const undisclosed = ranked.find((s) => s.text.startsWith('Tidak jelas berapa banyak'))!;
    const restated = ranked.find((s) => s.text.startsWith('Pasukan Korea Utara masih bertempur'))!;
    expect(undisclosed.features.kind).toBeCloseTo(undisclosed.features.coverage);
    expect(ranked.indexOf(undisclosed)).toBeLessThan(ranked.indexOf(restated));
    // A plain yes/no question is not answered by "nobody knows" more than by any other report.
    const plain = rankQuestion(index, 'Apakah pasukan Korea Utara masih bertempur bersama pasukan Rusia?').ranked;
    const same = plain.find((s) => s.text.startsWith('Tidak jelas berapa banyak'))!;
    expect(same.features.kind).toBeCloseTo(same.features.coverage / 2);
  });
});
