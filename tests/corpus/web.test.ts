import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { loadInputs } from '../../src/corpus/load-inputs.js';
import { articleFromHtml, normaliseDate, titleFromTitleTag } from '../../src/corpus/web/extract.js';
import { FetchError, USER_AGENT, fetchResource } from '../../src/corpus/web/fetch.js';
import { loadWebArticle, loadWebArticles } from '../../src/corpus/web/load-web.js';
import { createEngine } from '../../src/search/engine.js';
import { startWebServer, type WebServer } from '../helpers/web-server.js';
import { WEB_FIXTURES, measureAll, readManifest } from './web-extraction-measure.js';

const page = (file: string) => fs.readFileSync(path.join(WEB_FIXTURES, file), 'utf8');
const HTML = { 'content-type': 'text/html; charset=utf-8' };

describe('extraction from saved pages (tests/fixtures/web, built by scripts/build-web-fixtures.ts)', () => {
  it('gives every article sentence, no boilerplate sentence and the right metadata on all pages', () => {
    const { figures, results } = measureAll();
    console.log(`web extraction: ${JSON.stringify(figures)}`);
    expect(figures.articlePages).toBeGreaterThanOrEqual(20);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(figures.sentencesMatched).toBe(figures.sentencesExpected);
    expect(figures.extraSentences).toBe(0);
    expect(figures.boilerplateIndexed).toBe(0);
    expect(figures.metadataRight).toBe(figures.articlePages);
    expect(figures.refusalsRight).toBe(figures.refusalPages);
  });

  it('refuses a page without outlet or date, naming what is missing, unless given', () => {
    const entry = readManifest().find((e) => e.meta === 'none')!;
    expect(() => articleFromHtml(page(entry.file), entry.file)).toThrow(/does not say its outlet \(site name\) or publication date; give it with --outlet NAME and --published YYYY-MM-DD/);
    const article = articleFromHtml(page(entry.file), entry.file, { overrides: entry.overrides! });
    expect(article.outlet).toBe(entry.overrides!.outlet);
    expect(article.published).toBe(entry.overrides!.published);
  });

  it('names paywalls and non-article pages', () => {
    expect(() => articleFromHtml(page('paywall-1.html'), 'paywall-1.html')).toThrow(/paywall-1\.html:0: .*paywall/);
    expect(() => articleFromHtml(page('section-1.html'), 'section-1.html')).toThrow(/not an article page/);
  });

  it('reads dates and titles in their common forms', () => {
    expect(normaliseDate('2025-04-29T23:30:00-05:00')).toBe('2025-04-29');
    expect(normaliseDate('20250429')).toBe('2025-04-29');
    expect(normaliseDate('Tue, 29 Apr 2025 08:00:00 GMT')).toBe('2025-04-29');
    expect(normaliseDate('kemarin')).toBeNull();
    expect(titleFromTitleTag('Korut kirim pasukan | Kompas.com', 'Kompas.com')).toBe('Korut kirim pasukan');
    expect(titleFromTitleTag('Kompas.com - Korut kirim pasukan', 'Kompas.com')).toBe('Korut kirim pasukan');
  });

  it('ingest reads saved .html pages through loadInputs, with --outlet/--published overrides', () => {
    const entry = readManifest().find((e) => e.meta === 'none')!;
    const file = path.join(WEB_FIXTURES, entry.file);
    expect(loadInputs([file]).errors[0]?.message).toMatch(/publication date/);
    const { articles, errors } = loadInputs([file], entry.overrides);
    expect(errors).toEqual([]);
    expect(articles[0]!.outlet).toBe(entry.overrides!.outlet);
  });
});

describe('fetching pages on 127.0.0.1', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
    server.route('/news/a', { headers: HTML, body: page('01-portal-jsonld.html') });
    server.route('/old', { status: 301, headers: { location: '/news/a' } });
    for (let i = 0; i < 8; i++) server.route(`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` } });
    server.route('/pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    server.route('/slow', { headers: HTML, body: page('01-portal-jsonld.html'), delayMs: 3000 });
    server.route('/endless', { headers: HTML, endless: true });
    server.route('/section', { headers: HTML, body: page('section-2.html') });
  });
  afterAll(() => server.close());

  it('fetches an article page with an honest User-Agent and follows a redirect', async () => {
    const article = await loadWebArticle(`${server.url}/old`);
    expect(article.outlet).toBe('GELORA.CO');
    expect(article.published).toBe('2025-04-29');
    expect(server.requests.at(-1)!.headers['user-agent']).toBe(USER_AGENT);
  });

  it('fails with the URL and the reason: 404, content type, redirects, timeout, size', async () => {
    const reason = async (p: string, limits = {}) => {
      try {
        await fetchResource(`${server.url}${p}`, { kind: 'html', limits });
        return 'fetched';
      } catch (error) {
        expect(error).toBeInstanceOf(FetchError);
        expect((error as FetchError).message.startsWith(`${server.url}${p}: `)).toBe(true);
        return (error as FetchError).reason;
      }
    };
    expect(await reason('/missing')).toBe('HTTP 404 Not Found');
    expect(await reason('/pdf')).toMatch(/content type "application\/pdf" is not an HTML page/);
    expect(await reason('/loop0')).toBe('more than 5 redirects');
    expect(await reason('/slow', { timeoutMs: 300 })).toMatch(/no complete answer within 0.3 s/);
    expect(await reason('/endless', { maxBytes: 1024 * 1024 })).toMatch(/larger than 1048576 bytes/);
    expect(await reason('/endless', { timeoutMs: 400, maxBytes: 1e12 })).toMatch(/no complete answer/);
  });

  it('a batch with one bad URL reports it and an ingest of it writes nothing', async () => {
    const { db } = openCorpus(':memory:');
    const engine = createEngine(db);
    const before = engine.stats();
    const { articles, errors } = await loadWebArticles([`${server.url}/news/a`, `${server.url}/section`]);
    expect(articles).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([`${server.url}/section: not an article page (the page says it is a website or section front, or is mostly links)`]);
    // The CLI refuses the whole command on any error: nothing is written.
    expect(engine.stats()).toEqual(before);
  });
});
