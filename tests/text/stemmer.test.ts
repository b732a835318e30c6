import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIndonesianStemmer, isIndonesianRoot, stemIndonesian } from '../../src/text/stemmer.js';

/** Every form must reach the same stem. */
function expectConflated(forms: string[]): string {
  const stems = forms.map((f) => stemIndonesian(f));
  expect(new Set(stems).size, `${forms.join(', ')} -> ${stems.join(', ')}`).toBe(1);
  return stems[0]!;
}

describe('stemIndonesian: forms news retrieval must conflate', () => {
  it('kerah: pengerahan / mengerahkan / dikerahkan / kerahkan', () => {
    expect(expectConflated(['pengerahan', 'mengerahkan', 'dikerahkan', 'kerahkan'])).toBe('kerah');
  });

  it('pasukan: pasukannya / pasukan', () => {
    expect(expectConflated(['pasukannya', 'pasukan'])).toBe('pasukan');
  });

  it('konfirmasi, including the non-standard meng-k spelling, although it is not in the root list', () => {
    expect(isIndonesianRoot('konfirmasi')).toBe(false);
    expect(
      expectConflated(['mengonfirmasi', 'mengkonfirmasi', 'dikonfirmasi', 'konfirmasi', 'dikonfirmasikan', 'konfirmasinya']),
    ).toBe('konfirmasi');
  });

  it('kirim: pengiriman / mengirim / dikirim / kiriman', () => {
    expect(expectConflated(['pengiriman', 'mengirim', 'dikirim', 'kiriman', 'dikirimkan'])).toBe('kirim');
  });

  it('perintah: perintah / memerintahkan / diperintahkan', () => {
    expect(expectConflated(['perintah', 'memerintahkan', 'diperintahkan'])).toBe('perintah');
  });

  it('common news verbs and their nouns', () => {
    expect(expectConflated(['menangkap', 'ditangkap', 'penangkapan', 'tangkap'])).toBe('tangkap');
    expect(expectConflated(['meluncurkan', 'diluncurkan', 'peluncuran'])).toBe('luncur');
    expect(expectConflated(['menyerang', 'diserang', 'serangan', 'penyerangan'])).toBe('serang');
    expect(expectConflated(['mengevakuasi', 'dievakuasi', 'evakuasi'])).toBe('evakuasi');
  });

  it('does not take apart frequent roots that look affixed', () => {
    for (const w of ['mereka', 'menteri', 'memang', 'selatan', 'kemudian', 'dengan', 'nilai', 'terima', 'berita', 'ketua']) {
      expect(stemIndonesian(w), w).toBe(w);
    }
    expect(stemIndonesian('kemenangan')).toBe('menang');
  });

  it('reads ke-…-kan and se-…-kan as root-k + -an: they are no Indonesian confixes', () => {
    expect(expectConflated(['kerusakan', 'rusak', 'merusak'])).toBe('rusak');
    expect(expectConflated(['keunikan', 'unik'])).toBe('unik');
    expect(expectConflated(['keburukan', 'buruk'])).toBe('buruk');
    // A stem that is a root keeps its -kan: "kenakan" is kena-kan, not ke-nak-an.
    expect(stemIndonesian('kenakan')).toBe('kena');
    expect(stemIndonesian('kebijakan')).toBe('bijak');
  });
});

describe('stemIndonesian: tokens that come back unchanged', () => {
  it('short words', () => {
    for (const w of ['di', 'ke', 'yg', 'mei', 'kim', 'ini']) expect(stemIndonesian(w)).toBe(w);
  });

  it('numbers and mixed tokens', () => {
    for (const w of ['14000', '2017', 'covid-19', 'g20', 'rp10']) expect(stemIndonesian(w)).toBe(w);
  });

  it('names and non-Indonesian tokens', () => {
    for (const w of ['kcna', 'putin', 'trump', 'jokowi', 'pyongyang', 'marwan', 'subarkah', 'director', 'disney']) {
      expect(stemIndonesian(w), w).toBe(w);
    }
  });

  it('non-ASCII and empty input', () => {
    for (const w of ['', 'café', 'müller', 'δ']) expect(stemIndonesian(w)).toBe(w);
  });
});

describe('stemIndonesian: reduplication and clitics after a hyphen', () => {
  it('plain and affixed reduplication', () => {
    expect(stemIndonesian('buku-buku')).toBe('buku');
    expect(stemIndonesian('berbalas-balasan')).toBe('balas');
    expect(stemIndonesian('meniru-nirukan')).toBe('tiru');
    expect(stemIndonesian('bolak-balik')).toBe('bolak-balik');
  });

  it('clitics written with a hyphen', () => {
    expect(stemIndonesian('kuasa-mu')).toBe('kuasa');
    expect(stemIndonesian('malaikat-malaikat-nya')).toBe('malaikat');
  });
});

