/**
 * `/ask` (alias `/cari`) and `/cite` (alias `/sumber`), registered once for private chats and
 * groups; groups get the compact layout. `/cite` sent as a reply checks the replied claim.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { handleAsk, handleCite } from '../handlers/cite.js';

export const ASK_COMMANDS = ['ask', 'cari'];
export const CITE_COMMANDS = ['cite', 'sumber'];

export const askFeature = new Composer<BotContext>();

const chats = askFeature.chatType(['private', 'group', 'supergroup']);

chats.command(ASK_COMMANDS, (ctx) => handleAsk(ctx, ctx.match, ctx.chat.type !== 'private'));
chats.command(CITE_COMMANDS, (ctx) => handleCite(ctx, ctx.match, ctx.chat.type !== 'private'));
