/** Private chats: any text (or caption) is a question; `/ask` and `/cite` work here too. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { leadingCommand, textAndEntities } from '../filters/addressed.js';
import { replyWithAnswer } from '../handlers/answer.js';
import { handleAsk, handleCite } from '../handlers/cite.js';

export const questionFeature = new Composer<BotContext>();

const privateChat = questionFeature.chatType('private');

privateChat.command(['ask', 'cari'], (ctx) => handleAsk(ctx, ctx.match, false));
privateChat.command(['cite', 'sumber'], (ctx) => handleCite(ctx, ctx.match, false));

privateChat.on(['message:text', 'message:caption'], async (ctx, next) => {
  // Unknown commands fall through to the unhandled feature.
  if (leadingCommand(ctx.msg)) return next();
  const { text } = textAndEntities(ctx.msg);
  if (!text.trim()) return next();
  await replyWithAnswer(ctx, text, { compact: false });
});
