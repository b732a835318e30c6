/**
 * An API transformer that turns Telegram's refusals of a message into a second, simpler try,
 * so the user gets an answer instead of silence:
 *   - 400 "can't parse entities": resend as plain text (tags stripped, no parse_mode);
 *   - 400 "message is too long": resend shortened (tag-aware), then as short plain text;
 *   - 400 about `reply_parameters.quote`: resend as a plain reply without the quote;
 *   - 403 "bot was blocked by the user": logged once per chat, never retried.
 * Installed after autoRetry, so the second try is also retried on 429/5xx.
 */
import { GrammyError, type Transformer } from 'grammy';
import type { Logger } from '../logger.js';
import { cutText, htmlToPlain, truncateHtml } from '../render/html.js';

/** Length the shortened resend aims for (well below 4096). */
const SHORTENED_LENGTH = 3000;

type Payload = Record<string, unknown>;

function textField(payload: Payload): 'text' | 'caption' | undefined {
  if (typeof payload.text === 'string') return 'text';
  if (typeof payload.caption === 'string') return 'caption';
  return undefined;
}

function isHtml(payload: Payload): boolean {
  return typeof payload.parse_mode === 'string' && payload.parse_mode.toUpperCase() === 'HTML';
}

function withoutParseMode(payload: Payload, field: 'text' | 'caption', text: string): Payload {
  const { parse_mode: _p, entities: _e, caption_entities: _c, ...rest } = payload;
  return { ...rest, [field]: text };
}

/** How long to wait before polling again after a 409 Conflict. */
export const CONFLICT_RETRY_MS = 5_000;

function sleep(ms: number, signal?: { aborted: boolean; addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Creates the transformer; `logger` gets one line per fallback taken. */
export function telegramFallbacks(logger: Logger): Transformer {
  const blockedChats = new Set<string>();
  return async (prev, method, payload, signal) => {
    let result;
    try {
      result = await prev(method, payload, signal);
    } catch (error) {
      // The runner is silenced (it would print errors with the token-bearing URL); log here.
      if (method === 'getUpdates' && !signal?.aborted) logger.warn({ err: error, method }, 'fetching updates failed');
      throw error;
    }
    if (result.ok) return result;
    if (method === 'getUpdates') {
      logger.warn({ method, error_code: result.error_code, description: result.description }, 'fetching updates failed');
      if (result.error_code === 409 && !signal?.aborted) {
        // Another instance is polling (or a webhook is set): wait and ask again instead of
        // letting the runner stop; updates stay queued at Telegram meanwhile.
        await sleep(CONFLICT_RETRY_MS, signal);
        return prev(method, payload, signal);
      }
      return result;
    }
    const p = payload as Payload;
    const description = result.description ?? '';
    const field = textField(p);
    const retry = (next: Payload) => prev(method, next as typeof payload, signal);

    if (result.error_code === 400 && field && /can't parse entities|can't find end|unsupported start tag|unexpected end tag/i.test(description)) {
      logger.warn({ method, description }, 'Telegram refused the HTML; resending as plain text');
      const text = p[field] as string;
      return retry(withoutParseMode(p, field, isHtml(p) ? htmlToPlain(text) : text));
    }

    if (result.error_code === 400 && field && /too long/i.test(description)) {
      logger.warn({ method, description }, 'message too long; resending shortened');
      const text = p[field] as string;
      const limit = field === 'caption' ? 1000 : SHORTENED_LENGTH;
      const shortened = await retry({ ...p, [field]: isHtml(p) ? truncateHtml(text, limit) : cutText(text, limit) });
      if (shortened.ok) return shortened;
      return retry(withoutParseMode(p, field, cutText(isHtml(p) ? htmlToPlain(text) : text, limit / 2)));
    }

    const reply = p.reply_parameters as Payload | undefined;
    if (result.error_code === 400 && reply && typeof reply.quote === 'string' && /quote/i.test(description)) {
      logger.info({ method, description }, 'Telegram refused the reply quote; resending as a plain reply');
      const { quote: _q, quote_parse_mode: _m, quote_entities: _e, quote_position: _pos, ...plainReply } = reply;
      return retry({ ...p, reply_parameters: { ...plainReply, allow_sending_without_reply: true } });
    }

    if (result.error_code === 403) {
      const target = p.chat_id ?? p.user_id;
      const chat = typeof target === 'string' || typeof target === 'number' ? String(target) : '?';
      if (!blockedChats.has(chat)) {
        // Bounded memory: after many blocked chats, start over (at worst a chat is logged twice).
        if (blockedChats.size >= 100_000) blockedChats.clear();
        blockedChats.add(chat);
        logger.info({ method, chatId: chat, description }, 'the user blocked the bot or it was removed; not retrying');
      }
    }
    return result;
  };
}

/** True for Telegram's "blocked / kicked / deactivated" refusals, which need no reply. */
export function isForbidden(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}
