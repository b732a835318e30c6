import { describe, expect, it } from 'vitest';
import { analyzeTerms, extractNumbers, stopWordAcronyms } from '../../src/text/analyzer.js';
import { analyzeQuestion } from '../../src/search/question.js';
import { detectKind, detectKinds, detectLanguage } from '../../src/search/question-kind.js';
import { foldText } from '../../src/text/normalize.js';

describe('numbers', () => {
  it('reads every common written form of a figure as one value', () => {
    for (const form of ['14.000', '14,000', '14000', '14 ribu', '14rb', '14 rb', '14 thousand', '14k']) {
      expect(extractNumbers(`sekitar ${form} tentara`), form).toEqual([14000]);
    }
    expect(extractNumbers('3,5 juta desktop')).toEqual([3500000]);
    expect(extractNumbers('10.000-12.000 tentara')).toEqual([10000, 12000]);
    expect(analyzeTerms('14.000 tentara')).toEqual(analyzeTerms('14 ribu tentara'));
  });
});

describe('normalisation and aliases', () => {
  it('folds case, diacritics and quotes', () => {
    expect(foldText('“Kursk” — Ḱyïv')).toBe('"kursk" - kyiv');
  });

  it('folds plain ASCII the same way as any other text', () => {
    expect(foldText('Korea  Utara\n`Kursk`\tDPRK')).toBe("korea utara 'kursk' dprk");
    expect(foldText('Korea  Utara\n`Kursk`\tDPRK\u00e9').slice(0, -1)).toBe("korea utara 'kursk' dprk");
  });

  it('treats words that name Object.prototype members as ordinary words', () => {
    const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    for (const w of words) expect(analyzeTerms(`${w} tentara ${w}-korut`), w).toContain(analyzeTerms('tentara')[0]);
    expect(analyzeTerms('constructor valueof')).toEqual(['constructor', 'valueof']);
    expect(extractNumbers('5 constructor 7 tostring')).toEqual([5, 7]);
  });

  it('maps informal spellings and names to the forms articles use', () => {
    expect(analyzeTerms('brp tentara korut yg dikirim')).toEqual(analyzeTerms('berapa tentara Korea Utara yang dikirim'));
    expect(analyzeTerms('DPRK')).toEqual(analyzeTerms('Korea Utara'));
    expect(analyzeTerms('pejabat AS')).toEqual(analyzeTerms('pejabat Amerika Serikat'));
    expect(analyzeTerms('intelijen U.S.')).toEqual(analyzeTerms('intelijen Amerika Serikat'));
    expect(analyzeTerms('Kiev')).toEqual(analyzeTerms('Kyiv'));
    expect(analyzeTerms('pesawat nirawak')).toEqual(analyzeTerms('drone'));
  });

  it('brings affixed forms to one root', () => {
    const root = (w: string) => analyzeTerms(w)[0];
    expect(new Set(['pengerahan', 'mengerahkan', 'dikerahkan'].map(root)).size).toBe(1);
    expect(root('pasukannya')).toBe(root('pasukan'));
    expect(new Set(['mengonfirmasi', 'mengkonfirmasi', 'dikonfirmasi'].map(root)).size).toBe(1);
    expect(root('pemerintah')).not.toBe(root('perintah'));
    // "meninggal" (died) is not "tinggal" (stayed); "meninggalkan" (to leave) is.
    expect(root('meninggal')).not.toBe(root('tinggal'));
    expect(root('meninggalnya')).toBe(root('meninggal'));
    expect(root('meninggalkan')).toBe(root('tinggal'));
    expect(root('mengutarakan')).not.toBe(root('utara'));
    // "diketahui" is tahu, as "mengetahui" and "pengetahuan" are.
    expect(new Set(['diketahui', 'mengetahui', 'pengetahuan', 'tahu'].map(root)).size).toBe(1);
  });
});

