import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/search-index.js';
import { createEngine } from '../../src/search/engine.js';
import { answerToJson } from '../../src/render/json.js';
import { seededCorpus } from '../helpers/corpus.js';

const engine = createEngine(seededCorpus());
const original = (slug: string) =>
  engine.db.$client.prepare<[string], { original: string }>('SELECT original FROM articles WHERE slug = ?').get(slug)?.original ?? '';

describe('answers across outlets', () => {
  it('groups the same report from several outlets under one quote', () => {
    const answer = engine.ask('Berapa tentara Korea Utara yang dikirim ke Rusia?');
    const quote = answer.answers.find((q) => q.text.includes('14.000'));
    expect(quote).toBeDefined();
    const outlets = [quote!.outlet, ...quote!.alsoReportedBy.map((a) => a.outlet)];
    expect(new Set(outlets)).toEqual(new Set(['GELORA.CO', 'Pahami.id', 'NTVNews']));
    for (const also of quote!.alsoReportedBy) expect(original(also.article)).toContain(also.text);
  });

  it('sets the figures outlets printed for troops sent side by side, each with its sentence', () => {
    const answer = engine.ask('How many North Korean soldiers were sent to Russia?');
    const labels = answer.figures?.map((f) => f.label) ?? [];
    expect(labels.some((l) => l.includes('14.000'))).toBe(true);
    expect(labels).toContain('10.000-12.000 tentara');
    expect(labels).toContain('lebih dari 10.000 tentara');
    expect(labels.some((l) => /(?<!\d)[24]\.000/.test(l))).toBe(false);
    const fourteen = answer.figures!.find((f) => f.label.includes('14.000'))!;
    expect(fourteen.outlets).toHaveLength(3);
    for (const figure of answer.figures!) {
      for (const q of figure.quotes) {
        expect(q.text).toContain(figure.label.replace(/^(?:sekitar|hampir|total|lebih dari) /, '').split(' ')[0]);
        expect(original(q.article)).toContain(q.text);
      }
    }
  });

  it('sets casualty figures apart from troop figures, and killed apart from killed or wounded', () => {
    // "sekitar 4.000 tentara ... tewas atau terluka" (killed or wounded) and "sekitar 2.000
    // tentara ... tewas" (killed) count different things: never one number's estimates.
    const answer = engine.ask('Berapa korban tentara Korea Utara?');
    const values = answer.figures?.map((f) => f.value) ?? [];
    expect(values.includes(2000) && values.includes(4000)).toBe(false);
    expect(values).not.toContain(14000);
    const quoted = answer.answers.map((q) => q.text).join(' ');
    expect(quoted).toContain('4.000');
  });

  it('"How many North Korean soldiers died?" lists no killed, killed-or-wounded and reinforcement figures as one number', () => {
    const answer = engine.ask('How many North Korean soldiers died?');
    expect(answer.noAnswer).toBe(false);
    const values = new Set(answer.figures?.map((f) => f.value) ?? []);
    expect([4000, 2000, 3000].filter((v) => values.has(v)).length).toBeLessThanOrEqual(1);
    expect(answer.answers.slice(0, 3).some((q) => q.text.includes('2.000 tentara Korea Utara telah tewas'))).toBe(true);
  });

  it('never merges sentences that state different figures', () => {
    const answer = engine.ask('How many North Korean casualties were there?');
    for (const quote of answer.answers) {
      for (const also of quote.alsoReportedBy) {
        const figures = (t: string) => (t.match(/\d{1,3}(?:\.\d{3})+/g) ?? []).sort().join();
        if (figures(quote.text) && figures(also.text)) expect(figures(also.text)).toBe(figures(quote.text));
      }
    }
  });
});

describe('not found', () => {
  it('declines off-topic questions and says what the corpus covers', () => {
    for (const q of [
      'Siapa pemenang Piala Dunia 2018?',
      'What is the best pizza recipe?',
      'Harga bensin di Jakarta berapa?',
      'Berapa harga beras hari ini?',
      'What is the capital of France?',
      'What did Messi say about Barcelona?',
      // Only "price" (harga, in "berharga") is in the articles; "rice" and "Jakarta" are not.
      'What is the price of rice in Jakarta?',
      'Who won the election in Germany?',
    ]) {
      const answer = engine.ask(q);
      expect(answer.noAnswer, q).toBe(true);
      expect(answer.answers).toEqual([]);
      expect(answer.coverage?.articles).toBe(5);
      expect(answer.coverage?.outlets).toHaveLength(5);
      expect(answer.coverage?.from).toBe('2025-04-28');
      expect(answer.coverage?.examples.id).toHaveLength(2);
      expect(answer.coverage?.examples.en).toHaveLength(2);
    }
  });

  it('still answers when only the verb of an English question is missing from the articles', () => {
    // "react" (tanggap) occurs nowhere, but the ministry's reaction does.
    const answer = engine.ask("How did South Korea's unification ministry react?");
    expect(answer.noAnswer).toBe(false);
    expect(answer.answers[0]?.text).toMatch(/Kementerian Unifikasi/);
  });
});

