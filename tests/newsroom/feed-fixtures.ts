/** RSS and Atom feeds built from real articles' text (IndoSum), for feed and follow-up tests. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FixtureArticle {
  id: string;
  outlet: string;
  published: string;
  text: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let cache: FixtureArticle[] | undefined;

/** IndoSum articles with at least three paragraphs, in file order. */
export function indosumArticles(): FixtureArticle[] {
  cache ??= zlib
    .gunzipSync(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/distractors/indosum-dev.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FixtureArticle)
    .filter((a) => a.text.length > 600 && a.text.split('\n\n').length >= 3);
  return cache;
}

export interface FeedItem {
  title: string;
  url: string;
  published: string;
  /** Full text as HTML paragraphs; omitted for link-only items. */
  text?: string;
  summary?: string;
}

export function itemFor(a: FixtureArticle, base: string): FeedItem {
  return { title: a.text.split(/[.!?]/)[0]!.slice(0, 80), url: `${base}/artikel/${a.id}`, published: a.published, text: a.text };
}

const html = (text: string) => text.split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');

export function rss(title: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(title)}</title><link>https://example.test/</link><description>Berita terbaru</description>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><guid>${esc(i.url)}</guid>
<pubDate>${new Date(`${i.published}T03:00:00Z`).toUTCString()}</pubDate>
<description>${esc(i.summary ?? i.title)}</description>
${i.text ? `<content:encoded><![CDATA[${html(i.text)}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atom(title: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:feed:${esc(title)}</id><updated>2025-05-01T00:00:00Z</updated>
${items
  .map(
    (i) => `<entry><title>${esc(i.title)}</title><id>${esc(i.url)}</id><link rel="alternate" href="${esc(i.url)}"/>
<published>${i.published}T03:00:00Z</published><updated>${i.published}T03:00:00Z</updated>
<summary>${esc(i.summary ?? i.title)}</summary>
${i.text ? `<content type="html">${esc(html(i.text))}</content>` : ''}</entry>`,
  )
  .join('\n')}
</feed>`;
}
