/**
 * Cleaning at ingest: decides which spans of the original text are the article's reporting.
 * Nothing is rewritten; the result is a list of passages as offsets into the original, so a
 * sentence can always be cut from the text exactly as published.
 */
import { foldText } from '../text/normalize.js';
import { BYLINE_LABEL, BYLINE_NAME, DATELINE, DATELINE_MAX_PARAGRAPH, LINE_RULES, PHOTO_CREDIT } from './boilerplate-rules.js';

/**
 * What a passage is: the headline, the lead (the first reporting paragraph), the rest of the
 * reporting, or the distributor's notice after it (boilerplate-rules.ts).
 */
export type PassageRole = 'title' | 'lead' | 'body' | 'notice';

export interface CleanPassage {
  start: number;
  end: number;
  role: PassageRole;
}

export interface Removal {
  rule: string;
  start: number;
  end: number;
}

export interface CleanResult {
  passages: CleanPassage[];
  removed: Removal[];
}

export interface CleanContext {
  outlet: string;
  site?: string | null;
  title?: string | null;
}

interface Line {
  start: number;
  end: number;
  block: number;
  notice?: boolean;
  /** Its index among the article's lines. */
  index?: number;
}

const letters = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]/gu, '');

/** Splits text into non-empty lines (trimmed offsets) and numbers the blank-line blocks. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let pos = 0;
  const useBlocks = /\n[ \t\u00A0]*\r?\n/.test(text);
  for (const raw of text.split('\n')) {
    const lineStart = pos;
    pos += raw.length + 1;
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) {
      block++;
      continue;
    }
    if (!useBlocks) block++;
    const start = lineStart + leading;
    lines.push({ start, end: start + trimmed.length, block });
  }
  return lines;
}

/** True when the name part of a candidate dateline names the outlet, its site, or a place in capitals. */
export function isDatelineName(name: string, ctx: CleanContext): boolean {
  const words = name.replace(/[(),]/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  if (/[.!?]\s/.test(name)) return false;
  const key = letters(name);
  const outletKey = letters(ctx.outlet.split(/[\s(]/)[0] ?? ctx.outlet);
  const siteKey = ctx.site ? letters(ctx.site.replace(/^www\./, '').split('.')[0] ?? '') : '';
  if (outletKey.length >= 3 && key.includes(outletKey)) return true;
  if (siteKey.length >= 3 && key.includes(siteKey)) return true;
  if (words.some((w) => /^[\p{L}]+\.(?:com|co|id|net|org|news)$/iu.test(w))) return true;
  return words.some((w) => w.length >= 4 && /^\p{Lu}+$/u.test(w.replace(/[^\p{L}]/gu, '')) && /\p{L}/u.test(w));
}

/** True when a paragraph is a photo caption printed twice ("A. B. A. B. (Antara)"). */
function isDoubledCaption(text: string): boolean {
  const body = text.replace(PHOTO_CREDIT, '');
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < 8 || words.length % 2 !== 0) return false;
  const half = words.length / 2;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

/** Returns the reporting passages of an article and what was removed, by rule. */
export function cleanArticle(text: string, ctx: CleanContext): CleanResult {
  const removed: Removal[] = [];
  const lines = splitLines(text);
  const kept: Line[] = [];
  let notice = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = text.slice(line.start, line.end);
    const rule = LINE_RULES.find((r) => r.pattern.test(content));
    if (rule?.notice) notice = true;
    if (notice) {
      if (rule && !rule.notice) removed.push({ rule: rule.name, start: line.start, end: line.end });
      else kept.push({ ...line, notice: true, index: i });
      continue;
    }
    if (rule) {
      const end = rule.dropRest ? text.length : line.end;
      removed.push({ rule: rule.name, start: line.start, end });
      if (rule.dropRest) break;
      continue;
    }
    const next = lines[i + 1];
    if (next && BYLINE_LABEL.test(text.slice(next.start, next.end)) && BYLINE_NAME.test(content) && content.length <= 60) {
      removed.push({ rule: 'byline-name', start: line.start, end: line.end });
      continue;
    }
    kept.push({ ...line, index: i });
  }

  // Group kept lines of one block into passages; a removed line between two ends a passage
  // (its text must not be inside one).
  const groups: { start: number; end: number; notice: boolean }[] = [];
  let last: Line | undefined;
  for (const line of kept) {
    const current = groups[groups.length - 1];
    if (current && last && line.block === last.block && line.index === last.index! + 1 && current.notice === (line.notice === true)) current.end = line.end;
    else groups.push({ start: line.start, end: line.end, notice: line.notice === true });
    last = line;
  }

  const titleKey = ctx.title ? letters(ctx.title) : '';
  const passages: CleanPassage[] = [];
  let datelineFound = false;
  for (let index = 0; index < groups.length; index++) {
    const g = groups[index]!;
    if (g.notice) {
      passages.push({ start: g.start, end: g.end, role: 'notice' });
      continue;
    }
    let { start } = g;
    const content = text.slice(start, g.end);
    if (isDoubledCaption(content)) {
      removed.push({ rule: 'photo-caption', start, end: g.end });
      continue;
    }
    if (!datelineFound && index < DATELINE_MAX_PARAGRAPH + 1) {
      const m = DATELINE.exec(content);
      if (m && isDatelineName(m[1]!, ctx)) {
        removed.push({ rule: 'dateline', start, end: start + m[0].length });
        start += m[0].length;
        datelineFound = true;
        // A caption printed above the dateline is not reporting either.
        for (let p = passages.length - 1; p >= 0; p--) {
          const prev = passages[p]!;
          if (prev.role !== 'title' && PHOTO_CREDIT.test(text.slice(prev.start, prev.end))) {
            removed.push({ rule: 'photo-caption', start: prev.start, end: prev.end });
            passages.splice(p, 1);
          }
        }
      }
    }
    if (start >= g.end) continue;
    const isTitle = passages.length === 0 && titleKey.length > 0 && letters(text.slice(start, g.end)) === titleKey;
    passages.push({ start, end: g.end, role: isTitle ? 'title' : 'body' });
  }
  // The lead: the first reporting paragraph after the title.
  const lead = passages.find((p) => p.role === 'body');
  if (lead) lead.role = 'lead';
  return { passages, removed };
}
