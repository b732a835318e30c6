/** The feeds part of `/sources`: each feed with its last successful poll. */
import type { FeedStatus } from '../newsroom/feeds.js';
import type { Language } from '../search/answer-types.js';
import { escapeHtml, tHtml } from './html.js';

/** Empty when no feed is known; otherwise starts with a blank line. */
export function renderFeedStatusHtml(feeds: readonly FeedStatus[], locale: Language): string {
  if (feeds.length === 0) return '';
  const lines = feeds.slice(0, 20).map((f) => {
    const when = f.lastSuccessAt ? `${f.lastSuccessAt.slice(0, 16).replace('T', ' ')} UTC` : tHtml(locale, 'feeds-never');
    const name = escapeHtml(f.title ?? new URL(f.url).hostname);
    return `• ${tHtml(locale, 'feeds-line', { feed: { html: `<b>${name}</b>` }, when, items: f.items })}${f.lastError ? ` ⚠️` : ''}`;
  });
  return `\n\n<b>${tHtml(locale, 'feeds-title', { count: feeds.length })}</b>\n${lines.join('\n')}`;
}
