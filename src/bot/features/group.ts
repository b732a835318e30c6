/**
 * Groups: the bot speaks only when addressed: `/ask`, `/cite` (alias `/sumber`, also as a
 * reply to someone's message; `features/ask.ts`), a mention of the bot, or a reply to one of
 * its messages. Everything else passes through untouched and, by the end of the chain, unanswered.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { botMentions, isReplyToBot, leadingCommand, withoutMentions } from '../filters/addressed.js';
import { replyWithAnswer } from '../handlers/answer.js';
import { replyAskUsage } from '../handlers/cite.js';

export const groupFeature = new Composer<BotContext>();

const group = groupFeature.chatType(['group', 'supergroup']);

group.on(['message:text', 'message:caption'], async (ctx, next) => {
  const msg = ctx.msg;
  // Commands are for the commands features, or for other bots.
  if (leadingCommand(msg)) return next();
  const mentioned = botMentions(msg, ctx.me).length > 0;
  if (!mentioned && !isReplyToBot(msg, ctx.me)) return next();
  const question = mentioned ? withoutMentions(msg, ctx.me) : (msg.text ?? msg.caption ?? '').trim();
  if (!question) {
    await replyAskUsage(ctx);
    return;
  }
  await replyWithAnswer(ctx, question, { compact: true });
});
