/**
 * An article from a web page: metadata from the page's JSON-LD (`NewsArticle` and kin), then
 * OpenGraph, then plain meta tags; the body from Mozilla's Readability over a server-side DOM
 * (linkedom), as paragraphs separated by blank lines. Our own boilerplate rules (clean.ts) run
 * later, at ingest, like for every other input. A page whose outlet or date cannot be found is
 * refused with that reason, unless the caller supplies them.
 */
import { Readability as ReadabilityClass } from '@mozilla/readability';
import { parseHTML as linkedomParseHTML } from 'linkedom';
import { IngestError, validateArticle, type ArticleInput } from '../article-input.js';

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  site: string | null;
  published: string | null;
  canonicalUrl: string | null;
  language: 'id' | 'en' | null;
  byline: string | null;
  /** JSON-LD said the article is a news article / article (or OpenGraph type `article`). */
  declaredArticle: boolean;
  /** OpenGraph says the page is something else than an article (`website`, `video`, ...). */
  declaredNonArticle: boolean;
  /** JSON-LD `isAccessibleForFree: false` (a paywall). */
  paywalled: boolean;
}

export interface ExtractOverrides {
  outlet?: string | undefined;
  published?: string | undefined;
  language?: 'id' | 'en' | undefined;
}

/** Fewest characters of body text for a page to count as an article. */
export const MIN_BODY_CHARS = 400;
/** Fewest paragraphs of body text for a page to count as an article. */
export const MIN_BODY_PARAGRAPHS = 2;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report)$/;

type Json = Record<string, unknown>;

// The few DOM members we use, typed here: the project compiles without the DOM library, so
// linkedom's and Readability's own types (written against it) do not resolve.
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface HtmlDocument extends DomElement {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
}
const parseHTML = linkedomParseHTML as unknown as (html: string) => { document: HtmlDocument };
const Readability = ReadabilityClass as unknown as new (
  document: HtmlDocument,
  options?: { charThreshold?: number },
) => { parse(): { title?: string | null; content?: string | null } | null };

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') return text((v as Json).name ?? (v as Json)['@id'] ?? (v as Json).url);
  return null;
};

