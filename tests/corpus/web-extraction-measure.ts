/**
 * Measures extraction on the saved pages of tests/fixtures/web: for each article page, the
 * sentences indexed from the page against the sentences indexed from the article's original
 * text (same cleaning and segmentation), boilerplate sentences indexed, and metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IngestError, type ArticleInput } from '../../src/corpus/article-input.js';
import { analyzeArticle } from '../../src/corpus/ingest.js';
import { articleFromHtml } from '../../src/corpus/web/extract.js';

export const WEB_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/web');

export interface ManifestEntry {
  file: string;
  layout: string;
  meta: string;
  article?: string;
  expect?: { outlet: string; published: string; title: string; url: string };
  refused?: string;
  overrides?: { outlet: string; published: string };
  boilerplate: string[];
}

export function readManifest(): ManifestEntry[] {
  return JSON.parse(fs.readFileSync(path.join(WEB_FIXTURES, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

interface SourceArticle {
  id: string;
  outlet: string;
  title: string | null;
  text: string;
}

function sourceArticles(): Map<string, SourceArticle> {
  const lines = fs.readFileSync(path.join(WEB_FIXTURES, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((l) => JSON.parse(l) as SourceArticle).map((a) => [a.id, a]));
}

/**
 * The indexed sentences (title passages aside) of an article's text, whitespace collapsed: a
 * browser shows "a  b" as "a b", and the page's text is what the outlet published on the web.
 */
export function indexedSentences(a: Pick<ArticleInput, 'text' | 'outlet' | 'site' | 'title'>): string[] {
  return analyzeArticle(a)
    .filter((p) => p.role !== 'title')
    .flatMap((p) => p.sentences.map((s) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ')));
}

export interface PageResult {
  file: string;
  ok: boolean;
  refusedAsExpected?: boolean;
  reason?: string;
  expectedSentences: number;
  matchedSentences: number;
  extraSentences: string[];
  missingSentences: string[];
  boilerplateIndexed: string[];
  metadataRight: boolean;
  metadataWrong: string[];
}

export function measurePage(entry: ManifestEntry, articles = sourceArticles()): PageResult {
  const html = fs.readFileSync(path.join(WEB_FIXTURES, entry.file), 'utf8');
  const empty = { expectedSentences: 0, matchedSentences: 0, extraSentences: [], missingSentences: [], boilerplateIndexed: [], metadataWrong: [] };
  let input: ArticleInput;
  try {
    input = articleFromHtml(html, entry.file, entry.overrides ? { overrides: entry.overrides } : {});
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    const expected = entry.refused !== undefined && !entry.overrides && error.message.includes(entry.refused);
    return { file: entry.file, ok: expected, refusedAsExpected: expected, reason: error.message, ...empty, metadataRight: expected };
  }
  if (!entry.article) return { file: entry.file, ok: false, refusedAsExpected: false, reason: 'accepted a page that must be refused', ...empty, metadataRight: false };
  const source = articles.get(entry.article)!;
  const expected = indexedSentences({ text: source.text, outlet: source.outlet, site: input.site, title: source.title });
  const got = indexedSentences(input);
  const expectedSet = new Set(expected);
  const gotSet = new Set(got);
  const boilerplateIndexed = entry.boilerplate.filter((b) => got.some((s) => s.includes(b.slice(0, 60)) || b.includes(s)));
  const metadataWrong: string[] = [];
  const want = entry.expect ?? { outlet: entry.overrides!.outlet, published: entry.overrides!.published };
  if (input.outlet !== want.outlet) metadataWrong.push(`outlet ${input.outlet}`);
  if (input.published !== want.published) metadataWrong.push(`published ${input.published}`);
  if (entry.expect && input.title !== entry.expect.title) metadataWrong.push(`title ${input.title}`);
  if (entry.expect && input.url !== entry.expect.url) metadataWrong.push(`url ${input.url}`);
  const missingSentences = expected.filter((s) => !gotSet.has(s));
  const extraSentences = got.filter((s) => !expectedSet.has(s));
  return {
    file: entry.file,
    ok: missingSentences.length === 0 && extraSentences.length === 0 && boilerplateIndexed.length === 0 && metadataWrong.length === 0,
    expectedSentences: expected.length,
    matchedSentences: expected.length - missingSentences.length,
    extraSentences,
    missingSentences,
    boilerplateIndexed,
    metadataRight: metadataWrong.length === 0,
    metadataWrong,
  };
}

export interface ExtractionFigures {
  pages: number;
  articlePages: number;
  pagesExact: number;
  sentencesExpected: number;
  sentencesMatched: number;
  extraSentences: number;
  boilerplateIndexed: number;
  metadataRight: number;
  refusalsRight: number;
  refusalPages: number;
}

export function measureAll(): { figures: ExtractionFigures; results: PageResult[] } {
  const manifest = readManifest();
  const articles = sourceArticles();
  const results = manifest.map((e) => measurePage(e, articles));
  const articleResults = results.filter((_, i) => manifest[i]!.article);
  const figures: ExtractionFigures = {
    pages: manifest.length,
    articlePages: articleResults.length,
    pagesExact: articleResults.filter((r) => r.ok).length,
    sentencesExpected: articleResults.reduce((n, r) => n + r.expectedSentences, 0),
    sentencesMatched: articleResults.reduce((n, r) => n + r.matchedSentences, 0),
    extraSentences: articleResults.reduce((n, r) => n + r.extraSentences.length, 0),
    boilerplateIndexed: articleResults.reduce((n, r) => n + r.boilerplateIndexed.length, 0),
    metadataRight: articleResults.filter((r) => r.metadataRight).length,
    refusalPages: manifest.filter((e) => e.refused && !e.overrides).length,
    refusalsRight: results.filter((r, i) => manifest[i]!.refused && !manifest[i]!.overrides && r.ok).length,
  };
  return { figures, results };
}

if (process.argv[1]?.endsWith('web-extraction-measure.ts')) {
  const { figures, results } = measureAll();
  for (const r of results.filter((x) => !x.ok)) console.log(JSON.stringify(r, null, 1).slice(0, 3000));
  console.log(figures);
}
