/**
 * Fetching pages and feeds from the web, politely and within limits: an overall timeout, a size
 * limit enforced while reading (an endless body stops there), a redirect limit, a content-type
 * check, an honest User-Agent, and at most one request at a time per host. A failure is a
 * `FetchError` naming the URL and the reason; nothing is returned half-read.
 */

/** How the bot identifies itself to web servers. */
export const USER_AGENT = 'news-cite-bot/0.1 (+https://github.com/; citation bot for reported news; fetches only pages an editor added)';

export interface FetchLimits {
  /** Whole request, body included (ms). */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export type ResourceKind = 'html' | 'feed';

const ACCEPT: Record<ResourceKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
};

const CONTENT_TYPES: Record<ResourceKind, RegExp> = {
  html: /^(?:text\/html|application\/xhtml\+xml)$/i,
  feed: /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/x-rss\+xml)$/i,
};

/** A fetch that failed; `message` is "<url>: <reason>". */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  kind: ResourceKind;
  limits?: Partial<FetchLimits>;
  /** Conditional request validators from the last successful fetch. */
  etag?: string | null;
  lastModified?: string | null;
  fetch?: typeof fetch;
}

export interface FetchedResource {
  /** 200, or 304 when the conditional request found nothing new (then `body` is empty). */
  status: number;
  /** The URL after redirects. */
  url: string;
  contentType: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

/** Parses and checks a URL: only http and https. */
export function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(raw, 'only http and https URLs can be fetched');
  return url;
}

// One request at a time per host: each host's requests wait for the previous one.
const hostQueues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for the same host has finished. */
export async function withHostSlot<T>(host: string, task: () => Promise<T>): Promise<T> {
  const previous = hostQueues.get(host) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  hostQueues.set(host, settled);
  try {
    return await run;
  } finally {
    if (hostQueues.get(host) === settled) hostQueues.delete(host);
  }
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? 'utf-8';
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new FetchError(url, `larger than ${maxBytes} bytes (Content-Length ${declared})`);
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array };
    if (done || !value) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError(url, `larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `connection failed (${cause.code})`;
  return `connection failed (${error instanceof Error ? error.message : String(error)})`;
}

/** Fetches one page or feed within the limits; throws FetchError naming the URL and reason. */
export async function fetchResource(rawUrl: string, options: FetchOptions): Promise<FetchedResource> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const doFetch = options.fetch ?? globalThis.fetch;
  let url = parseWebUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const current = url;
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT[options.kind] };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const result = await withHostSlot(current.host, async (): Promise<{ redirect: URL } | { resource: FetchedResource }> => {
      // The clock starts when this host's slot is ours: waiting behind other requests is not slowness.
      const signal = AbortSignal.timeout(limits.timeoutMs);
      let response: Response;
      try {
        response = await doFetch(current, { headers, redirect: 'manual', signal });
      } catch (error) {
        throw new FetchError(rawUrl, describe(error, limits.timeoutMs));
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new FetchError(rawUrl, `redirect (${response.status}) without a Location`);
        return { redirect: new URL(location, current) };
      }
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { resource: { status: 304, url: current.href, contentType: '', body: '', etag: etag ?? options.etag ?? null, lastModified: lastModified ?? options.lastModified ?? null } };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(rawUrl, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mime = contentType.split(';')[0]!.trim();
      if (!CONTENT_TYPES[options.kind].test(mime)) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchError(rawUrl, `content type "${mime || 'none'}" is not ${options.kind === 'html' ? 'an HTML page' : 'an RSS or Atom feed'}`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readLimited(response, rawUrl, limits.maxBytes);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        throw new FetchError(rawUrl, describe(error, limits.timeoutMs));
      }
      return { resource: { status: 200, url: current.href, contentType: mime, body: decode(bytes, charsetOf(contentType)), etag, lastModified } };
    });
    if ('resource' in result) return result.resource;
    if (redirects + 1 > limits.maxRedirects) throw new FetchError(rawUrl, `more than ${limits.maxRedirects} redirects`);
    if (result.redirect.protocol !== 'http:' && result.redirect.protocol !== 'https:') throw new FetchError(rawUrl, 'redirected to a non-http URL');
    url = result.redirect;
  }
}
