/**
 * Follow-ups end to end: /follow through the real bot, articles arriving from another database
 * connection (as `npm run ingest` in another process) and from the chat, the newsroom loop's
 * check, alerts sent through grammY's client to the fake Bot API, and a restart in between.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles } from '../../src/corpus/ingest.js';
import { createNewsroom, type Newsroom } from '../../src/newsroom/loop.js';
import { createEngine } from '../../src/search/engine.js';
import { createHarness, type Harness } from '../helpers/bot-harness.js';
import { SECOND_USER_ID, USER_ID, groupCommand, privateMessage } from '../helpers/updates.js';
import { startWebServer } from '../helpers/web-server.js';
import { rss } from '../newsroom/feed-fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'follow-'));
const file = path.join(dir, 'news.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const QUESTION = 'Berapa tinggi kolom abu erupsi Gunung Lewotobi?';

function article(id: string, outlet: string, text: string): ArticleInput {
  return { id, outlet, site: null, title: null, byline: null, published: '2025-05-02', url: null, language: 'id', text, location: { file: id, line: 1 } };
}

/** Adds articles through a second connection, as the ingest command in another process does. */
function ingestElsewhere(...inputs: ArticleInput[]): void {
  const other = openCorpus(file);
  ingestArticles(other.db, inputs);
  other.db.$client.close();
}

interface Running {
  h: Harness;
  newsroom: Newsroom;
  close(): Promise<void>;
}

let clock = Date.now();

async function startBot(maxPerHour = 3): Promise<Running> {
  const engine = createEngine(openCorpus(file).db);
  const h = await createHarness({ engine, adminIds: [USER_ID] });
  const newsroom = createNewsroom(
    { db: engine.db, engine, api: h.bot.api, logger: h.logs.logger, feeds: [], feedPollMinutes: 15, followAlertsPerHour: maxPerHour, questionLogDays: 30, sendGapMs: 0, now: () => clock },
    { start: false },
  );
  return {
    h,
    newsroom,
    close: async () => {
      await newsroom.stop();
      await h.close();
      engine.db.$client.close();
    },
  };
}

const alertsTo = (h: Harness, chatId: number) => h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === chatId && /^(Ada artikel baru|A new article answers)/.test(String(c.payload.text)));

