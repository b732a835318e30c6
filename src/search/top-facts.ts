/**
 * The most-cited facts (inline mode's empty query): the first sentences of the newest articles
 * (news puts its facts at the top), grouped across outlets as answers are (`sameReport` in
 * group.ts), the facts printed by the most outlets first.
 *
 * Bounded at any corpus size: the newest TOP_FACTS_ARTICLES articles come from the
 * `articles_published_idx` index, their first TOP_FACTS_POSITIONS sentences from the
 * `sentences_article_idx` index, and grouping looks only at groups that share a term with a
 * sentence (an inverted index) instead of comparing every pair, with each sentence's figures
 * worked out once. The engine caches the result until the corpus changes.
 */
import type { Db } from '../db/database.js';
import type { Quote } from './answer-types.js';
import { alsoReported, figureKey, SAME_REPORT_DICE, SAME_REPORT_DICE_WITH_FIGURES } from './group.js';
import { CORROBORATION_CAP, W_CORROBORATION } from './weights.js';

/**
 * The newest articles whose first sentences are grouped: enough for what is being reported now,
 * and about 13 ms of CPU at 100,000 articles (docs/scaling.md); 200 took about three times as long.
 */
export const TOP_FACTS_ARTICLES = 100;
/** Sentences read from the top of each article (the seeds' most-printed figure is the 10th-12th). */
export const TOP_FACTS_POSITIONS = 12;
/** Facts kept per corpus version (Telegram shows at most 50 inline results). */
export const TOP_FACTS_KEPT = 50;

interface FactRow {
  id: number;
  text: string;
  terms: string;
  numbers: string;
  /** Never 'notice': a distributor's notice is no top fact (FACTS_SQL). */
  role: 'title' | 'lead' | 'body';
  start: number;
  end: number;
  slug: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string;
}

const FACTS_SQL = `
  SELECT s.id, s.text, s.terms, s.numbers, p.role, s.start, s."end", a.slug, a.title, a.published, a.url, o.name AS outlet
  FROM (SELECT id, slug, title, published, url, outlet_id FROM articles ORDER BY published DESC, id DESC LIMIT ?) AS a
  JOIN sentences s ON s.article_id = a.id AND s.position < ?
  JOIN passages p ON p.id = s.passage_id AND p.role <> 'notice'
  JOIN outlets o ON o.id = a.outlet_id
  ORDER BY a.published DESC, a.id DESC, s.position`;

/** The lead paragraph states the story; a headline is often not a full sentence. */
const ROLE_SCORE = { lead: 1, body: 0.75, title: 0.5 } as const;

interface Group {
  terms: Set<string>;
  figures: string;
  outlets: Set<string>;
  quote: Quote;
  order: number;
}

/** True when a sentence reports what a group's first sentence does (sameReport, group.ts). */
function sameReport(group: Group, terms: Set<string>, figures: string, common: number): boolean {
  if (group.figures !== '' && figures !== '' && group.figures !== figures) return false;
  const overlap = (2 * common) / (group.terms.size + terms.size);
  if (overlap >= SAME_REPORT_DICE) return true;
  return figures !== '' && figures === group.figures && overlap >= SAME_REPORT_DICE_WITH_FIGURES;
}

/** Computes the top facts (uncached; the engine caches them per corpus version). */
export function computeTopFacts(db: Db, limit = TOP_FACTS_KEPT): Quote[] {
  const rows = db.$client.prepare<[number, number], FactRow>(FACTS_SQL).all(TOP_FACTS_ARTICLES, TOP_FACTS_POSITIONS);
  const groups: Group[] = [];
  // Term -> groups whose first sentence has it: a sentence is compared only with groups it
  // shares a term with (no shared term, no overlap).
  const postings = new Map<string, number[]>();
  // Terms shared with each group, counted in a typed array and reset through `touched`.
  const common = new Int32Array(rows.length);
  const touched: number[] = [];
  for (const row of rows) {
    const terms = new Set(row.terms.split(' ').filter(Boolean));
    if (terms.size === 0) continue;
    const figures = figureKey(row.text, JSON.parse(row.numbers) as number[]);
    for (const term of terms) {
      for (const g of postings.get(term) ?? []) if (common[g]!++ === 0) touched.push(g);
    }
    // The earliest matching group, as groupQuotes takes the first.
    let match: Group | undefined;
    for (const g of touched) {
      const group = groups[g]!;
      if ((!match || group.order < match.order) && sameReport(group, terms, figures, common[g]!)) match = group;
      common[g] = 0;
    }
    touched.length = 0;
    if (match) {
      if (!match.outlets.has(row.outlet)) {
        match.outlets.add(row.outlet);
        match.quote.alsoReportedBy.push(alsoReported(row));
      }
      continue;
    }
    const order = groups.length;
    groups.push({
      terms,
      figures,
      outlets: new Set([row.outlet]),
      order,
      quote: {
        text: row.text,
        outlet: row.outlet,
        article: row.slug,
        title: row.title,
        published: row.published,
        url: row.url,
        score: ROLE_SCORE[row.role],
        sentenceId: row.id,
        start: row.start,
        end: row.end,
        alsoReportedBy: [],
      },
    });
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(order);
      else postings.set(term, [order]);
    }
  }
  // Most outlets first, then leads before the rest, then newest first (the groups' order).
  const boost = (g: Group) => (W_CORROBORATION * Math.min(g.outlets.size - 1, CORROBORATION_CAP)) / CORROBORATION_CAP;
  return groups
    .sort((a, b) => b.outlets.size - a.outlets.size || b.quote.score - a.quote.score || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map((g) => ({ ...g.quote, score: Math.round((g.quote.score + boost(g)) * 100) / 100 }));
}
