/**
 * The claim check as localised plain lines, shared by Telegram HTML and terminal text: each
 * claimed figure, date and the direction of who did what to whom, against what the outlets
 * printed, with the outlets. It states what the archive holds; it never pronounces a verdict.
 */
import type { Answer, ClaimedDate, ClaimedFigure, Language } from '../search/answer-types.js';
import { formatDate, formatList, t } from './messages.js';

export interface ClaimViewOptions {
  /** Groups: fewer reported figures per line, no note, no "same way round" line. */
  compact?: boolean;
}

const REPORTED_FULL = 5;
const REPORTED_COMPACT = 3;
/** Outlets named per reported figure or date; more are counted ("+4"). */
const OUTLETS_SHOWN = 4;
/** Claim lines at most (a long paste may state many figures): full, and in groups. */
const LINES_FULL = 6;
const LINES_COMPACT = 3;

const outletList = (outlets: readonly string[]) => {
  const unique = [...new Set(outlets)];
  const shown = unique.slice(0, OUTLETS_SHOWN);
  return formatList(unique.length > shown.length ? [...shown, `+${unique.length - shown.length}`] : shown);
};

/** "14.000 (GELORA.CO, NTVNews); 10.000-12.000 (SeaPRwire)" */
function reportedList(items: readonly { text: string; outlets: readonly string[] }[], max: number): string {
  const shown = items.slice(0, max).map((r) => `${r.text} (${outletList(r.outlets)})`);
  if (items.length > max) shown.push(`+${items.length - max}`);
  return shown.join('; ');
}

function figureLine(f: ClaimedFigure, locale: Language, max: number): string {
  const quantity = t(locale, 'claim-quantity', { quantity: f.quantity });
  if (f.reported.length === 0) return t(locale, 'claim-figure-none', { claimed: f.claimed, quantity });
  const holding = f.reported.filter((r) => r.holds);
  if (f.status === 'reported') return t(locale, 'claim-figure-reported', { claimed: f.claimed, quantity, reported: reportedList(holding, max) });
  return t(locale, 'claim-figure-not-reported', { claimed: f.claimed, quantity, reported: reportedList(f.reported, max) });
}

/** A reported date's value, in the reader's format where it is a day. */
const dateLabel = (value: string, locale: Language) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : value);

function dateLine(d: ClaimedDate, locale: Language, max: number): string | undefined {
  if (d.reported.length === 0) return undefined;
  const list = (items: ClaimedDate['reported']) =>
    reportedList(items.map((r) => ({ text: r.text === r.value ? dateLabel(r.value, locale) : `${r.text} = ${dateLabel(r.value, locale)}`, outlets: r.outlets })), max);
  if (d.status === 'reported') return t(locale, 'claim-date-reported', { claimed: d.claimed, reported: list(d.reported.filter((r) => r.holds)) });
  return t(locale, 'claim-date-not-reported', { claimed: d.claimed, reported: list(d.reported) });
}

/** The lines of the claim section (empty when there is nothing to compare). */
export function claimLines(answer: Answer, locale: Language, options: ClaimViewOptions = {}): string[] {
  const claim = answer.claim;
  if (!claim || answer.noAnswer) return [];
  const perLine = options.compact ? REPORTED_COMPACT : REPORTED_FULL;
  const lines: string[] = [];
  for (const f of claim.figures) lines.push(figureLine(f, locale, perLine));
  for (const d of claim.dates ?? []) {
    const line = dateLine(d, locale, perLine);
    if (line) lines.push(line);
  }
  const a = claim.actors;
  if (a && (a.status === 'swapped' || !options.compact)) {
    const r = a.reported[0];
    if (r) {
      const key = a.status === 'swapped' ? 'claim-actors-swapped' : 'claim-actors-same';
      lines.push(t(locale, key, { from: r.from, to: r.to, relation: t(locale, 'claim-relation', { relation: a.relation }), outlets: outletList(r.outlets) }));
    }
  }
  // The direction, when swapped, is kept: it is the line a group most needs.
  const max = options.compact ? LINES_COMPACT : LINES_FULL;
  if (lines.length <= max) return lines;
  const last = lines[lines.length - 1]!;
  return a?.status === 'swapped' ? [...lines.slice(0, max - 1), last] : lines.slice(0, max);
}
