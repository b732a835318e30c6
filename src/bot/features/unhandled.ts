/**
 * Installed last: whatever no feature took. In private chats the user gets a hint; callback
 * queries are still answered; everything else (group chatter, channel posts, edited messages,
 * membership changes) is ignored without a word.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { isCommandForBot, leadingCommand } from '../filters/addressed.js';
import { replyHtml } from '../handlers/reply.js';

export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.chatType('private').on('message', (ctx) =>
  replyHtml(ctx, ctx.tHtml(leadingCommand(ctx.msg) ? 'unknown-command' : 'unhandled-private')),
);

// `/unknown@thisbot` in a group is addressed to us by name: say so. A bare `/unknown` may be
// meant for another bot in the group, so it stays unanswered.
unhandledFeature.chatType(['group', 'supergroup']).on('message', async (ctx) => {
  const cmd = leadingCommand(ctx.msg);
  if (cmd?.username && isCommandForBot(ctx.msg, ctx.me)) await replyHtml(ctx, ctx.tHtml('unknown-command'));
});

unhandledFeature.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('callback-unknown') }));

unhandledFeature.on('my_chat_member', (ctx) => {
  const update = ctx.myChatMember;
  ctx.deps.logger.info(
    { update_id: ctx.update.update_id, chatId: update.chat.id, chatType: update.chat.type, from: update.old_chat_member.status, to: update.new_chat_member.status },
    'bot membership changed',
  );
});

unhandledFeature.use((ctx) => {
  ctx.deps.logger.debug({ update_id: ctx.update.update_id, kind: Object.keys(ctx.update).find((k) => k !== 'update_id') }, 'update ignored');
});
