/** The follow-up alert: the followed question, then the new quotes with outlet and date. */
import type { FollowAlert } from '../newsroom/follows.js';
import type { Language } from '../search/answer-types.js';
import { escapeHtml, tHtml } from './html.js';
import { formatDate } from './messages.js';

export function renderFollowAlertHtml(alert: FollowAlert, locale: Language): string {
  const parts = [tHtml(locale, 'follow-alert', { question: alert.follow.question })];
  for (const q of alert.quotes) {
    parts.push(`<blockquote>${escapeHtml(q.text)}</blockquote>\n— <b>${escapeHtml(q.outlet)}</b>, ${escapeHtml(formatDate(q.published, locale))}`);
  }
  parts.push(tHtml(locale, 'follow-alert-footer'));
  return parts.join('\n\n');
}
