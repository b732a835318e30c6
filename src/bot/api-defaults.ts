/**
 * An API transformer that gives every message the bot writes its format once, instead of at
 * each call site: the bot writes Telegram HTML (`parse_mode: 'HTML'`; text from users and
 * articles is escaped by the renderers) and never shows link previews. A call that sets
 * `parse_mode` or `link_preview_options` itself keeps its own.
 */
import type { Transformer } from 'grammy';

/** The methods whose `text` the bot writes. */
const TEXT_METHODS = new Set(['sendMessage', 'editMessageText']);

export function htmlMessageDefaults(): Transformer {
  return (prev, method, payload, signal) => {
    if (!TEXT_METHODS.has(method) || typeof payload !== 'object' || payload === null) return prev(method, payload, signal);
    const withDefaults = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true }, ...payload };
    return prev(method, withDefaults as typeof payload, signal);
  };
}
