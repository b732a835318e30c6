/**
 * A running engine sees articles that another connection (another process, in production:
 * `npm run ingest`) commits, at its next question: cached answers, corpus statistics and top
 * facts are dropped. Writes that do not touch the corpus keep the caches. (The same with real
 * processes: tests/cli/live-corpus.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles, removeArticle } from '../../src/corpus/ingest.js';
import type { Db } from '../../src/db/database.js';
import { createEngine, type Engine } from '../../src/search/engine.js';

const RICE_QUESTION = 'Berapa harga beras di Pasar Induk Cipinang?';

/** An article about something the seeds never mention. */
const RICE_ARTICLE = {
  id: 'kabar-pasar-2026-11-20-harga-beras-cipinang' as string,
  outlet: 'Kabar Pasar',
  site: null,
  title: 'Harga beras di Cipinang naik',
  byline: null,
  published: '2026-11-20',
  url: null,
  language: 'id' as const,
  text:
    'Harga beras medium di Pasar Induk Beras Cipinang, Jakarta Timur, naik menjadi Rp 14.500 per kilogram pada Senin pekan ini.\n\n' +
    'Pedagang menyebut pasokan dari sentra produksi di Jawa Barat berkurang karena musim hujan.',
  location: { file: 'test.jsonl', line: 1 },
} satisfies ArticleInput;

let dir: string;
let served: Db;
let writer: Db;
let engine: Engine;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-corpus-'));
  const file = path.join(dir, 'news.db');
  served = openCorpus(file).db;
  writer = openCorpus(file).db;
  engine = createEngine(served);
});
afterEach(() => {
  served.$client.close();
  writer.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('live corpus', () => {
  it('answers from an article another connection committed after it started', () => {
    const before = engine.ask(RICE_QUESTION);
    expect(before.noAnswer).toBe(true);
    expect(before.coverage?.articles).toBe(5);
    // Cached: the same object again while nothing changes.
    expect(engine.ask(RICE_QUESTION)).toBe(before);

    expect(ingestArticles(writer, [RICE_ARTICLE])).toMatchObject({ added: 1 });

    const after = engine.ask(RICE_QUESTION);
    expect(after.noAnswer).toBe(false);
    expect(after.answers[0]).toMatchObject({ article: RICE_ARTICLE.id, outlet: 'Kabar Pasar' });
    expect(after.answers[0]!.text).toContain('Rp 14.500 per kilogram');
    expect(engine.stats().articles).toBe(6);
    expect(engine.sources()[0]?.slug).toBe(RICE_ARTICLE.id);
    // The coverage summary of a "not found" reply counts the new article too.
    expect(engine.ask('Siapa pemenang Piala Dunia 2018?').coverage?.articles).toBe(6);
  });

  it('drops what it cached when another connection removes an article', () => {
    ingestArticles(writer, [RICE_ARTICLE]);
    expect(engine.ask(RICE_QUESTION).noAnswer).toBe(false);
    removeArticle(writer, RICE_ARTICLE.id);
    expect(engine.ask(RICE_QUESTION).noAnswer).toBe(true);
    expect(engine.source(RICE_ARTICLE.id)).toBeUndefined();
  });

  it('keeps its caches when another connection writes only chat settings or button state', () => {
    const answer = engine.ask(RICE_QUESTION);
    const facts = engine.topFacts(5);
    writer.$client.prepare("INSERT INTO chat_settings (chat_id, language) VALUES (42, 'en')").run();
    writer.$client.prepare("INSERT INTO button_states (id, payload, created_at) VALUES ('abc', '{}', 1)").run();
    expect(engine.ask(RICE_QUESTION)).toBe(answer);
    expect(engine.topFacts(5)[0]).toBe(facts[0]);
  });

  it('caches top facts per corpus version', () => {
    const first = engine.topFacts(10);
    expect(first.length).toBeGreaterThan(0);
    expect(engine.topFacts(10)[0]).toBe(first[0]);
    expect(engine.topFacts(3)).toHaveLength(3);
    // The same report printed by three new outlets becomes the most-cited fact.
    const fact = 'Kementerian Perdagangan menetapkan harga eceran tertinggi beras medium sebesar Rp 13.500 per kilogram mulai Desember.';
    const copies = ['Kabar Pasar', 'Warta Niaga', 'Suara Dagang'].map((outlet, i) => ({
      ...RICE_ARTICLE,
      id: `het-beras-${i}`,
      outlet,
      text: `${fact}\n\nKeterangan ini disampaikan di Jakarta oleh pejabat ${outlet} nomor ${i + 1}.`,
    }));
    expect(ingestArticles(writer, copies)).toMatchObject({ added: 3 });
    const top = engine.topFacts(10)[0]!;
    expect(top.text).toBe(fact);
    expect(top.alsoReportedBy).toHaveLength(2);
  });

  it('notices a corpus write on its own connection that bypassed the engine', () => {
    expect(engine.ask(RICE_QUESTION).noAnswer).toBe(true);
    ingestArticles(served, [RICE_ARTICLE]);
    expect(engine.ask(RICE_QUESTION).noAnswer).toBe(false);
  });

  it('its own addArticles (the bot\'s /add) is answered at once and stays noticed once', () => {
    expect(engine.ask(RICE_QUESTION).noAnswer).toBe(true);
    expect(engine.addArticles([RICE_ARTICLE])).toMatchObject({ added: 1 });
    const answer = engine.ask(RICE_QUESTION);
    expect(answer.noAnswer).toBe(false);
    expect(engine.ask(RICE_QUESTION)).toBe(answer);
  });
});
