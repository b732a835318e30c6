/**
 * Small, pure helpers for Telegram's HTML parse mode: escaping, entity counting, safe
 * truncation, and the plain-text fallback used when Telegram refuses the markup.
 */
import type { Language } from '../search/answer-types.js';
import { cutPrefix } from './cut.js';
import { t, type MessageVariables } from './messages.js';

/** Telegram's limit on a message text (we measure the HTML source, which is never shorter). */
export const MAX_MESSAGE_LENGTH = 4096;
/** Telegram accepts about 100 entities per message; stay clearly below. */
export const MAX_ENTITIES = 90;

/** Escapes text for HTML parse mode (Telegram needs only &, < and >; quotes for attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text a reader sees: tags removed, entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (m, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return NAMED_ENTITIES[lower] ?? m;
    });
}

const FORMATTING_TAG = /<(b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|tg-spoiler|span|tg-emoji)\b/gi;
// Telegram also turns these into entities by itself, and they count towards the limit.
const AUTO_ENTITY = /(https?:\/\/\S+|(?:^|\s)[@#$/][\p{L}\p{N}_]{2,})/gu;

/** Roughly how many entities Telegram will create for this HTML (tags plus auto-detected). */
export function countEntities(html: string): number {
  const tags = html.match(FORMATTING_TAG)?.length ?? 0;
  const auto = htmlToPlain(html).match(AUTO_ENTITY)?.length ?? 0;
  return tags + auto;
}

export { cutText } from './cut.js';

/**
 * Truncates HTML to at most `max` characters of source without cutting inside a tag or an
 * entity, closing every tag left open. Used when Telegram says a message is too long.
 */
export function truncateHtml(html: string, max: number): string {
  if (html.length <= max) return html;
  const tokens = html.match(/<[^>]*>|&[#\w]+;|[^<&]+|[<&]/g) ?? [];
  const open: string[] = [];
  let out = '';
  const closing = () => open.map((name) => `</${name}>`).reverse().join('');
  for (const token of tokens) {
    const budget = max - 1 - closing().length; // 1 for the ellipsis
    if (token.startsWith('<') && token.length > 1) {
      const m = /^<(\/)?([a-z-]+)/i.exec(token);
      const name = m?.[2]?.toLowerCase();
      if (!m || !name) continue;
      if (m[1]) {
        if (out.length + token.length > budget + name.length + 3) break;
        out += token;
        const i = open.lastIndexOf(name);
        if (i >= 0) open.splice(i, 1);
      } else {
        // An opening tag needs room for itself and its closing tag.
        if (out.length + token.length + name.length + 3 > budget) break;
        out += token;
        open.push(name);
      }
    } else if (out.length + token.length <= budget) {
      out += token;
    } else {
      if (!token.startsWith('&')) {
        out += cutPrefix(token, Math.max(0, budget - out.length), { wordBoundaryAfter: false, trimEnd: false });
      }
      break;
    }
  }
  return `${out}…${closing()}`;
}

/** A variable whose value is already HTML and must not be escaped. */
export interface RawHtml {
  html: string;
}

export type HtmlVariables = Record<string, string | number | RawHtml>;

/** A translation function: `t` bound to a locale, or a bot context's `ctx.t`. */
export type Translate = (key: string, variables?: MessageVariables) => string;

/** Translates `key` into `locale` and escapes it for HTML (see `translateHtml`). */
export function tHtml(locale: Language, key: string, variables: HtmlVariables = {}): string {
  return translateHtml((k, v) => t(locale, k, v), key, variables);
}

/**
 * Translates `key` with `translate` and escapes the result for HTML; variables given as
 * `{ html }` are inserted unescaped (e.g. a bold outlet name inside a translated sentence).
 */
export function translateHtml(translate: Translate, key: string, variables: HtmlVariables = {}): string {
  const plain: MessageVariables = {};
  const raw = new Map<string, string>();
  let i = 0;
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'object') {
      // Private-use characters survive translation and escaping untouched.
      const marker = `\uE000${i++}\uE001`;
      raw.set(marker, value.html);
      plain[name] = marker;
    } else {
      plain[name] = typeof value === 'string' ? value : value;
    }
  }
  let out = escapeHtml(translate(key, plain));
  for (const [marker, html] of raw) out = out.split(marker).join(html);
  return out;
}
