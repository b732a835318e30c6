/** Admin check: the sender's user id must be in ADMIN_IDS, in private chats and in groups. */
import type { BotContext } from '../context.js';

/** True when the update's sender is a configured admin (never for anonymous group admins). */
export function isAdmin(ctx: BotContext): boolean {
  const id = ctx.from?.id;
  // Anonymous admins post as the group (GroupAnonymousBot); they cannot be identified.
  if (id === undefined || ctx.msg?.sender_chat) return false;
  return ctx.deps.config.adminIds.has(id);
}