/** All JSON-LD objects of the page, flattened (arrays and @graph). */
function jsonLdObjects(document: HtmlDocument): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Json);
      if ('@graph' in node) visit((node as Json)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is ignored; other sources may still give the metadata.
    }
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A date in any common web form as YYYY-MM-DD (the date as written, not shifted to UTC). */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function meta(document: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function languageOf(value: string | null): 'id' | 'en' | null {
  const primary = value?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return null;
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** The headline from a `<title>`: without the site name that templates append ("Headline | Outlet"). */
export function titleFromTitleTag(raw: string, outlet: string | null): string | null {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const parts = value.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return value;
  const last = parts[parts.length - 1]!.toLowerCase();
  const first = parts[0]!.toLowerCase();
  const site = outlet?.toLowerCase();
  if (site && first === site) return parts.slice(1).join(' | ');
  // A short last part is the site name even when the page does not name its outlet elsewhere.
  if ((site && last === site) || last.length <= 30) return parts.slice(0, -1).join(' - ');
  return value;
}

/** Reads title, outlet, date, canonical URL and language from JSON-LD, OpenGraph and meta tags. */
export function extractMetadata(document: HtmlDocument, pageUrl?: string): PageMetadata {
  const objects = jsonLdObjects(document);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const organisation = objects.find((o) => typesOf(o).some((t) => /^(?:NewsMediaOrganization|Organization)$/.test(t)));
  const website = objects.find((o) => typesOf(o).includes('WebSite'));
  const ogType = meta(document, 'og:type');
  const canonicalLink = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const mainEntity = article?.mainEntityOfPage;
  const ldUrl = text(article?.url) ?? (typeof mainEntity === 'string' ? mainEntity : text((mainEntity as Json | undefined)?.['@id']));
  const canonicalUrl = absolute(ldUrl ?? meta(document, 'og:url') ?? canonicalLink, pageUrl) ?? pageUrl ?? null;
  const outlet =
    text(article?.publisher) ?? meta(document, 'og:site_name', 'application-name', 'publisher', 'twitter:site:name') ?? text(organisation?.name) ?? text(website?.name);
  const title = text(article?.headline) ?? meta(document, 'og:title', 'twitter:title') ?? titleFromTitleTag(document.querySelector('title')?.textContent ?? '', outlet);
  const published = normaliseDate(
    text(article?.datePublished) ??
      meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date') ??
      document.querySelector('time[itemprop="datePublished"], article time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  let site: string | null = null;
  if (canonicalUrl) {
    try {
      site = new URL(canonicalUrl).hostname.replace(/^www\./, '');
    } catch {
      site = null;
    }
  }
  const byline = text(article?.author) ?? meta(document, 'author', 'article:author');
  const language = languageOf(text(article?.inLanguage) ?? document.documentElement?.getAttribute('lang') ?? meta(document, 'og:locale', 'language'));
  return {
    title,
    outlet,
    site,
    published,
    canonicalUrl,
    language,
    byline: byline && !/^https?:/.test(byline) ? byline : null,
    declaredArticle: article !== undefined || ogType === 'article',
    declaredNonArticle: article === undefined && ogType !== null && ogType !== 'article',
    paywalled: article?.isAccessibleForFree === false || article?.isAccessibleForFree === 'False' || article?.isAccessibleForFree === 'false',
  };
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt';

/** The paragraphs of Readability's article HTML, each on one line (whitespace collapsed). */
export function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // Only innermost blocks: a <blockquote> holding <p>s is read through its paragraphs.
    if (el.querySelector(BLOCKS)) continue;
    if (el.tagName === 'FIGCAPTION') continue;
    const value = (el.textContent ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
    if (value) out.push(value);
  }
  return out;
}

export interface ExtractedPage {
  metadata: PageMetadata;
  paragraphs: string[];
  /** Share of the body's text that is link text (index pages are mostly links). */
  linkDensity: number;
}

/** Above this share of link text, a body is a list of links, not an article. */
export const MAX_LINK_DENSITY = 0.4;

function linkDensityOf(contentHtml: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const all = (document.body?.textContent ?? '').replace(/\s+/g, '').length;
  let links = 0;
  for (const a of document.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return all === 0 ? 1 : links / all;
}

/** Parses a page: metadata and body paragraphs (no checks). */
export function extractPage(html: string, pageUrl?: string): ExtractedPage {
  const { document } = parseHTML(html);
  const metadata = extractMetadata(document, pageUrl);
  // Readability changes the DOM it reads, so it gets a DOM of its own.
  const reader = new Readability(parseHTML(html).document, { charThreshold: 200 });
  const parsed = reader.parse();
  let paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  // Readability keeps the headline as a heading when it repeats the title; the title is stored apart.
  const titleKey = metadata.title?.toLowerCase().replace(/\W+/g, '');
  if (titleKey) paragraphs = paragraphs.filter((p, i) => i > 1 || p.toLowerCase().replace(/\W+/g, '') !== titleKey);
  return { metadata: { ...metadata, title: metadata.title ?? parsed?.title ?? null }, paragraphs, linkDensity: parsed?.content ? linkDensityOf(parsed.content) : 1 };
}

/**
 * Builds a validated article from a page; throws IngestError (naming `source`, the URL or the
 * file) when the page is not an article, is behind a paywall, or has no outlet or date.
 */
export function articleFromHtml(
  html: string,
  source: string,
  options: { pageUrl?: string; overrides?: ExtractOverrides; defaults?: ExtractOverrides & { title?: string | null | undefined } } = {},
): ArticleInput {
  const location = { file: source, line: 0 };
  const { metadata, paragraphs, linkDensity } = extractPage(html, options.pageUrl);
  const body = paragraphs.join('\n\n');
  if (metadata.declaredNonArticle || (!metadata.declaredArticle && linkDensity > MAX_LINK_DENSITY)) {
    throw new IngestError(location, 'not an article page (the page says it is a website or section front, or is mostly links)');
  }
  if (metadata.paywalled && body.length < MIN_BODY_CHARS * 2) throw new IngestError(location, 'the article is behind a paywall (isAccessibleForFree: false); only a teaser is on the page');
  if (body.length < MIN_BODY_CHARS || paragraphs.length < MIN_BODY_PARAGRAPHS) {
    throw new IngestError(
      location,
      metadata.declaredArticle
        ? `the page holds no article body (${body.length} characters found; a paywall or a page that loads its text by script)`
        : 'not an article page (no article body, and no NewsArticle or og:type article)',
    );
  }
  // Overrides (the command line) win over the page; defaults (a feed's item) only fill gaps.
  const outlet = options.overrides?.outlet ?? metadata.outlet ?? options.defaults?.outlet;
  const published = options.overrides?.published ?? metadata.published ?? options.defaults?.published;
  const missing = [!outlet && 'outlet (site name)', !published && 'publication date'].filter(Boolean);
  if (missing.length > 0) {
    throw new IngestError(location, `the page does not say its ${missing.join(' or ')}; give it with ${[!outlet && '--outlet NAME', !published && '--published YYYY-MM-DD'].filter(Boolean).join(' and ')}`);
  }
  return validateArticle(
    {
      outlet,
      site: metadata.site,
      title: metadata.title ?? options.defaults?.title ?? null,
      byline: metadata.byline,
      published,
      url: metadata.canonicalUrl,
      language: options.overrides?.language ?? metadata.language ?? options.defaults?.language ?? 'id',
      text: body,
    },
    location,
  );
}
