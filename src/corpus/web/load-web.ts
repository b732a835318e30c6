/** Articles from URLs: fetch the page within limits, extract, validate. */
import { IngestError, type ArticleInput } from '../article-input.js';
import { articleFromHtml, type ExtractOverrides } from './extract.js';
import { FetchError, fetchResource, type FetchLimits } from './fetch.js';

export interface WebLoadOptions {
  overrides?: ExtractOverrides;
  /** Fill what the page does not say (a feed item's outlet and date). */
  defaults?: ExtractOverrides & { title?: string | null };
  limits?: Partial<FetchLimits>;
  fetch?: typeof fetch;
}

/** A page that could not be added: "<url>: <reason>" (no line number: a page has none). */
export class WebPageError extends IngestError {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super({ file: url, line: 0 }, reason);
    this.message = `${url}: ${reason}`;
    this.name = 'WebPageError';
  }
}

/** True for arguments that name a web page rather than a file. */
export function isWebUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Fetches and extracts one article; throws IngestError naming the URL and the reason. */
export async function loadWebArticle(url: string, options: WebLoadOptions = {}): Promise<ArticleInput> {
  let page;
  try {
    page = await fetchResource(url, { kind: 'html', ...(options.limits ? { limits: options.limits } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
  } catch (error) {
    if (error instanceof FetchError) throw new WebPageError(url, error.reason);
    throw error;
  }
  try {
    return articleFromHtml(page.body, url, {
    pageUrl: page.url,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.defaults ? { defaults: options.defaults } : {}),
    });
  } catch (error) {
    if (error instanceof IngestError && !(error instanceof WebPageError)) throw new WebPageError(url, error.message.slice(`${url}:0: `.length));
    throw error;
  }
}

/** Loads several URLs one after another; collects errors instead of stopping at the first. */
export async function loadWebArticles(urls: readonly string[], options: WebLoadOptions = {}): Promise<{ articles: ArticleInput[]; errors: IngestError[] }> {
  const articles: ArticleInput[] = [];
  const errors: IngestError[] = [];
  for (const url of urls) {
    try {
      articles.push(await loadWebArticle(url, options));
    } catch (error) {
      errors.push(error instanceof IngestError ? error : new WebPageError(url, (error as Error).message));
    }
  }
  return { articles, errors };
}