describe('headlines', () => {
  it('quotes the body sentence that reports what a headline condenses', () => {
    // Suarathailand's headline: 'Kim Jong Un Puji Aliansi "Tak Terkalahkan" Korea Utara dengan Rusia'.
    const top = engine.ask('Kim Jong Un menyebut aliansi Korut dengan Rusia tak terkalahkan.').answers[0];
    expect(top?.text).toContain('tak terkalahkan');
    expect(top?.text).not.toMatch(/^Kim Jong Un Puji Aliansi/);
  });
});

describe('speakers', () => {
  it('answers "what did X say" with X\'s words before sentences that only mention X', () => {
    for (const q of ['Apa kata Putin tentang pasukan Korea Utara?', 'What did Putin say about the North Korean troops?']) {
      const top = engine.ask(q).answers[0];
      expect(top?.text, q).toMatch(/kata Putin|Putin (?:mengatakan|memuji)/);
    }
  });

  it('takes the speaker, not the verb of saying, as what the question is about', () => {
    expect(engine.ask('Apa laporan KCNA?').answers[0]?.text).toMatch(/KCNA/);
    expect(engine.ask('What did the Central Military Commission say?').answers[0]?.text).toMatch(/Komisi Militer Pusat/i);
  });

  it('reads "what happened at X" as a question about X', () => {
    const answer = engine.ask('What happened at Kursk?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.answers[0]?.text).toMatch(/Kursk/);
  });
});

describe('question words', () => {
  it('reads "how long" as a question about since when, not about length', () => {
    const answer = engine.ask('How long has Russia occupied Crimea?');
    expect(answer.kind).toBe('date');
    expect(answer.answers.map((q) => q.text).join(' ')).toMatch(/sejak 2014/);
  });
});

describe('term statistics', () => {
  it('counts a phrase by the sentences that contain it, not by its commonest word', () => {
    const index = createSearchIndex(engine.db);
    const korea = index.documentFrequency('korea');
    const south = index.phraseFrequency(['korea', 'selatan']);
    const north = index.phraseFrequency(['korea', 'utara']);
    expect(south).toBeGreaterThan(0);
    expect(north).toBeLessThanOrEqual(korea);
    expect(south).toBeLessThan(korea / 2);
    expect(index.phraseFrequency(['selatan', 'korea'])).toBeLessThan(south);
    expect(index.phraseFrequency(['korea'])).toBe(korea);
  });
});

describe('the JSON contract', () => {
  it('has the fields of design.md', () => {
    const json = answerToJson(engine.ask('Siapa yang memerintahkan pengerahan pasukan ke Rusia?'));
    expect(typeof json.question).toBe('string');
    expect(json).toMatchObject({ language: 'id', noAnswer: false });
    const first = (json.answers as Record<string, unknown>[])[0]!;
    for (const key of ['text', 'outlet', 'article', 'title', 'published', 'url', 'score', 'alsoReportedBy']) expect(first).toHaveProperty(key);
    expect(first.text).toMatch(/Kim Jong Un/);
  });
});

describe('checking a claim', () => {
  it('finds the outlets that printed the figure and those that printed another', () => {
    const answer = engine.ask('/cite 14 ribu tentara');
    expect(answer.noAnswer).toBe(false);
    expect(answer.answers[0]?.text).toContain('14.000');
    const byValue = new Map(answer.figures?.map((f) => [f.value, f.outlets]));
    expect(byValue.get(14000)).toHaveLength(3);
    expect(byValue.has(10000)).toBe(true);
    expect(byValue.has(4000)).toBe(false); // killed, not sent
  });
});

describe('the answer cache', () => {
  it('returns the same answer for a repeated question and forgets answers when articles are added', () => {
    const local = createEngine(seededCorpus());
    const first = local.ask('Apa kata Peskov?');
    expect(local.ask('Apa kata Peskov?')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(local.ask('Apa kata Peskov?', { fresh: true })).not.toBe(first);
    local.addArticles([
      {
        id: 'cache-test',
        outlet: 'Contoh',
        site: null,
        title: null,
        byline: null,
        url: null,
        language: 'id',
        text: 'Peskov mengatakan Kremlin menolak berkomentar tentang pasukan asing.',
        location: { file: 'test', line: 1 },
      },
    ]);
    const after = local.ask('Apa kata Peskov?');
    expect(after).not.toBe(first);
    expect(after.answers.some((a) => a.article === 'cache-test')).toBe(true);
  });
});
