import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import type { Db } from '../../src/db/database.js';
import { feedStatuses, pollFeed } from '../../src/newsroom/feeds.js';
import { startWebServer, type WebServer } from '../helpers/web-server.js';
import { WEB_FIXTURES } from '../corpus/web-extraction-measure.js';
import { atom, indosumArticles, itemFor, rss } from './feed-fixtures.js';

const RSS_TYPE = { 'content-type': 'application/rss+xml; charset=utf-8' };
const ATOM_TYPE = { 'content-type': 'application/atom+xml' };

const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(() => server.close());

/** Serves `body` with an ETag; answers 304 when the client sends it back. */
function conditional(body: string, headers: Record<string, string>, etag: string) {
  return (req: { headers: Record<string, string | string[] | undefined> }) =>
    req.headers['if-none-match'] === etag ? { status: 304, headers: { etag } } : { headers: { ...headers, etag, 'last-modified': 'Thu, 01 May 2025 00:00:00 GMT' }, body };
}

describe('feeds', () => {
  it('an RSS feed of 500 items ingests once; a second poll gets 304 Not Modified and writes nothing', async () => {
    const articles = indosumArticles().slice(0, 500);
    expect(articles).toHaveLength(500);
    server.route('/big.xml', conditional(rss('Kanal Besar', articles.map((a) => itemFor(a, server.url))), RSS_TYPE, '"v1"'));
    const { db } = openCorpus(':memory:');
    const before = count(db, 'articles');
    const first = await pollFeed(db, `${server.url}/big.xml`);
    expect(first).toMatchObject({ status: 200, items: 500, newItems: 500, failed: 0 });
    // Some IndoSum articles are the same story twice: those are duplicates, not new articles.
    expect(first.added).toBeGreaterThan(480);
    expect(count(db, 'articles')).toBe(before + first.added);
    expect(count(db, 'feed_items')).toBe(500);
    const changes = db.$client.prepare('SELECT total_changes() AS n').get() as { n: number };
    const second = await pollFeed(db, `${server.url}/big.xml`);
    expect(second).toMatchObject({ status: 304, added: 0, newItems: 0 });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(count(db, 'articles')).toBe(before + first.added);
    expect(count(db, 'feed_items')).toBe(500);
    // Only the feed's own row (last poll time) changed.
    expect((db.$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n - changes.n).toBe(1);
    expect(feedStatuses(db)[0]).toMatchObject({ title: 'Kanal Besar', items: 500, lastError: null });
  }, 60_000);

  it('an Atom feed with link-only entries fetches each page; a changed feed adds only its new entry', async () => {
    const page = (f: string) => fs.readFileSync(path.join(WEB_FIXTURES, f), 'utf8');
    server.route('/p/1', { headers: { 'content-type': 'text/html' }, body: page('05-portal-opengraph.html') });
    server.route('/p/2', { headers: { 'content-type': 'text/html' }, body: page('10-magazine-jsonld-graph.html') });
    server.route('/p/3', { headers: { 'content-type': 'text/html' }, body: page('23-blog-none.html') });
    const entries = [
      { title: 'Satu', url: `${server.url}/p/1`, published: '2025-05-01' },
      { title: 'Dua', url: `${server.url}/p/2`, published: '2025-05-02' },
    ];
    server.route('/atom.xml', { headers: ATOM_TYPE, body: atom('Kanal Atom', entries) });
    const { db } = openCorpus(':memory:');
    const first = await pollFeed(db, `${server.url}/atom.xml`);
    expect(first).toMatchObject({ status: 200, items: 2, newItems: 2, added: 2, failed: 0 });
    // A page without outlet or date takes them from the feed.
    server.route('/atom.xml', { headers: ATOM_TYPE, body: atom('Kanal Atom', [{ title: 'Tiga', url: `${server.url}/p/3`, published: '2025-05-03' }, ...entries]) });
    const second = await pollFeed(db, `${server.url}/atom.xml`);
    expect(second).toMatchObject({ items: 3, newItems: 1, added: 1, skipped: 2 });
    const row = db.$client.prepare("SELECT a.published, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.url LIKE '%/p/3'").get();
    expect(row).toEqual({ published: '2025-05-03', name: 'Kanal Atom' });
  });

  it('the same item under another URL (a tracking parameter) is recognised by its content hash', async () => {
    const a = indosumArticles()[650]!;
    const item = itemFor(a, server.url);
    server.route('/dup.xml', { headers: RSS_TYPE, body: rss('Kanal Ganda', [item]) });
    const { db } = openCorpus(':memory:');
    expect(await pollFeed(db, `${server.url}/dup.xml`)).toMatchObject({ newItems: 1, added: 1 });
    server.route('/dup.xml', { headers: RSS_TYPE, body: rss('Kanal Ganda', [{ ...item, url: `${item.url}?utm_source=rss` }]) });
    expect(await pollFeed(db, `${server.url}/dup.xml`)).toMatchObject({ status: 200, newItems: 0, skipped: 1, added: 0 });
    expect(count(db, 'feed_items')).toBe(1);
  });

  it('an item whose page fails is logged, not recorded, and retried at the next poll', async () => {
    const articles = indosumArticles().slice(600, 602);
    const items = [itemFor(articles[0]!, server.url), { title: 'Hilang', url: `${server.url}/gone`, published: '2025-05-04' }];
    server.route('/partial.xml', conditional(rss('Kanal Sebagian', items), RSS_TYPE, '"p1"'));
    const { db } = openCorpus(':memory:');
    const logged: string[] = [];
    const first = await pollFeed(db, `${server.url}/partial.xml`, { log: (m) => logged.push(m) });
    expect(first).toMatchObject({ added: 1, failed: 1 });
    expect(logged).toEqual([`${server.url}/gone: HTTP 404 Not Found`]);
    server.route('/gone', { headers: { 'content-type': 'text/html' }, body: fs.readFileSync(path.join(WEB_FIXTURES, '06-magazine-opengraph.html'), 'utf8') });
    const second = await pollFeed(db, `${server.url}/partial.xml`);
    // The feed's validators were not kept, so the feed is read again (no 304) and the item retried.
    expect(second).toMatchObject({ status: 200, added: 1, failed: 0, skipped: 1 });
  });

  it('malformed XML, 404, a slow host and an endless body are recorded as errors, never thrown', async () => {
    server.route('/broken.xml', { headers: RSS_TYPE, body: '<rss><channel><title>x</title><item><title>a</ite' });
    server.route('/slow.xml', { headers: RSS_TYPE, body: rss('Lambat', []), delayMs: 2000 });
    server.route('/endless.xml', { headers: RSS_TYPE, endless: true });
    server.route('/html', { headers: { 'content-type': 'text/html' }, body: '<html></html>' });
    const { db } = openCorpus(':memory:');
    const limits = { timeoutMs: 500, maxBytes: 256 * 1024 };
    const errors = await Promise.all(
      ['/broken.xml', '/missing.xml', '/slow.xml', '/endless.xml', '/html'].map(async (p) => (await pollFeed(db, `${server.url}${p}`, { limits })).error),
    );
    expect(errors[0]).toMatch(/broken\.xml: not a valid RSS or Atom feed/);
    expect(errors[1]).toBe(`${server.url}/missing.xml: HTTP 404 Not Found`);
    expect(errors[2]).toMatch(/slow\.xml: no complete answer within 0.5 s/);
    expect(errors[3]).toMatch(/endless\.xml: larger than 262144 bytes/);
    expect(errors[4]).toMatch(/content type "text\/html" is not an RSS or Atom feed/);
    const statuses = feedStatuses(db);
    expect(statuses.every((s) => s.lastError !== null && s.lastSuccessAt === null)).toBe(true);
    expect(count(db, 'feed_items')).toBe(0);
  });

  it('makes at most one request at a time to a host', async () => {
    for (let i = 0; i < 4; i++) server.route(`/one/${i}.xml`, { headers: RSS_TYPE, body: rss(`K${i}`, []), delayMs: 100 });
    const { db } = openCorpus(':memory:');
    const start = server.requests.length;
    await Promise.all([0, 1, 2, 3].map((i) => pollFeed(db, `${server.url}/one/${i}.xml`)));
    const mine = server.requests.slice(start);
    expect(mine).toHaveLength(4);
    expect(mine.every((r) => r.concurrent === 0)).toBe(true);
  });
});