describe('question analysis', () => {
  it('detects the language of short questions', () => {
    expect(detectLanguage('brp tentara korut?')).toBe('id');
    expect(detectLanguage('how many nk troops?')).toBe('en');
    expect(detectLanguage('Siapa yang memerintahkan pengerahan pasukan ke Rusia?')).toBe('id');
    expect(detectLanguage('Who ordered the deployment of troops to Russia?')).toBe('en');
    expect(detectLanguage('kapan pakta diratifikasi')).toBe('id');
    // Short chat questions with no function words: WordNet's English vocabulary decides a close call.
    expect(detectLanguage('melody jkt48 real name?')).toBe('en');
    expect(detectLanguage('korut cuma ngirim tentara doang kan')).toBe('id');
    expect(detectLanguage('when was the pact ratified')).toBe('en');
  });

  it('turns the question word into an expected kind of answer', () => {
    expect(detectKind(foldText('Siapa yang memerintahkan?'))).toBe('person');
    expect(detectKind(foldText('Berapa tentara?'))).toBe('number');
    expect(detectKind(foldText('How many soldiers?'))).toBe('number');
    expect(detectKind(foldText('Kapan diratifikasi?'))).toBe('date');
    // "Tanggal / tahun / jam berapa" asks for a date or a time; "berapa tahun" for a figure.
    expect(detectKind(foldText('Konsernya tanggal berapa?'))).toBe('date');
    expect(detectKind(foldText('acaranya jam brp?'))).toBe('date');
    expect(detectKind(foldText('Berapa tahun hukumannya?'))).toBe('number');
    // A label or a term asked for is a name.
    expect(detectKind(foldText("What label did Ukraine's military give to the claim?"))).toBe('name');
    expect(detectKind(foldText('Istilah apa yang dipakai Putin untuk pasukan itu?'))).toBe('name');
    expect(detectKind(foldText('Where did they fight?'))).toBe('place');
    expect(detectKind(foldText('Di stadion mana laga itu digelar?'))).toBe('place');
    expect(detectKind(foldText('Mengapa Korea Utara mengirim pasukan?'))).toBe('reason');
    // Chat asks the purpose with "buat apa(an)", "utk apa", "buat ngapain", or "ngapain" first.
    expect(detectKind(foldText('korut ngirim 3rb tentara tambahan itu buat apaan sih?'))).toBe('reason');
    expect(detectKind(foldText('drone itu buat ngapain?'))).toBe('reason');
    expect(detectKind(foldText('ngapain korut kirim tentara?'))).toBe('reason');
    expect(detectKind(foldText('tujuannya apa?'))).toBe('reason');
    // "X ngapain di Y" asks what X does there, not why.
    expect(detectKind(foldText('korut ngapain di kursk?'))).toBe('any');
    // English chat asks why with "how come", and "come" is no topic.
    expect(detectKind(foldText('how come nk sent troops to russia?'))).toBe('reason');
    expect(analyzeQuestion('how come nk sent troops to russia?').concepts.map((c) => c.label)).not.toContain('come');
  });

  it('takes the kind from the question word, not from a relative clause after it', () => {
    expect(detectKind(foldText("Why won't police examine the doctor who shot his wife?"))).toBe('reason');
    expect(detectKind(foldText('How was the man who used a forged diploma found out?'))).toBe('manner');
    expect(detectKind(foldText('What did Trump reply when asked about Crimea?'))).toBe('any');
    expect(detectKind(foldText('Which hospital treats the man who broke in?'))).toBe('any');
    // A kind phrase that is no question word still counts after an open "what".
    expect(detectKind(foldText('What is the full name of the museum?'))).toBe('name');
    // A question word typed late, as chat does, is the question's.
    expect(detectKind(foldText('Putin said Russia will honour who, exactly?'))).toBe('person');
    // Two questions typed one after the other ask for both kinds, first one first.
    expect(detectKinds(foldText('pilpres yg menang siapa sih? selisih suaranya brp?'))).toEqual(['person', 'number']);
  });

  it('keeps a full name typed in English as one concept, and focuses the verb after the subject or the speaker', () => {
    const q = analyzeQuestion('What did Kim Jong Un say about the soldiers?');
    const name = q.concepts.find((c) => c.label === 'kim jong un');
    expect(name?.alternatives.map((a) => a.terms)).toEqual([['kim', 'jong', 'un']]);
    // "un" on its own would be translated as the United Nations.
    expect(q.concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms))).not.toContain('serikat');
    const weights = (q: string) => Object.fromEntries(analyzeQuestion(q).concepts.map((c) => [c.label, c.weight ?? 1]));
    expect(weights('What did Russia confirm about Kursk?').confirm).toBeGreaterThan(weights('What did Russia confirm about Kursk?').russia!);
    // With a verb of saying, the speaker is what is asked about.
    expect(weights('What did Zelensky say about Kursk?').zelensky).toBeGreaterThan(weights('What did Zelensky say about Kursk?').say!);
  });

  it('translates English words to the Indonesian terms of the index', () => {
    const q = analyzeQuestion('How many North Korean soldiers were sent to Russia?');
    const terms = q.concepts.flatMap((c) => c.alternatives.map((a) => a.terms.join(' ')));
    expect(terms).toContain(analyzeTerms('tentara').join(' '));
    expect(terms).toContain(analyzeTerms('korea utara').join(' '));
    expect(terms).toContain(analyzeTerms('kirim').join(' '));
    expect(terms).toContain('rusia');
  });

  it('cuts questions longer than the maximum and says so', () => {
    const q = analyzeQuestion('tentara '.repeat(200));
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(500);
  });
});

