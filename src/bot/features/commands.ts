/** `/start` (with deep-link questions), `/help`, `/sources` and `/lang`. */
import { Composer } from 'grammy';
import { escapeHtml, MAX_MESSAGE_LENGTH } from '../../render/html.js';
import { isLanguage } from '../../render/messages.js';
import { renderSourcesHtml } from '../../render/telegram.js';
import { renderFeedStatusHtml } from '../../render/feed-status.js';
import { feedStatuses } from '../../newsroom/feeds.js';
import type { BotContext } from '../context.js';
import { decodeStartPayload } from '../deep-link.js';
import { replyWithAnswer } from '../handlers/answer.js';
import { replyHtml } from '../handlers/reply.js';

export const commandsFeature = new Composer<BotContext>();

function helpHtml(ctx: BotContext): string {
  return ctx.tHtml('help', {
    example1: { html: `<code>${escapeHtml(ctx.t('example-question-1'))}</code>` },
    example2: { html: `<code>${escapeHtml(ctx.t('example-question-2'))}</code>` },
    bot: ctx.me.username,
  });
}

commandsFeature.command('start', async (ctx) => {
  const payload = ctx.match.trim();
  if (payload && payload !== 'help') {
    const question = decodeStartPayload(payload);
    if (question) {
      await replyWithAnswer(ctx, question, { compact: ctx.chat.type !== 'private' });
      return;
    }
  }
  await replyHtml(ctx, `${ctx.tHtml('start-welcome')}\n\n${helpHtml(ctx)}`);
});

commandsFeature.command('help', (ctx) => replyHtml(ctx, helpHtml(ctx)));

commandsFeature.command('sources', (ctx) => {
  const feeds = renderFeedStatusHtml(feedStatuses(ctx.deps.engine.db), ctx.uiLanguage);
  return replyHtml(ctx, renderSourcesHtml(ctx.deps.engine.sources(), ctx.uiLanguage, MAX_MESSAGE_LENGTH - feeds.length) + feeds);
});

/** In groups only the group's admins may change its language (one call to getChatMember). */
async function maySetLanguage(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type === 'private') return true;
  if (!ctx.from || ctx.msg?.sender_chat) return false;
  const member = await ctx.getAuthor();
  return member.status === 'creator' || member.status === 'administrator';
}

commandsFeature.command('lang', async (ctx) => {
  const wanted = ctx.match.trim().toLowerCase();
  if (isLanguage(wanted) && !(await maySetLanguage(ctx))) {
    await replyHtml(ctx, ctx.tHtml('lang-admins-only'));
    return;
  }
  if (isLanguage(wanted) && ctx.chat) {
    await ctx.deps.chatSettings.setLanguage(ctx.chat.id, wanted);
    ctx.chatLanguage = wanted;
    ctx.uiLanguage = wanted;
    ctx.i18n.useLocale(wanted);
    await replyHtml(ctx, ctx.tHtml('lang-set'));
    return;
  }
  const current = ctx.chatLanguage ? ctx.t(`lang-name-${ctx.chatLanguage}`) : ctx.t('lang-auto');
  await replyHtml(ctx, ctx.tHtml('lang-usage', { current }));
});
