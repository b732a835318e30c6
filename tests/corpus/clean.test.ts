import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { segmentSentences } from '../../src/corpus/segment.js';

const kept = (text: string, outlet: string, title: string | null = null) =>
  cleanArticle(text, { outlet, title }).passages.map((p) => text.slice(p.start, p.end));

describe('datelines', () => {
  const cases: [string, string, string][] = [
    ['GELORA.CO', 'GELORA.CO - Korea Utara mengonfirmasi pengiriman pasukan.', 'Korea Utara mengonfirmasi pengiriman pasukan.'],
    ['cnn indonesia', 'Jakarta, CNN Indonesia -- Indeks Harga Saham Gabungan ditutup menguat.', 'Indeks Harga Saham Gabungan ditutup menguat.'],
    ['antaranews', 'Medan (ANTARA News) - Prajurit TNI siap bertugas.', 'Prajurit TNI siap bertugas.'],
    ['merdeka', 'Merdeka.com - Seorang anggota TNI menjadi korban.', 'Seorang anggota TNI menjadi korban.'],
    ['juara.net', 'JUARA.NET, SUZUKA - Pebalap Mercedes meraih pole position.', 'Pebalap Mercedes meraih pole position.'],
    ['SeaPRwire', '(SeaPRwire) \u2013 Presiden Rusia berterima kasih.', 'Presiden Rusia berterima kasih.'],
    ['NTVNews', 'Ntvnews.id, Pyongyang -\u00a0Untuk pertama kalinya, Korea Utara mengakui.', 'Untuk pertama kalinya, Korea Utara mengakui.'],
  ];
  for (const [outlet, text, expected] of cases) {
    it(`strips "${text.slice(0, 24)}..."`, () => expect(kept(text, outlet)).toEqual([expected]));
  }

  it('drops a line that is only a dateline', () => {
    expect(kept('Jakarta, Pahami.id \u2013\nKorea Utara dikonfirmasi mengirim pasukan.', 'Pahami.id')).toEqual(['Korea Utara dikonfirmasi mengirim pasukan.']);
  });

  it('leaves a first sentence alone when the words before the dash are not a dateline', () => {
    const text = 'Kim mengatakan museum tersebut \u2013 yang akan menampilkan pemakaman \u2013 adalah yang pertama.';
    expect(kept(text, 'Suarathailand')).toEqual([text]);
    const other = 'Presiden Joko Widodo - yang baru tiba - langsung rapat.';
    expect(kept(other, 'kumparan')).toEqual([other]);
  });
});

describe('page debris', () => {
  it('removes related links, share widgets, bylines and source tags, and keeps a trailing disclaimer apart as the notice', () => {
    const text = [
      'Judul Berita',
      '',
      'thumbnail-author',
      'Deddy Setiawan',
      'Penulis',
      'Bagikan',
      'Paragraf pertama berita.',
      '',
      'Baca Juga: Berita lain yang menarik',
      '',
      'Paragraf kedua berita.',
      '',
      'Share:',
      'x|close',
      'Sumber: era',
      '(FEA)',
      'Artikel ini disediakan oleh penyedia konten pihak ketiga. Kami tidak memberikan jaminan atau pernyataan.',
      'Sektor: Top Story',
      'Kami menjangkau 6.500 media di 90 negara.',
    ].join('\n');
    const result = cleanArticle(text, { outlet: 'Contoh', title: 'Judul Berita' });
    expect(result.passages.map((p) => [text.slice(p.start, p.end), p.role])).toEqual([
      ['Judul Berita', 'title'],
      ['Paragraf pertama berita.', 'lead'],
      ['Paragraf kedua berita.', 'body'],
      ['Artikel ini disediakan oleh penyedia konten pihak ketiga. Kami tidak memberikan jaminan atau pernyataan.', 'notice'],
      ['Kami menjangkau 6.500 media di 90 negara.', 'notice'],
    ]);
    // Inside the notice the other rules still remove their lines ("Sektor:" drops only itself).
    expect(new Set(result.removed.map((r) => r.rule))).toEqual(
      new Set(['author-widget', 'byline-name', 'share-widget', 'related-link', 'credit-line', 'source-tag', 'tags-line']),
    );
  });

  it('removes a photo caption printed twice', () => {
    const caption = 'Pemimpin Korea Utara menandatangani perjanjian pertahanan dengan Rusia hari ini.';
    const text = `${caption}  ${caption} (Antara)\n\nIsi berita yang sebenarnya.`;
    expect(kept(text, 'NTVNews')).toEqual(['Isi berita yang sebenarnya.']);
  });
});

describe('segmentSentences', () => {
  const sentences = (text: string) => segmentSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('keeps domains, abbreviations, figures and dates inside sentences', () => {
    expect(sentences('Pejabat intelijen U.S. mengatakan 10.000-12.000 tentara dikirim. Kedua musuh U.S. ini makin dekat.')).toEqual([
      'Pejabat intelijen U.S. mengatakan 10.000-12.000 tentara dikirim.',
      'Kedua musuh U.S. ini makin dekat.',
    ]);
    expect(sentences('Hal itu dikutip KCNA, Senin (29/4/2025). Korea Utara mengirim 14.000 tentara.')).toHaveLength(2);
    expect(sentences('Berita dari Pahami.id menyebutkan hal itu. Lalu selesai.')).toEqual(['Berita dari Pahami.id menyebutkan hal itu.', 'Lalu selesai.']);
  });

  it('keeps a quotation that ends in punctuation with its attribution', () => {
    expect(sentences('\u201CKami akan selalu menghormati para pahlawan.\u201D Putin lalu pergi.')).toEqual([
      '\u201CKami akan selalu menghormati para pahlawan.\u201D',
      'Putin lalu pergi.',
    ]);
    expect(sentences('"Militer kami masih aktif. Kami bertahan," ujarnya. Lalu dia pergi.')).toEqual([
      '"Militer kami masih aktif. Kami bertahan," ujarnya.',
      'Lalu dia pergi.',
    ]);
  });
});
