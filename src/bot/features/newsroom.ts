/**
 * Newsroom commands: `/follow`, `/following`, `/unfollow` (follow-ups; in groups only the group's
 * admins may change them), 👍/👎 under answers (stored without the voter), and `/gaps` for the
 * bot's editors (ADMIN_IDS): what readers asked that the archive could not answer.
 */
import { Composer } from 'grammy';
import { escapeHtml, tHtml } from '../../render/html.js';
import { t } from '../../render/messages.js';
import { COMPACT_PAGE_SIZE, PAGE_SIZE } from '../../render/telegram.js';
import { pageOf } from '../../render/answer-view.js';
import { recordVote, listGaps, type GapLine } from '../../newsroom/feedback.js';
import { addFollow, listFollows, removeFollows } from '../../newsroom/follows.js';
import type { BotContext } from '../context.js';
import { isAdmin } from '../filters/is-admin.js';
import { askEngine, cutQuestion } from '../handlers/answer.js';
import { replyHtml } from '../handlers/reply.js';
import { decodeVoteData } from '../keyboards/answer-keyboard.js';

export const newsroomFeature = new Composer<BotContext>();

/** Longest question a follow keeps. */
export const MAX_FOLLOW_CHARS = 300;
/** `/gaps` looks this many days back unless told otherwise. */
export const DEFAULT_GAP_DAYS = 7;

/** In groups only the group's admins may change its follows (one getChatMember call). */
async function mayManageFollows(ctx: BotContext): Promise<boolean> {
  if (ctx.chat?.type === 'private') return true;
  if (!ctx.from || ctx.msg?.sender_chat) return false;
  const member = await ctx.getAuthor();
  return member.status === 'creator' || member.status === 'administrator';
}

newsroomFeature.command('follow', async (ctx) => {
  const locale = ctx.uiLanguage;
  const question = cutQuestion(ctx.match, MAX_FOLLOW_CHARS).text;
  if (!question) {
    await replyHtml(ctx, tHtml(locale, 'follow-usage'));
    return;
  }
  if (!(await mayManageFollows(ctx))) {
    await replyHtml(ctx, tHtml(locale, 'follow-admins-only'));
    return;
  }
  const result = addFollow(ctx.deps.engine.db, ctx.deps.engine, ctx.chat.id, question, locale);
  if (result.status === 'too-many') {
    await replyHtml(ctx, tHtml(locale, 'follow-too-many'));
    return;
  }
  ctx.deps.logger.info({ update_id: ctx.update.update_id, follow: result.follow.id, status: result.status }, 'follow');
  await replyHtml(ctx, tHtml(locale, result.status === 'added' ? 'follow-added' : 'follow-exists', { question }));
});

newsroomFeature.command('following', async (ctx) => {
  const locale = ctx.uiLanguage;
  const follows = listFollows(ctx.deps.engine.db, ctx.chat.id);
  if (follows.length === 0) {
    await replyHtml(ctx, tHtml(locale, 'following-none'));
    return;
  }
  const lines = follows.map((f, i) => `${i + 1}. ${escapeHtml(f.question)}`);
  await replyHtml(ctx, `${tHtml(locale, 'following-title', { count: follows.length })}\n${lines.join('\n')}\n\n${tHtml(locale, 'following-hint')}`);
});

newsroomFeature.command('unfollow', async (ctx) => {
  const locale = ctx.uiLanguage;
  const arg = ctx.match.trim().toLowerCase();
  const which = arg === 'all' || arg === 'semua' ? 'all' : /^\d{1,3}$/.test(arg) ? Number(arg) : undefined;
  if (which === undefined) {
    await replyHtml(ctx, tHtml(locale, 'unfollow-usage'));
    return;
  }
  if (!(await mayManageFollows(ctx))) {
    await replyHtml(ctx, tHtml(locale, 'follow-admins-only'));
    return;
  }
  const removed = removeFollows(ctx.deps.engine.db, ctx.chat.id, which);
  await replyHtml(ctx, tHtml(locale, removed > 0 ? 'unfollow-done' : 'unfollow-none', { count: removed }));
});

function gapLines(lines: GapLine[]): string {
  return lines.map((l) => `• ${escapeHtml(l.question)} (${l.count}×)`).join('\n');
}

newsroomFeature.command('gaps', async (ctx) => {
  const locale = ctx.uiLanguage;
  if (!isAdmin(ctx)) {
    await replyHtml(ctx, tHtml(locale, 'gaps-admins-only'));
    return;
  }
  const arg = Number(ctx.match.trim());
  const days = Number.isInteger(arg) && arg > 0 ? Math.min(arg, ctx.deps.config.questionLogDays) : Math.min(DEFAULT_GAP_DAYS, ctx.deps.config.questionLogDays);
  const gaps = listGaps(ctx.deps.engine.db, days);
  if (gaps.notFound.length + gaps.related.length + gaps.votedDown.length === 0) {
    await replyHtml(ctx, tHtml(locale, 'gaps-none', { days }));
    return;
  }
  const sections = [`<b>${tHtml(locale, 'gaps-title', { days })}</b>`];
  if (gaps.notFound.length > 0) sections.push(`${tHtml(locale, 'gaps-not-found')}\n${gapLines(gaps.notFound)}`);
  if (gaps.related.length > 0) sections.push(`${tHtml(locale, 'gaps-related')}\n${gapLines(gaps.related)}`);
  if (gaps.votedDown.length > 0) sections.push(`${tHtml(locale, 'gaps-voted-down')}\n${gapLines(gaps.votedDown)}`);
  await replyHtml(ctx, sections.join('\n\n'));
});

newsroomFeature.on('callback_query:data', async (ctx, next) => {
  const vote = decodeVoteData(ctx.callbackQuery.data);
  if (!vote) return next();
  const state = await ctx.deps.buttonStates.load(vote.id);
  if (!state) {
    await ctx.answerCallbackQuery({ text: t(ctx.uiLanguage, 'callback-expired') });
    return;
  }
  const { answer } = askEngine(ctx, state.question);
  const { quotes } = pageOf(answer, vote.page, state.compact ? COMPACT_PAGE_SIZE : PAGE_SIZE);
  recordVote(ctx.deps.engine.db, {
    question: state.question,
    sentenceIds: quotes.map((q) => q.sentenceId),
    up: vote.up,
    voter: `${vote.id}:${ctx.from.id}`,
  });
  await ctx.answerCallbackQuery({ text: t(ctx.uiLanguage, vote.up ? 'feedback-thanks-up' : 'feedback-thanks-down') });
});
