/**
 * Update builders over the real-shaped fixtures in tests/fixtures/telegram-updates: each
 * builder loads a fixture, swaps in the text (with entities computed in UTF-16 units, as
 * Telegram does) and gives it a fresh update_id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageEntity, Update, User } from 'grammy/types';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Real-shaped Telegram updates, with their licences (tests/fixtures/telegram-updates/README.md). */
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'telegram-updates');

export const USER_ID = 5000000001;
export const SECOND_USER_ID = 5000000002;
export const SUPERGROUP_ID = -1001000000001;
export const BOT_USERNAME = 'example_news_bot';

let updateId = 910000000;
let messageId = 3000;

/** A fixture by name (without .json), deep-copied. */
export function fixture<T = Update>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8')) as T;
}

/** A fixture with a fresh update_id. */
export function freshFixture(name: string): Update {
  return { ...fixture(name), update_id: ++updateId };
}

/** Entities Telegram would attach: a leading bot_command, @mentions, #hashtags. */
export function entitiesFor(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(^|[^\w@])(@[A-Za-z0-9_]{5,32})/g)) {
    const offset = m.index + m[1]!.length;
    if (!(command && offset < command[0].length)) entities.push({ type: 'mention', offset, length: m[2]!.length });
  }
  for (const m of text.matchAll(/(^|\s)(#[\p{L}\p{N}_]+)/gu)) entities.push({ type: 'hashtag', offset: m.index + m[1]!.length, length: m[2]!.length });
  return entities.sort((a, b) => a.offset - b.offset);
}

/** A message as plain JSON, the way fixtures hold it; builders edit it and cast once at the end. */
type RawMessage = Record<string, unknown> & { message_id: number; from?: User; chat: { id: number; type: string } & Record<string, unknown> };

function rawMessage(name: string): RawMessage {
  return fixture<{ message: RawMessage }>(name).message;
}

function withText(msg: RawMessage, text: string): RawMessage {
  const entities = entitiesFor(text);
  const { entities: _old, ...rest } = msg;
  return { ...rest, message_id: ++messageId, text, ...(entities.length > 0 ? { entities } : {}) };
}

function asUpdate(message: RawMessage): Update {
  return { update_id: ++updateId, message } as unknown as Update;
}

export interface MessageOptions {
  from?: Partial<User>;
}

/** A private-chat text message from Test User (fixture private_text_message). */
export function privateMessage(text: string, options: MessageOptions = {}): Update {
  const message = withText(rawMessage('private_text_message'), text);
  if (options.from) {
    message.from = { ...message.from!, ...options.from };
    message.chat = { ...message.chat, id: message.from.id };
  }
  return asUpdate(message);
}

/** A supergroup text message (fixture group_mention), entities computed from the text. */
export function groupMessage(text: string, options: MessageOptions = {}): Update {
  const message = withText(rawMessage('group_mention'), text);
  if (options.from) message.from = { ...message.from!, ...options.from };
  return asUpdate(message);
}

/** A command in the supergroup, e.g. `groupCommand('/cite@example_news_bot ...')`. */
export function groupCommand(text: string, options: MessageOptions = {}): Update {
  const message = withText(rawMessage('group_command_with_botname'), text);
  if (options.from) message.from = { ...message.from!, ...options.from };
  return asUpdate(message);
}

/** A reply to the bot's own message in the supergroup (fixture group_reply_to_bot). */
export function groupReplyToBot(text: string): Update {
  return asUpdate(withText(rawMessage('group_reply_to_bot'), text));
}

/**
 * `text` (usually `/cite`) sent in the supergroup as a reply to Test User's message
 * `repliedText`; `quote` is the part the sender selected with Telegram's quote feature.
 */
export function groupReplyTo(repliedText: string, text: string, options: { quote?: string } = {}): Update {
  const message = withText(rawMessage('group_command_with_botname'), text);
  message.reply_to_message = withText(rawMessage('group_mention'), repliedText);
  if (options.quote) message.quote = { text: options.quote, position: repliedText.indexOf(options.quote) };
  return asUpdate(message);
}

/** An inline query from Test User (fixture inline_query). */
export function inlineQuery(query: string): Update {
  const update = fixture<Update & { inline_query: NonNullable<Update['inline_query']> }>('inline_query');
  return { update_id: ++updateId, inline_query: { ...update.inline_query, id: String(++messageId), query } };
}

/** A callback query (fixture callback_query) pressed under message `messageId` in `chatId`. */
export function callbackQuery(data: string, target: { chatId: number; messageId: number; text?: string }): Update {
  const cq = fixture<{ callback_query: Record<string, unknown> & { message: RawMessage } }>('callback_query').callback_query;
  const { reply_markup: _markup, ...message } = cq.message;
  const pressed = { ...message, message_id: target.messageId, text: target.text ?? 'answer', chat: { ...message.chat, id: target.chatId } };
  return { update_id: ++updateId, callback_query: { ...cq, id: String(++messageId), message: pressed, data } } as unknown as Update;
}

/** A private message carrying a document (fixture private_text_message without its text). */
export function privateDocument(fileName: string, fileId: string, fileSize: number, options: MessageOptions & { caption?: string } = {}): Update {
  const base = withText(rawMessage('private_text_message'), 'x');
  const { text: _t, entities: _e, ...message } = base;
  if (options.from) {
    message.from = { ...message.from!, ...options.from };
    message.chat = { ...message.chat, id: message.from.id };
  }
  return asUpdate({
    ...message,
    document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, mime_type: 'text/plain', file_size: fileSize },
    ...(options.caption ? { caption: options.caption, caption_entities: entitiesFor(options.caption) } : {}),
  });
}
