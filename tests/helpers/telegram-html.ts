/**
 * The one strict checker for Telegram's HTML parse mode (Bot API "Formatting options"), used by
 * the tests and by the fake Bot API: only supported tags with their allowed attributes, balanced
 * and correctly nested, no stray `<`, `>` or `&`, at most 4096 characters of text after entity
 * parsing, at most 100 entities, no lone surrogates (the request body must be valid UTF-8).
 */

const TELEGRAM_MAX_TEXT = 4096;
const TELEGRAM_MAX_ENTITIES = 100;
/** Telegram's tags; aliases (strong, em, ins, strike, del) included. */
const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:="[^"<>]*")?)*)\s*>/y;
const ENTITY = /&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/y;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text Telegram shows: tags removed, the four named entities and numeric ones decoded. */
export function telegramPlainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_m, name: string) => {
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'amp') return '&';
    if (name === 'quot') return '"';
    return String.fromCodePoint(name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

export interface TelegramHtmlReport {
  /** Everything Telegram would refuse: markup errors first, then limits. */
  problems: string[];
  /** The markup errors only (Telegram answers them with "can't parse entities"). */
  markupProblems: string[];
  /** The text Telegram shows. */
  text: string;
  plainLength: number;
  entities: number;
}

/** Validates one message in HTML parse mode; `problems` is empty when Telegram would accept it. */
export function checkTelegramHtml(html: string): TelegramHtmlReport {
  const problems: string[] = [];
  const stack: string[] = [];
  let entities = 0;
  for (let i = 0; i < html.length; ) {
    const ch = html[i];
    if (ch === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (!m) {
        problems.push(`stray "<" at ${i}: ${JSON.stringify(html.slice(i, i + 30))}`);
        i++;
        continue;
      }
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      const attrs = (m[3] ?? '').trim();
      if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}> is not supported`);
      if (closing) {
        if (attrs) problems.push(`closing tag </${name}> has attributes`);
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> closes ${open ? `<${open}>` : 'nothing'}`);
      } else {
        if (name === 'a' && !/^href="[^"]*"$/.test(attrs)) problems.push(`<a> without a single href: ${JSON.stringify(attrs)}`);
        else if (name === 'blockquote' && attrs !== '' && attrs !== 'expandable') problems.push(`<blockquote ${attrs}>`);
        else if (name === 'span' && attrs !== 'class="tg-spoiler"') problems.push(`<span> without class="tg-spoiler": ${JSON.stringify(attrs)}`);
        else if (name === 'tg-emoji' && !/^emoji-id="\d+"$/.test(attrs)) problems.push(`<tg-emoji> without an emoji-id: ${JSON.stringify(attrs)}`);
        else if (name === 'code' && attrs !== '' && !(stack.at(-1) === 'pre' && /^class="language-[\w+-]+"$/.test(attrs))) problems.push(`<code ${attrs}>`);
        else if (!['a', 'blockquote', 'span', 'tg-emoji', 'code'].includes(name) && attrs !== '') problems.push(`<${name}> has attributes ${JSON.stringify(attrs)}`);
        if (name === 'blockquote' && stack.includes('blockquote')) problems.push('nested blockquote');
        const parent = stack[stack.length - 1];
        if ((parent === 'code' || parent === 'pre') && !(parent === 'pre' && name === 'code')) problems.push(`<${name}> inside <${parent}>`);
        stack.push(name);
        entities++;
      }
      i = TAG.lastIndex;
    } else if (ch === '>') {
      problems.push(`stray ">" at ${i}`);
      i++;
    } else if (ch === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (!m) problems.push(`stray "&" at ${i}: ${JSON.stringify(html.slice(i, i + 12))}`);
      i = m ? ENTITY.lastIndex : i + 1;
    } else i++;
  }
  if (stack.length > 0) problems.push(`unclosed tags: ${stack.join(', ')}`);
  const markupProblems = [...problems];
  const plain = telegramPlainText(html);
  if (plain.length > TELEGRAM_MAX_TEXT) problems.push(`text is ${plain.length} characters after entity parsing (> ${TELEGRAM_MAX_TEXT})`);
  if (entities > TELEGRAM_MAX_ENTITIES) problems.push(`${entities} entities (> ${TELEGRAM_MAX_ENTITIES})`);
  if (LONE_SURROGATE.test(html)) problems.push('lone surrogate (not encodable as UTF-8)');
  if (plain.trim() === '') problems.push('message text is empty');
  return { problems, markupProblems, text: plain, plainLength: plain.length, entities };
}

/**
 * Parses HTML as the Bot API does: the visible text and the entity count, or an error for
 * markup Telegram refuses ("can't parse entities"). Length limits are the caller's to check.
 */
export function parseTelegramHtml(html: string): { text: string; entities: number } {
  const report = checkTelegramHtml(html);
  if (report.markupProblems.length > 0) throw new Error(report.markupProblems[0]);
  return { text: report.text, entities: report.entities };
}
