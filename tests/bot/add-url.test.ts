import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, useHarness } from '../helpers/bot-harness.js';
import { SECOND_USER_ID, USER_ID, privateMessage } from '../helpers/updates.js';
import { startWebServer, type WebServer } from '../helpers/web-server.js';
import { WEB_FIXTURES } from '../corpus/web-extraction-measure.js';

let h: Harness;
let server: WebServer;
useHarness((value) => (h = value), { adminIds: [USER_ID] });
beforeAll(async () => {
  server = await startWebServer();
  server.route('/berita/1', { headers: { 'content-type': 'text/html' }, body: fs.readFileSync(path.join(WEB_FIXTURES, '17-portal-jsonld.html'), 'utf8') });
  server.route('/paywall', { headers: { 'content-type': 'text/html' }, body: fs.readFileSync(path.join(WEB_FIXTURES, 'paywall-2.html'), 'utf8') });
});
afterAll(() => server.close());

describe('/add <url>', () => {
  it('an admin adds an article from a web page; it is searchable at once', async () => {
    const before = h.engine.stats().articles;
    await h.send(privateMessage(`/add ${server.url}/berita/1`));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('(ditambahkan)');
    expect(h.engine.stats().articles).toBe(before + 1);
    await h.send(privateMessage(`/add ${server.url}/berita/1`));
    expect(h.api.last('sendMessage')!.payload.text).toContain('sudah ada, tidak berubah');
  });

  it('a failure names the URL and the reason and writes nothing', async () => {
    const before = h.engine.stats();
    await h.send(privateMessage(`/add ${server.url}/paywall`));
    expect(h.api.last('sendMessage')!.payload.text).toContain(`Tidak ada yang ditambahkan: ${server.url}/paywall: the article is behind a paywall`);
    await h.send(privateMessage(`/add ${server.url}/nothing-here`));
    expect(h.api.last('sendMessage')!.payload.text).toContain(`${server.url}/nothing-here: HTTP 404 Not Found`);
    expect(h.engine.stats()).toEqual(before);
  });

  it('refuses non-admins without fetching', async () => {
    const requests = server.requests.length;
    await h.send(privateMessage(`/add ${server.url}/berita/1`, { from: { id: SECOND_USER_ID, language_code: 'en' } }));
    expect(h.api.last('sendMessage')!.payload.text).toBe("Sorry, only the bot's editors can add articles.");
    expect(server.requests.length).toBe(requests);
  });
});
