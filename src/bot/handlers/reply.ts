/** Sending HTML replies with the options every reply shares. */
import type { InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { replyTo } from './answer.js';

/** Replies with HTML, no link previews, threaded under the asking message in groups. */
export async function replyHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const replyParameters = replyTo(ctx);
  await ctx.reply(html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(replyParameters ? { reply_parameters: replyParameters } : {}),
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
