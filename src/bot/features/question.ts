/** Private chats: any text (or caption) is a question (`/ask` and `/cite` are in `features/ask.ts`). */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { leadingCommand, textAndEntities } from '../filters/addressed.js';
import { replyWithAnswer } from '../handlers/answer.js';

export const questionFeature = new Composer<BotContext>();

questionFeature.chatType('private').on(['message:text', 'message:caption'], async (ctx, next) => {
  // Unknown commands fall through to the unhandled feature.
  if (leadingCommand(ctx.msg)) return next();
  const { text } = textAndEntities(ctx.msg);
  if (!text.trim()) return next();
  await replyWithAnswer(ctx, text, { compact: false });
});
