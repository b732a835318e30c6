/**
 * `/ask` and `/cite` (alias `/sumber`). `/cite` sent as a reply looks up the replied message's
 * claim and answers under that message, quoting the claim; Telegram's quote must be an exact
 * substring of at most 1024 characters (the API fallbacks resend without it if refused).
 */
import type { Message } from 'grammy/types';
import { cutPrefix } from '../../render/cut.js';
import type { BotContext } from '../context.js';
import { replyWithAnswer } from './answer.js';
import { replyHtml, threadUnder } from './reply.js';

/** Telegram's limit on `reply_parameters.quote`. */
export const MAX_REPLY_QUOTE = 1024;

/** An exact substring of `text` usable as a reply quote: trimmed, at most 1024 UTF-16 units. */
export function replyQuote(text: string, max = MAX_REPLY_QUOTE): string {
  return cutPrefix(text.trim(), max, { wordBoundaryAfter: 0.5 });
}

/** The claim a `/cite` reply points at: the part the user quoted, else the whole text or caption. */
export function claimOf(msg: Message): { claim: string; quote: string } | undefined {
  const replied = msg.reply_to_message;
  if (!replied) return undefined;
  const full = replied.text ?? replied.caption;
  const selected = msg.quote?.text;
  const claim = selected ?? full;
  if (!claim?.trim()) return undefined;
  return { claim, quote: replyQuote(claim) };
}

/** How to ask: the one usage reply for `/ask` without a question and a bare mention in a group. */
export function replyAskUsage(ctx: BotContext): Promise<void> {
  return replyHtml(ctx, ctx.tHtml('ask-usage', { example: ctx.t('example-question-1') }));
}

/** `/ask question`: answers, or shows how to use it. */
export async function handleAsk(ctx: BotContext, question: string, compact: boolean): Promise<void> {
  if (!question.trim()) {
    await replyAskUsage(ctx);
    return;
  }
  await replyWithAnswer(ctx, question, { compact });
}

/** `/cite [question]`: with a question like /ask; as a reply, looks up the replied claim. */
export async function handleCite(ctx: BotContext, args: string, compact: boolean): Promise<void> {
  const msg = ctx.msg;
  if (args.trim() || !msg) {
    await handleAsk(ctx, args, compact);
    return;
  }
  const claim = claimOf(msg);
  const replied = msg.reply_to_message;
  if (!claim || !replied) {
    await replyHtml(ctx, ctx.tHtml('cite-usage'));
    return;
  }
  // Answer under the claim, quoting it, so the group sees what was checked.
  await replyWithAnswer(ctx, claim.claim, { compact, replyParameters: threadUnder(replied.message_id, claim.quote) });
}
