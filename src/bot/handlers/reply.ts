/**
 * The one way the bot replies with a message: HTML text (the API defaults set the parse mode
 * and turn link previews off), threaded under the asking message in groups. Threading always
 * allows sending without the replied message, so a deleted question never costs the answer.
 */
import type { InlineKeyboard } from 'grammy';
import type { ReplyParameters } from 'grammy/types';
import type { BotContext } from '../context.js';

/** Reply parameters that thread a message under `messageId` (quoting `quote` when given). */
export function threadUnder(messageId: number, quote?: string): ReplyParameters {
  return { message_id: messageId, allow_sending_without_reply: true, ...(quote ? { quote } : {}) };
}

/** Where a reply to this update goes: under the asking message in groups; plainly in private chats. */
export function replyTo(ctx: BotContext): ReplyParameters | undefined {
  const msg = ctx.msg;
  if (!msg || ctx.chat?.type === 'private') return undefined;
  return threadUnder(msg.message_id);
}

export interface ReplyHtmlOptions {
  keyboard?: InlineKeyboard;
  /** Default: `replyTo(ctx)`. */
  replyParameters?: ReplyParameters;
}

/** Replies with HTML, threaded under the asking message in groups (or as `replyParameters` say). */
export async function replyHtml(ctx: BotContext, html: string, options: ReplyHtmlOptions = {}): Promise<void> {
  const replyParameters = options.replyParameters ?? replyTo(ctx);
  await ctx.reply(html, {
    ...(replyParameters ? { reply_parameters: replyParameters } : {}),
    ...(options.keyboard ? { reply_markup: options.keyboard } : {}),
  });
}
