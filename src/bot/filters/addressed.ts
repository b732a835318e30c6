/**
 * When is a message meant for the bot? In private chats always; in groups only for our
 * commands, a mention, or a reply to one of our messages. Everything else in a group is
 * chatter the bot must never answer (nor count towards rate limits).
 */
import type { Context } from 'grammy';
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

/** The message's text or caption with the entities that belong to it. */
export function textAndEntities(msg: Message): { text: string; entities: MessageEntity[] } {
  if (msg.text !== undefined) return { text: msg.text, entities: msg.entities ?? [] };
  return { text: msg.caption ?? '', entities: msg.caption_entities ?? [] };
}

/** The leading command of a message (`/cite@bot ...` gives `cite` and `bot`), if any. */
export function leadingCommand(msg: Message): { command: string; username: string | undefined } | undefined {
  const { text, entities } = textAndEntities(msg);
  const entity = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity) return undefined;
  const [command = '', username] = text.slice(1, entity.length).split('@');
  return { command: command.toLowerCase(), username };
}

/** True when the leading command is for this bot (no @username, or ours). */
export function isCommandForBot(msg: Message, me: UserFromGetMe): boolean {
  const cmd = leadingCommand(msg);
  return cmd !== undefined && (cmd.username === undefined || cmd.username.toLowerCase() === me.username.toLowerCase());
}

/** Spans (UTF-16 offsets) of mentions of the bot: `@botname` or a text mention of its user. */
export function botMentions(msg: Message, me: UserFromGetMe): { offset: number; length: number }[] {
  const { text, entities } = textAndEntities(msg);
  const handle = `@${me.username}`.toLowerCase();
  return entities.filter(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
}

/** True when the message replies to one of the bot's own messages. */
export function isReplyToBot(msg: Message, me: UserFromGetMe): boolean {
  return msg.reply_to_message?.from?.id === me.id;
}

/** The text with mentions of the bot removed and the leftover punctuation tidied. */
export function withoutMentions(msg: Message, me: UserFromGetMe): string {
  const { text } = textAndEntities(msg);
  let out = text;
  for (const m of [...botMentions(msg, me)].sort((a, b) => b.offset - a.offset)) {
    out = `${out.slice(0, m.offset)} ${out.slice(m.offset + m.length)}`;
  }
  return out
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:!?-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * True when an update is a message addressed to the bot: anything in a private chat; in
 * groups, our commands, mentions and replies to the bot. Edited messages and channel posts
 * never are.
 */
export function isAddressedToBot(ctx: Context): boolean {
  const msg = ctx.message;
  if (!msg) return false;
  if (msg.chat.type === 'private') return true;
  if (msg.chat.type !== 'group' && msg.chat.type !== 'supergroup') return false;
  return isCommandForBot(msg, ctx.me) || botMentions(msg, ctx.me).length > 0 || isReplyToBot(msg, ctx.me);
}