describe('stop words and the words derived from them', () => {
  it('drops a stop word, bare or with a particle, and keeps the stem of a word derived from one', () => {
    expect(analyzeTerms('buat dapat dirinya untuknya apakah')).toEqual([]);
    // membuat / pembuatan (buat), mendapat (dapat), peserta (serta) are content words.
    expect(analyzeTerms('membuat pembuatan')).toEqual(['buat', 'buat']);
    expect(analyzeTerms('mendapat')).toEqual(['dapat']);
    expect(analyzeTerms('peserta')).toEqual(['serta']);
  });

  it('keeps a stop word typed as a short acronym ("MU", "DI Yogyakarta"), not in shouted text or in lower case', () => {
    expect(analyzeTerms('Rooney mencetak 253 gol untuk MU.')).toContain('mu');
    expect(analyzeTerms('Banjir besar DI Yogyakarta')).toEqual(['banjir', 'besar', 'di', 'yogyakarta']);
    // The possessive and the preposition stay stop words, and so does a shouted headline.
    expect(analyzeTerms('rumahmu di kota mu')).toEqual(['rumah', 'kota']);
    expect(analyzeTerms('MU KALAH DI KANDANG')).toEqual(['kalah', 'kandang']);
    expect(stopWordAcronyms('Timnas menang lagi')).toBeUndefined();
  });

  it('reads chat content words through their standard word, in articles and questions alike', () => {
    expect(analyzeTerms('bilang')).toEqual(analyzeTerms('berkata'));
    expect(analyzeTerms('bikin')).toEqual(analyzeTerms('membuat'));
    expect(analyzeTerms('duit')).toEqual(analyzeTerms('uang'));
  });
});

describe('question kinds', () => {
  it('takes a question that opens as yes/no for one, whatever question word it embeds', () => {
    expect(detectKind(foldText('Did Pyongyang disclose how many troops were sent?'))).toBe('yesno');
    expect(detectKind(foldText('Apakah diketahui berapa tentara yang masih bertempur?'))).toBe('yesno');
    expect(detectKind(foldText('How many troops were sent?'))).toBe('number');
  });

  it('reads "which team / company" and "tim apa" as asking for a name, as "who" does', () => {
    expect(detectKind(foldText('Which team will Kaka face in his last home game?'))).toBe('person');
    expect(detectKind(foldText('Which tech company was targeted?'))).toBe('person');
    expect(detectKind(foldText('Klub mana yang membeli Ederson?'))).toBe('person');
    expect(detectKind(foldText('Which day was it?'))).toBe('date');
    expect(detectKind(foldText('How old is the designer?'))).toBe('number');
    expect(detectKind(foldText('What percentage of the honey had no pollen?'))).toBe('number');
    expect(detectKind(foldText('What was the magnitude of the strongest aftershock?'))).toBe('number');
    expect(detectKind(foldText("What is the phone's price in India?"))).toBe('number');
    expect(detectKind(foldText('What was the cause of the crash?'))).toBe('any');
  });

  it('reads every kind a question joining two asks for, in the order it asks them', () => {
    expect(detectKinds(foldText('Konser amal itu tanggal berapa dan di venue mana?'))).toEqual(['date', 'place']);
    expect(detectKinds(foldText('gol itu dicetak siapa, menit brp?'))).toEqual(['person', 'number']);
    expect(detectKinds(foldText('Where was he, and for what purpose?'))).toEqual(['place', 'reason']);
    // One question, one kind; a yes/no question asks whether, whatever it joins.
    expect(detectKinds(foldText('Berapa tentara yang dikirim ke Rusia dan Kursk?'))).toEqual(['number']);
    expect(detectKinds(foldText('Apakah Rusia dan Korea Utara menandatangani pakta, dan kapan?'))).toEqual(['yesno']);
  });

  it('leaves names and titles of several capitalised words out of the language vote', () => {
    expect(detectLanguage("Siapa pemeran Carina Smyth di film Pirates of the Caribbean: Salazar's Revenge?")).toBe('id');
    expect(detectLanguage('Which ex-Beatle pops up in the fifth Pirates of the Caribbean movie?')).toBe('en');
    expect(detectLanguage('Korea Utara kirim berapa tentara?')).toBe('id');
    // A question in Title Case throughout votes whole.
    expect(detectLanguage('What Did Putin Say About North Korea?')).toBe('en');
  });
});
