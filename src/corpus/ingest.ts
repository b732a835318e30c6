/**
 * Ingest: parse -> clean -> segment -> analyse -> store, one transaction per article.
 * Re-ingesting an unchanged article is a no-op (content hash); a changed one replaces the old.
 */
import { createHash } from 'node:crypto';
import { analyzeText } from '../text/analyzer.js';
import { foldText } from '../text/normalize.js';
import type { Db } from '../db/database.js';
import type { ArticleInput } from './article-input.js';
import { cleanArticle, type CleanPassage } from './clean.js';
import { ftsIndex } from './fts-index.js';
import { segmentSentences } from './segment.js';

export type IngestStatus = 'added' | 'updated' | 'unchanged' | 'duplicate';

/** A sentence's offsets in the article text and its analysis (the text itself is a slice). */
export interface PreparedSentence {
  start: number;
  end: number;
  terms: string;
  numbers: string;
}

export interface PreparedPassage extends CleanPassage {
  terms: string;
  sentences: PreparedSentence[];
}

/** An article fully analysed in memory, ready to be written in one transaction. */
export interface PreparedArticle {
  input: ArticleInput;
  slug: string;
  contentHash: string;
  bodyHash: string;
  passages: PreparedPassage[];
}

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  sentences: number;
  results: { slug: string; status: IngestStatus; file: string; line: number }[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function slugify(s: string): string {
  return foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'outlet';
}

/** An article's identity: its slug and the hashes that make re-ingest idempotent. */
export function identifyArticle(input: ArticleInput): { slug: string; contentHash: string; bodyHash: string } {
  const bodyHash = sha256(`${foldText(input.outlet)}\n${foldText(input.text).trim()}`);
  const slug = input.id ?? `${slugify(input.outlet)}-${input.published ?? 'undated'}-${bodyHash.slice(0, 12)}`;
  const contentHash = sha256(
    JSON.stringify([slug, input.outlet, input.site, input.title, input.byline, input.published, input.url, input.language, input.text]),
  );
  return { slug, contentHash, bodyHash };
}

/** What analysis needs of an article (what a worker thread receives). */
export type AnalysisInput = Pick<ArticleInput, 'text' | 'outlet' | 'site' | 'title'>;

/** Cleans, segments and analyses an article's text into passages and sentences; pure. */
export function analyzeArticle(input: AnalysisInput): PreparedPassage[] {
  const text = input.text;
  const cleaned = cleanArticle(text, { outlet: input.outlet, site: input.site, title: input.title });
  return cleaned.passages.map((p) => {
    const sentences = segmentSentences(text, p.start, p.end).map((s) => {
      const analysed = analyzeText(text.slice(s.start, s.end));
      return { start: s.start, end: s.end, terms: analysed.terms.join(' '), numbers: JSON.stringify(analysed.numbers) };
    });
    // The sentences cover the passage, so its terms are theirs in order (no second analysis).
    return { ...p, terms: sentences.map((s) => s.terms).join(' '), sentences };
  });
}

/** Cleans, segments and analyses an article; pure (no database). */
export function prepareArticle(input: ArticleInput, identity = identifyArticle(input)): PreparedArticle {
  return { input, ...identity, passages: analyzeArticle(input) };
}

/** Prepared statements for the ingest hot path, built once per database handle. */
function statements(db: Db) {
  const c = db.$client;
  return {
    findOutlet: c.prepare<[string], { id: number; site: string | null }>('SELECT id, site FROM outlets WHERE name = ?'),
    insertOutlet: c.prepare<[string, string | null]>('INSERT INTO outlets (name, site) VALUES (?, ?)'),
    setOutletSite: c.prepare<[string, number]>('UPDATE outlets SET site = ? WHERE id = ?'),
    findBySlug: c.prepare<[string], { id: number; content_hash: string }>('SELECT id, content_hash FROM articles WHERE slug = ?'),
    findByBody: c.prepare<[string], { slug: string }>('SELECT slug FROM articles WHERE body_hash = ?'),
    deleteSentences: c.prepare<[number]>('DELETE FROM sentences WHERE article_id = ?'),
    deletePassages: c.prepare<[number]>('DELETE FROM passages WHERE article_id = ?'),
    deleteArticle: c.prepare<[number]>('DELETE FROM articles WHERE id = ?'),
    insertArticle: c.prepare(
      `INSERT INTO articles (slug, outlet_id, title, byline, published, url, language, original, content_hash, body_hash, source)
       VALUES (@slug, @outletId, @title, @byline, @published, @url, @language, @original, @contentHash, @bodyHash, @source)`,
    ),
    insertPassage: c.prepare('INSERT INTO passages (article_id, position, role, start, "end", terms) VALUES (?, ?, ?, ?, ?, ?)'),
    insertSentence: c.prepare(
      'INSERT INTO sentences (article_id, passage_id, position, start, "end", text, terms, numbers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // The full-text indexes get an article's rows in one statement each (fts-index.ts).
    fts: ftsIndex(c),
  };
}

const statementCache = new WeakMap<Db, ReturnType<typeof statements>>();
function stmts(db: Db) {
  let s = statementCache.get(db);
  if (!s) statementCache.set(db, (s = statements(db)));
  return s;
}

/** Writes one prepared article in its own transaction; returns what happened. */
export function writeArticle(db: Db, article: PreparedArticle): IngestStatus {
  const s = stmts(db);
  const { input } = article;
  return db.$client.transaction((): IngestStatus => {
    const existing = s.findBySlug.get(article.slug);
    if (existing?.content_hash === article.contentHash) return 'unchanged';
    const sameBody = s.findByBody.get(article.bodyHash);
    if (sameBody && sameBody.slug !== article.slug) return 'duplicate';
    if (existing) deleteArticleRows(s, existing.id);
    let outlet = s.findOutlet.get(input.outlet);
    if (!outlet) {
      const id = Number(s.insertOutlet.run(input.outlet, input.site ?? null).lastInsertRowid);
      outlet = { id, site: input.site ?? null };
    } else if (input.site && outlet.site !== input.site) s.setOutletSite.run(input.site, outlet.id);
    const articleId = Number(
      s.insertArticle.run({
        slug: article.slug,
        outletId: outlet.id,
        title: input.title ?? null,
        byline: input.byline ?? null,
        published: input.published ?? null,
        url: input.url ?? null,
        language: input.language,
        original: input.text,
        contentHash: article.contentHash,
        bodyHash: article.bodyHash,
        source: `${input.location.file}:${input.location.line}`,
      }).lastInsertRowid,
    );
    let position = 0;
    article.passages.forEach((p, i) => {
      const passageId = Number(s.insertPassage.run(articleId, i, p.role, p.start, p.end, p.terms).lastInsertRowid);
      for (const sentence of p.sentences) {
        s.insertSentence.run(articleId, passageId, position++, sentence.start, sentence.end, input.text.slice(sentence.start, sentence.end), sentence.terms, sentence.numbers);
      }
    });
    s.fts.indexArticle(articleId);
    return existing ? 'updated' : 'added';
  }).immediate();
}

/** Deletes an article with its passages and sentences, unindexing them first (fts-index.ts). */
function deleteArticleRows(s: ReturnType<typeof statements>, articleId: number): void {
  s.fts.unindexArticle(articleId);
  s.deleteSentences.run(articleId);
  s.deletePassages.run(articleId);
  s.deleteArticle.run(articleId);
}

/** Removes an article from the corpus by slug, in one transaction; false when there is none. */
export function removeArticle(db: Db, slug: string): boolean {
  const s = stmts(db);
  return db.$client.transaction((): boolean => {
    const existing = s.findBySlug.get(slug);
    if (existing) deleteArticleRows(s, existing.id);
    return existing !== undefined;
  }).immediate();
}

/** An empty report. */
export function emptyReport(): IngestReport {
  return { added: 0, updated: 0, unchanged: 0, duplicate: 0, sentences: 0, results: [] };
}

/** Counts one article's outcome in the report. */
export function recordOutcome(report: IngestReport, input: ArticleInput, slug: string, status: IngestStatus, sentences = 0): void {
  report[status]++;
  if (status === 'added' || status === 'updated') report.sentences += sentences;
  report.results.push({ slug, status, file: input.location.file, line: input.location.line });
}

/** True when the article is stored already with the same content (nothing to analyse). */
export function isUnchanged(db: Db, identity: { slug: string; contentHash: string }): boolean {
  return stmts(db).findBySlug.get(identity.slug)?.content_hash === identity.contentHash;
}

/** Stores a prepared article and counts the outcome. */
export function writeAndRecord(db: Db, report: IngestReport, prepared: PreparedArticle): void {
  const status = writeArticle(db, prepared);
  recordOutcome(report, prepared.input, prepared.slug, status, prepared.passages.reduce((n, p) => n + p.sentences.length, 0));
}

/** How often ingest reports progress, in articles. */
export const PROGRESS_EVERY = 500;

/** Ingests validated articles, one transaction each, and reports what happened to each. */
export function ingestArticles(db: Db, inputs: readonly ArticleInput[], onProgress?: (done: number) => void): IngestReport {
  const report = emptyReport();
  inputs.forEach((input, i) => {
    const identity = identifyArticle(input);
    // Unchanged articles are not analysed again: re-ingesting a corpus is cheap.
    if (isUnchanged(db, identity)) recordOutcome(report, input, identity.slug, 'unchanged');
    else writeAndRecord(db, report, prepareArticle(input, identity));
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1);
  });
  return report;
}
