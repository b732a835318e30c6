/** The three outcomes of an answer (direct, related, not found), through the real engine on the seeds. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { rankQuestion } from '../../src/search/answer.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import { directBlocker } from '../../src/search/policy.js';
import { answerToJson } from '../../src/render/json.js';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(openCorpus(':memory:').db);
});

describe('answer policy', () => {
  it('gives a direct answer when the sentence holds every name and the kind asked for', () => {
    const answer = engine.ask('Berapa tentara Korea Utara yang dikirim ke Rusia?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.match).toBe('direct');
    expect(answerToJson(answer).match).toBe('direct');
  });

  it('gives a related answer, never a direct one, when a name of the question is missing', () => {
    // Asked about China: the seeds report North Korea's troops, never China's.
    const answer = engine.ask('Berapa tentara China yang dikirim ke Rusia?');
    expect(answer.match).not.toBe('direct');
    const index = createSearchIndex(engine.db);
    const ranked = rankQuestion(index, 'Berapa tentara China yang dikirim ke Rusia?');
    expect(directBlocker(ranked.q, ranked.evidence, ranked.ranked[0]!)).toMatch(/china/i);
  });

  it('wants the focus word in the sentence and, for "who", someone named besides the question\'s own names', () => {
    const index = createSearchIndex(engine.db);
    const ranked = rankQuestion(index, 'Siapa yang memerintahkan pengerahan pasukan Korea Utara ke Rusia?');
    const best = ranked.ranked[0]!;
    expect(directBlocker(ranked.q, ranked.evidence, best)).toBeUndefined();
    // The same sentence with no one named but Korea Utara and Rusia cannot answer "who".
    expect(directBlocker(ranked.q, ranked.evidence, { ...best, text: 'Pengerahan pasukan Korea Utara ke Rusia diperintahkan.' })).toMatch(/no new person/);
    // Nor can a name made of dictionary words ("Tuan Rumah") or a stadium.
    expect(directBlocker(ranked.q, ranked.evidence, { ...best, text: 'Tuan Rumah di Stadion Nurnberg memerintahkan pengerahan pasukan Korea Utara ke Rusia.' })).toMatch(/no new person/);
    // A sentence without the focus ("perintah") is at most related.
    const focus = ranked.q.concepts.findIndex((c) => (c.weight ?? 1) > 1);
    const matched = best.matched.map((m, i) => (i === focus ? 0 : m));
    expect(directBlocker(ranked.q, ranked.evidence, { ...best, matched })).toMatch(/focus/);
  });

  it('does not call a claim with a figure no sentence states a direct answer', () => {
    const answer = engine.ask('Korea Utara mengirim 20.000 tentara ke Rusia');
    expect(answer.match).not.toBe('direct');
  });

  it('says "not found" (no quotes, no match) for questions about what the archive lacks', () => {
    for (const q of ['Siapa pemenang Piala Dunia 2018?', 'Berapa harga beras hari ini?', 'What did Messi say about Barcelona?']) {
      const answer = engine.ask(q);
      expect(answer.noAnswer, q).toBe(true);
      expect(answer.match, q).toBeUndefined();
      expect(answer.answers).toEqual([]);
    }
  });

  it('sets match whenever there are quotes, and shows at most three related quotes', () => {
    for (const q of ['Apakah Zelensky mengakui situasi di Kursk masih berat?', 'Did Kim call it a privilege to be allied with Russia?', 'What did Putin promise?']) {
      const answer = engine.ask(q);
      if (answer.noAnswer) continue;
      expect(['direct', 'related']).toContain(answer.match);
      if (answer.match === 'related') expect(answer.answers.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('statements with a wrong detail', () => {
  it('shows the related report for a yes/no question whose one absent name may be its wrong detail', () => {
    // The seeds never name Vladivostok; the question is about the confirmation they report.
    const answer = engine.ask('Did North Korea confirm sending troops to Kursk from Vladivostok?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.match).toBe('related');
  });

  it('still says "not found" when no name of the question is in the archive', () => {
    const answer = engine.ask('Did France send troops to Niger?');
    expect(answer.noAnswer).toBe(true);
  });

  it('wants the person for "who" named next to the role asked about', () => {
    const index = createSearchIndex(engine.db);
    const ranked = rankQuestion(index, 'Siapa juru bicara Kremlin?');
    const best = ranked.ranked[0]!;
    expect(directBlocker(ranked.q, ranked.evidence, { ...best, text: 'Juru bicara Kremlin Dmitry Peskov mengatakan Rusia dapat membantu.' })).toBeUndefined();
    expect(
      directBlocker(ranked.q, ranked.evidence, { ...best, text: 'Menurut wartawan, Dmitry Peskov yang berbicara di Moskow pada hari Senin setelah rapat panjang di gedung itu adalah juru bicara Kremlin.' }),
    ).toMatch(/no one named next to/);
  });

  it('wants a place the question did not name for "where"', () => {
    const index = createSearchIndex(engine.db);
    const ranked = rankQuestion(index, 'Di kota mana pakta pertahanan Rusia-Korea Utara ditandatangani?');
    expect(directBlocker(ranked.q, ranked.evidence, { ...ranked.ranked[0]!, text: 'Pakta pertahanan dikirim ke Rusia dan Korea Utara.' })).toMatch(/no new place/);
  });
});