describe('createIndonesianStemmer', () => {
  const roots = new Set(['ajar', 'kirim', 'tani']);

  it('uses the dictionary it is given and is deterministic with or without a cache', () => {
    const cached = createIndonesianStemmer(roots);
    const uncached = createIndonesianStemmer(roots, { cacheSize: 0 });
    for (const w of ['mempelajari', 'pengiriman', 'petani', 'pertanian', 'bertani']) {
      expect(cached.stem(w)).toBe(uncached.stem(w));
      expect(cached.stem(w)).toBe(cached.stem(w));
    }
    expect(cached.stem('mempelajari')).toBe('ajar');
    expect(cached.stem('pertanian')).toBe('tani');
  });

  it('returns unknown words unchanged when guessing is off', () => {
    const strict = createIndonesianStemmer(roots, { guessUnknownRoots: false });
    expect(strict.stem('dikonfirmasi')).toBe('dikonfirmasi');
    expect(createIndonesianStemmer(roots).stem('dikonfirmasi')).toBe('konfirmasi');
  });

  it('keeps its cache bounded', () => {
    const s = createIndonesianStemmer(roots, { cacheSize: 10 });
    for (let i = 0; i < 100; i++) s.stem(`dikirim${'a'.repeat(i % 30)}`);
    expect(s.stem('pengiriman')).toBe('kirim');
  });
});

describe('the shipped root list', () => {
  it('holds roots, not the affixed forms the lexicons also list', () => {
    for (const w of ['kirim', 'perintah', 'kerah', 'pasukan', 'ajar']) expect(isIndonesianRoot(w), w).toBe(true);
    for (const w of ['mengirim', 'pengiriman', 'mengatakan', 'memerintahkan']) expect(isIndonesianRoot(w), w).toBe(false);
  });
});

const SASTRAWI_CASES = fileURLToPath(new URL('../fixtures/stemmer/sastrawi-stem-tests.tsv', import.meta.url));
/** The pass rate this stemmer reaches, rounded down; a drop below it is a regression. */
const MIN_SASTRAWI_PASS_RATE = 0.91;

describe('Sastrawi test cases (tests/fixtures/stemmer, MIT)', () => {
  it(`passes at least ${MIN_SASTRAWI_PASS_RATE * 100}% of them`, () => {
    const cases = readFileSync(SASTRAWI_CASES, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => line.split('\t') as [string, string]);
    const failures: string[] = [];
    for (const [input, expected] of cases) {
      const got = stemIndonesian(input.normalize('NFC').toLowerCase());
      if (got !== expected) failures.push(`${input} -> ${got} (expected ${expected})`);
    }
    const rate = (cases.length - failures.length) / cases.length;
    console.log(
      `Sastrawi stemmer cases: ${cases.length - failures.length}/${cases.length} = ${(rate * 100).toFixed(1)}%\n` +
        `  failing: ${failures.join('; ')}`,
    );
    expect(cases.length).toBe(193);
    expect(rate).toBeGreaterThanOrEqual(MIN_SASTRAWI_PASS_RATE);
  });
});

describe('stemIndonesian: function-word roots and chat verbs', () => {
  it('reads an affixed word that strips to a function word again for a longer content root', () => {
    expect(stemIndonesian('memakai')).toBe('pakai');
    expect(stemIndonesian('dipakai')).toBe('pakai');
    expect(stemIndonesian('sebagian')).toBe('bagian');
    // No longer root: the function word stays ("membuat" is buat).
    expect(stemIndonesian('membuat')).toBe('buat');
  });

  it('undoes the chat nasal that replaced p, t, s or c ("motret", "nulis", "nyoba") and -in', () => {
    expect(stemIndonesian('motret')).toBe('potret');
    expect(stemIndonesian('nulis')).toBe('tulis');
    expect(stemIndonesian('nembak')).toBe('tembak');
    expect(stemIndonesian('nyoba')).toBe('coba');
    expect(stemIndonesian('mulangin')).toBe('pulang');
    // ng-/ny- before the standard rules: "nyediain" is sedia, not the "ain" they would find.
    expect(stemIndonesian('nyediain')).toBe('sedia');
    // Standard words and roots are left alone.
    expect(stemIndonesian('makan')).toBe('makan');
    expect(stemIndonesian('nyata')).toBe('nyata');
  });
});
