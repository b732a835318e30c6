/** `npm run ingest` with URLs, saved pages and feeds, run as a child process against 127.0.0.1. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { INGEST_CLI, runTsx, type ChildResult } from '../helpers/cli.js';
import { startWebServer, type WebServer } from '../helpers/web-server.js';
import { WEB_FIXTURES, readManifest } from '../corpus/web-extraction-measure.js';
import { indosumArticles, itemFor, rss } from './feed-fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
const dbFile = path.join(tmp, 'news.db');
let server: WebServer;

function ingest(...args: string[]): Promise<ChildResult> {
  return runTsx(INGEST_CLI, args, { env: { HOME: tmp, DATABASE_PATH: dbFile } });
}

function articleCount(): number {
  const db = openDatabase(dbFile);
  const n = (db.$client.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  db.$client.close();
  return n;
}

const none = readManifest().find((e) => e.meta === 'none')!;

beforeAll(async () => {
  server = await startWebServer();
  server.route('/no-meta', { headers: { 'content-type': 'text/html' }, body: fs.readFileSync(path.join(WEB_FIXTURES, none.file), 'utf8') });
  server.route('/good', { headers: { 'content-type': 'text/html' }, body: fs.readFileSync(path.join(WEB_FIXTURES, '07-blog-opengraph.html'), 'utf8') });
  const items = indosumArticles().slice(700, 705).map((a) => itemFor(a, server.url));
  server.route('/feed.xml', (req) =>
    req.headers['if-modified-since'] === 'Thu, 01 May 2025 00:00:00 GMT'
      ? { status: 304 }
      : { headers: { 'content-type': 'application/rss+xml', 'last-modified': 'Thu, 01 May 2025 00:00:00 GMT' }, body: rss('Kanal CLI', items) },
  );
});
afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run ingest with web pages and feeds', () => {
  it('refuses a page without outlet and date, naming URL and reason, and writes nothing; accepts it with --outlet/--published', async () => {
    const first = await ingest(`${server.url}/good`);
    expect(first.code).toBe(0);
    const before = articleCount();
    const refused = await ingest(`${server.url}/good`, `${server.url}/no-meta`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error: ${server.url}/no-meta: the page does not say its outlet (site name) or publication date; give it with --outlet NAME and --published YYYY-MM-DD`);
    expect(refused.stderr).toContain('nothing was written');
    expect(articleCount()).toBe(before);
    const accepted = await ingest('--outlet', none.overrides!.outlet, '--published', none.overrides!.published, `${server.url}/no-meta`, path.join(WEB_FIXTURES, '11-blog-jsonld-graph.html'));
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('2 added');
    expect(articleCount()).toBe(before + 2);
  }, 60_000);

  it('--feed adds the new items once; the next run is a conditional request answered 304', async () => {
    const before = articleCount();
    const first = await ingest('--feed', `${server.url}/feed.xml`);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`feed ${server.url}/feed.xml: 5 item(s), 5 new; 5 article(s) added`);
    expect(articleCount()).toBe(before + 5);
    const second = await ingest('--feed', `${server.url}/feed.xml`);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('not modified');
    expect(articleCount()).toBe(before + 5);
    const missing = await ingest('--feed', `${server.url}/missing.xml`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`error: ${server.url}/missing.xml: HTTP 404 Not Found`);
  }, 60_000);
});