describe('follow-ups', () => {
  it('one alert per new report, none for reprints, alerts after a restart, none after /unfollow', async () => {
    let bot = await startBot();
    await bot.h.send(privateMessage(`/follow ${QUESTION}`));
    expect(bot.h.api.last('sendMessage')!.payload.text).toContain(`Diikuti: “${QUESTION}”`);
    await bot.h.send(privateMessage('/following'));
    expect(bot.h.api.last('sendMessage')!.payload.text).toContain(`1. ${QUESTION}`);

    // Nothing arrived: nothing is sent.
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, USER_ID)).toHaveLength(0);

    // A new report, from another process.
    ingestElsewhere(article('kompas-lewotobi-1', 'Kompas Uji', 'Gunung Lewotobi Laki-laki erupsi pada Jumat pagi dengan tinggi kolom abu 1.200 meter.\n\nBadan Geologi menaikkan status gunung itu menjadi Awas setelah erupsi tersebut.'));
    await bot.newsroom.tick();
    const first = alertsTo(bot.h, USER_ID);
    expect(first).toHaveLength(1);
    expect(first[0]!.payload.text).toContain('tinggi kolom abu 1.200 meter');
    expect(first[0]!.payload.text).toContain('Kompas Uji');
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, USER_ID)).toHaveLength(1);

    // A reprint of the same sentence by another outlet: no alert.
    ingestElsewhere(article('detik-lewotobi-reprint', 'Detik Uji', 'Gunung Lewotobi Laki-laki erupsi pada Jumat pagi dengan tinggi kolom abu 1.200 meter.\n\nWarga di lereng gunung diminta menjauh dari kawah.'));
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, USER_ID)).toHaveLength(1);

    // Restart: the follow is still there, and the next new report is sent.
    await bot.close();
    bot = await startBot();
    bot.h.engine.addArticles([
      article('tempo-lewotobi-2', 'Tempo Uji', 'Kolom abu erupsi Gunung Lewotobi setinggi 1.500 meter teramati pada Sabtu sore, kata Badan Geologi.\n\nPos pengamatan mencatat gempa vulkanik dalam.'),
    ]);
    await bot.newsroom.tick();
    const second = alertsTo(bot.h, USER_ID);
    expect(second).toHaveLength(1);
    expect(second[0]!.payload.text).toContain('1.500 meter');
    expect(second[0]!.payload.text).not.toContain('1.200 meter');

    // Unfollow: nothing more.
    await bot.h.send(privateMessage('/unfollow 1'));
    expect(bot.h.api.last('sendMessage')!.payload.text).toContain('Berhenti mengikuti 1 pertanyaan');
    ingestElsewhere(article('antara-lewotobi-3', 'Antara Uji', 'Tinggi kolom abu erupsi Gunung Lewotobi mencapai 2.000 meter pada Minggu pagi.\n\nBandara Frans Seda ditutup sementara.'));
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, USER_ID)).toHaveLength(1);
    await bot.close();
  });

  it('at most the hourly limit of alerts per chat; the rest wait; a group follow needs a group admin', async () => {
    const bot = await startBot(1);
    const other = { from: { id: SECOND_USER_ID, language_code: 'en' } };
    await bot.h.send(privateMessage('/follow Berapa tinggi kolom abu erupsi Gunung Semeru?', other));
    await bot.h.send(privateMessage('/follow Berapa warga yang mengungsi akibat erupsi Semeru?', other));
    ingestElsewhere(
      article('semeru-1', 'Kompas Uji', 'Gunung Semeru erupsi dengan tinggi kolom abu 2.000 meter di atas puncak pada Senin pagi.\n\nSebanyak 1.300 warga mengungsi akibat erupsi Semeru ke balai desa.'),
    );
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, SECOND_USER_ID)).toHaveLength(1);
    await bot.newsroom.tick();
    expect(alertsTo(bot.h, SECOND_USER_ID)).toHaveLength(1);
    // An hour later the held-back alert goes out, once.
    clock += 61 * 60_000;
    await bot.newsroom.tick();
    await bot.newsroom.tick();
    const alerts = alertsTo(bot.h, SECOND_USER_ID).map((c) => String(c.payload.text));
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('A new article answers the question you follow');
    expect(alerts.some((t) => t.includes('2.000 meter'))).toBe(true);
    expect(alerts.some((t) => t.includes('1.300 warga'))).toBe(true);

    // In a group, a plain member may not follow.
    await bot.h.send(groupCommand('/follow@example_news_bot Berapa korban banjir?', { from: { id: SECOND_USER_ID } }));
    expect(bot.h.api.last('sendMessage')!.payload.text).toMatch(/admin grup|group's admins/);
    // A group admin may; the follow belongs to the group.
    bot.h.api.fail('getChatMember', { ok: true, result: { status: 'administrator', user: { id: SECOND_USER_ID, is_bot: false, first_name: 'Second' } } });
    await bot.h.send(groupCommand('/follow@example_news_bot Berapa korban banjir?', { from: { id: SECOND_USER_ID } }));
    const reply = bot.h.api.last('sendMessage')!.payload;
    expect(reply.text).toContain('Berapa korban banjir?');
    expect(bot.h.engine.db.$client.prepare('SELECT chat_id AS chatId FROM follows WHERE question = ?').get('Berapa korban banjir?')).toEqual({ chatId: reply.chat_id });
    await bot.close();
  });

  it('articles from a polled feed are followed up; a failing feed is logged and does not stop the loop', async () => {
    const server = await startWebServer();
    const text = 'Gunung Ibu di Halmahera Barat erupsi dengan tinggi kolom abu 4.000 meter pada Rabu malam.\n\nPetugas pos pengamatan meminta warga tidak beraktivitas dalam radius tujuh kilometer dari kawah, karena lontaran batu pijar dan hujan abu masih mungkin terjadi hingga beberapa hari ke depan, kata kepala pos.\n\nBadan Geologi mencatat peningkatan gempa vulkanik sejak awal pekan dan mempertahankan status Siaga, sementara pemerintah kabupaten menyiapkan tenda pengungsian di dua desa terdekat.';
    server.route('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss('Kanal Gunung', [{ title: 'Gunung Ibu erupsi', url: `${server.url}/ibu`, published: '2025-05-07', text }]) });
    server.route('/broken.xml', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss><channel><title>x</title><item><title>a</ite' });
    const engine = createEngine(openCorpus(':memory:').db);
    const h = await createHarness({ engine });
    const newsroom = createNewsroom(
      {
        db: engine.db,
        engine,
        api: h.bot.api,
        logger: h.logs.logger,
        feeds: [`${server.url}/broken.xml`, `${server.url}/feed.xml`],
        feedPollMinutes: 15,
        followAlertsPerHour: 3,
        questionLogDays: 30,
        sendGapMs: 0,
      },
      { start: false },
    );
    try {
      await h.send(privateMessage('/follow Berapa tinggi kolom abu erupsi Gunung Ibu?'));
      await newsroom.tick();
      const alerts = alertsTo(h, USER_ID);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.payload.text).toContain('4.000 meter');
      expect(alerts[0]!.payload.text).toContain('Kanal Gunung');
      expect(h.logs.records().some((r) => r.msg === 'feed poll failed; retried at the next poll' && String(r.error).includes('broken.xml: not a valid RSS or Atom feed'))).toBe(true);
      // The feeds are not due again yet: no second request.
      const requests = server.requests.length;
      await newsroom.tick();
      expect(server.requests.length).toBe(requests);
      await h.send(privateMessage('/sources'));
      expect(h.api.last('sendMessage')!.payload.text).toMatch(/<b>Kanal Gunung<\/b>: terakhir berhasil dibaca \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(1 item\)/);
    } finally {
      await newsroom.stop();
      await h.close();
      await server.close();
    }
  });
});
