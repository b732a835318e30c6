/**
 * RSS 2.0 and Atom feeds (parsed by @rowanmanning/feed-parser): one poll fetches the feed with
 * a conditional request (ETag / Last-Modified), takes the items not seen before (by URL and by
 * content hash), turns each into an article (the item's own full text when it carries one,
 * otherwise the linked page, extracted like `npm run ingest -- URL`), and ingests them. A
 * failure is recorded on the feed and retried at the next poll; it never throws.
 */
import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Db } from '../db/database.js';
import { IngestError, validateArticle, type ArticleInput } from '../corpus/article-input.js';
import { identifyArticle, ingestArticles } from '../corpus/ingest.js';
import { MIN_BODY_CHARS, MIN_BODY_PARAGRAPHS, normaliseDate, paragraphsOf } from '../corpus/web/extract.js';
import { FetchError, fetchResource, type FetchLimits } from '../corpus/web/fetch.js';
import { loadWebArticle } from '../corpus/web/load-web.js';
import { foldText } from '../text/normalize.js';

export interface PollOptions {
  fetch?: typeof fetch;
  limits?: Partial<FetchLimits>;
  log?: (message: string) => void;
  now?: () => Date;
}

export interface PollResult {
  url: string;
  /** 200, 304 (not modified), or 0 when the feed could not be read. */
  status: number;
  items: number;
  newItems: number;
  added: number;
  skipped: number;
  failed: number;
  error?: string;
}

interface FeedRow {
  id: number;
  etag: string | null;
  last_modified: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function feedRow(db: Db, url: string): FeedRow {
  const c = db.$client;
  c.prepare('INSERT INTO feeds (url) VALUES (?) ON CONFLICT(url) DO NOTHING').run(url);
  return c.prepare<[string], FeedRow>('SELECT id, etag, last_modified FROM feeds WHERE url = ?').get(url)!;
}

function recordFailure(db: Db, feedId: number, when: string, error: string): void {
  db.$client.prepare('UPDATE feeds SET last_polled_at = ?, last_error = ?, failures = failures + 1 WHERE id = ?').run(when, error, feedId);
}

/** The article an item carries in full (content:encoded, Atom content), or undefined for a teaser. */
function articleFromItemContent(html: string | null, fields: { outlet: string; published: string | null; title: string | null; url: string }): ArticleInput | undefined {
  if (!html) return undefined;
  const paragraphs = paragraphsOf(/<[a-z]/i.test(html) ? html : html.split(/\n\s*\n/).map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join(''));
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_BODY_CHARS || paragraphs.length < MIN_BODY_PARAGRAPHS || !fields.published) return undefined;
  let site: string | null = null;
  try {
    site = new URL(fields.url).hostname.replace(/^www\./, '');
  } catch {
    site = null;
  }
  return validateArticle({ outlet: fields.outlet, site, title: fields.title, published: fields.published, url: fields.url, text }, { file: fields.url, line: 0 });
}

