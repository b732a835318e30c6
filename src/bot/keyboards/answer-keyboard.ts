/**
 * The buttons under an answer. `callback_data` is `<action>:<stateId>:<page>`, at most about
 * 14 bytes (Telegram allows 64): the question itself stays server-side in the button store.
 */
import { InlineKeyboard } from 'grammy';
import type { Language } from '../../search/answer-types.js';
import { t } from '../../render/messages.js';
import type { RenderedAnswer } from '../../render/telegram.js';

export type ButtonAction = 'more' | 'context' | 'source';

const ACTION_CODES: Record<ButtonAction, string> = { more: 'm', context: 'x', source: 's' };
const CODE_ACTIONS = new Map(Object.entries(ACTION_CODES).map(([a, c]) => [c, a as ButtonAction]));

/** Encodes a button's data, e.g. `m:Ab3_x9Qz:1`. */
export function encodeButtonData(action: ButtonAction, id: string, page: number): string {
  return `${ACTION_CODES[action]}:${id}:${page}`;
}

/** Decodes button data written by `encodeButtonData`, or undefined for anything else. */
export function decodeButtonData(data: string): { action: ButtonAction; id: string; page: number } | undefined {
  const m = /^([a-z]):([A-Za-z0-9_-]{1,32}):(\d{1,3})$/.exec(data);
  const action = m ? CODE_ACTIONS.get(m[1]!) : undefined;
  if (!m || !action) return undefined;
  return { action, id: m[2]!, page: Number(m[3]) };
}

/**
 * Private chats: "More quotes" (when there is another page; it wraps to the first page at the
 * end), "In context" and "Source" for the top quote shown. Groups (compact): only "More".
 */
export function answerKeyboard(id: string, rendered: RenderedAnswer, locale: Language, compact: boolean): InlineKeyboard | undefined {
  if (rendered.noAnswer) return undefined;
  const keyboard = new InlineKeyboard();
  const next = (rendered.page + 1) % rendered.pageCount;
  if (rendered.pageCount > 1) {
    const label = compact ? t(locale, 'btn-more-compact') : next === 0 ? t(locale, 'btn-first') : t(locale, 'btn-more');
    keyboard.text(label, encodeButtonData('more', id, next));
    if (compact) return keyboard;
    keyboard.row();
  } else if (compact) {
    return undefined;
  }
  keyboard.text(t(locale, 'btn-context'), encodeButtonData('context', id, rendered.page));
  keyboard.text(t(locale, 'btn-source'), encodeButtonData('source', id, rendered.page));
  // Feedback (private chats only): `v:<id>:<page>:u|d`, handled by the newsroom feature.
  keyboard.row().text('👍', `v:${id}:${rendered.page}:u`).text('👎', `v:${id}:${rendered.page}:d`);
  return keyboard;
}

/** Decodes a 👍/👎 button's data, or undefined for anything else. */
export function decodeVoteData(data: string): { id: string; page: number; up: boolean } | undefined {
  const m = /^v:([A-Za-z0-9_-]{1,32}):(\d{1,3}):([ud])$/.exec(data);
  return m ? { id: m[1]!, page: Number(m[2]), up: m[3] === 'u' } : undefined;
}