/** Polls one feed once and ingests its new items. Never throws. */
export async function pollFeed(db: Db, url: string, options: PollOptions = {}): Promise<PollResult> {
  const log = options.log ?? (() => undefined);
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const result: PollResult = { url, status: 0, items: 0, newItems: 0, added: 0, skipped: 0, failed: 0 };
  const row = feedRow(db, url);
  const fetchOptions = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.limits ? { limits: options.limits } : {}) };
  let fetched;
  try {
    fetched = await fetchResource(url, { kind: 'feed', etag: row.etag, lastModified: row.last_modified, ...fetchOptions });
  } catch (error) {
    const reason = error instanceof FetchError ? error.message : `${url}: ${(error as Error).message}`;
    recordFailure(db, row.id, now(), reason);
    return { ...result, error: reason };
  }
  result.status = fetched.status;
  if (fetched.status === 304) {
    db.$client.prepare('UPDATE feeds SET last_polled_at = ?, last_success_at = ?, last_error = NULL, failures = 0 WHERE id = ?').run(now(), now(), row.id);
    return result;
  }
  let feed;
  try {
    feed = parseFeed(fetched.body);
  } catch (error) {
    const reason = `${url}: not a valid RSS or Atom feed (${(error as Error).message})`;
    recordFailure(db, row.id, now(), reason);
    return { ...result, error: reason };
  }
  const outlet = feed.title?.trim() || new URL(fetched.url).hostname.replace(/^www\./, '');
  const c = db.$client;
  const seenUrl = c.prepare<[number, string], { id: number }>('SELECT id FROM feed_items WHERE feed_id = ? AND url = ?');
  const seenHash = c.prepare<[string], { id: number }>('SELECT id FROM feed_items WHERE content_hash = ? LIMIT 1');
  const fresh: { url: string; hash: string; input: ArticleInput }[] = [];
  const batchUrls = new Set<string>();
  const batchHashes = new Set<string>();
  result.items = feed.items.length;
  for (const item of feed.items) {
    const itemUrl = item.url ?? item.id;
    if (!itemUrl) {
      result.skipped++;
      continue;
    }
    const hash = sha256(foldText(`${item.title ?? ''}\n${item.content ?? item.description ?? ''}`).replace(/\s+/g, ' ').trim());
    if (batchUrls.has(itemUrl) || batchHashes.has(hash) || seenUrl.get(row.id, itemUrl) || seenHash.get(hash)) {
      result.skipped++;
      continue;
    }
    batchUrls.add(itemUrl);
    batchHashes.add(hash);
    result.newItems++;
    const published = normaliseDate((item.published ?? item.updated)?.toISOString() ?? null);
    const fields = { outlet, published, title: item.title?.trim() || null, url: itemUrl };
    try {
      const input =
        articleFromItemContent(item.content, fields) ??
        (await loadWebArticle(itemUrl, { ...fetchOptions, defaults: { outlet, ...(published ? { published } : {}), title: fields.title } }));
      fresh.push({ url: itemUrl, hash, input });
    } catch (error) {
      result.failed++;
      log(error instanceof IngestError || error instanceof FetchError ? error.message : `${itemUrl}: ${(error as Error).message}`);
    }
  }
  const report = fresh.length > 0 ? ingestArticles(db, fresh.map((f) => f.input)) : undefined;
  result.added = report?.added ?? 0;
  const insertItem = c.prepare('INSERT OR IGNORE INTO feed_items (feed_id, url, content_hash, article_slug) VALUES (?, ?, ?, ?)');
  c.transaction(() => {
    for (const f of fresh) insertItem.run(row.id, f.url, f.hash, identifyArticle(f.input).slug);
    // When an item failed, keep the old validators so the next poll fetches the feed again
    // (a 304 would hide the item until the feed changes).
    const keepValidators = result.failed > 0;
    c.prepare(
      `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_polled_at = ?, last_success_at = ?, last_error = ?, failures = 0 WHERE id = ?`,
    ).run(
      outlet,
      keepValidators ? row.etag : fetched.etag,
      keepValidators ? row.last_modified : fetched.lastModified,
      now(),
      now(),
      result.failed > 0 ? `${result.failed} item(s) could not be read; retried at the next poll` : null,
      row.id,
    );
  })();
  return result;
}

export interface FeedStatus {
  url: string;
  title: string | null;
  lastSuccessAt: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  items: number;
}

/** Each known feed with its last successful poll and how many items it gave. */
export function feedStatuses(db: Db): FeedStatus[] {
  return db.$client
    .prepare<[], FeedStatus>(
      `SELECT f.url, f.title, f.last_success_at AS lastSuccessAt, f.last_polled_at AS lastPolledAt, f.last_error AS lastError,
              (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items
       FROM feeds f ORDER BY f.id`,
    )
    .all();
}
