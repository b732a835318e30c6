/**
 * Sending an answer: ask the engine, render, attach buttons, reply. Shared by private
 * questions, group commands, mentions, replies and /start deep links.
 */
import type { ReplyParameters } from 'grammy/types';
import type { Answer, Language } from '../../search/answer-types.js';
import { cutPrefix } from '../../render/cut.js';
import { renderAnswerHtml, MAX_QUESTION_CHARS } from '../../render/telegram.js';
import type { BotContext } from '../context.js';
import { answerKeyboard } from '../keyboards/answer-keyboard.js';
import { recordQuestion } from '../../newsroom/feedback.js';
import { shownAnswerOf } from '../state/shown-answer.js';
import { replyHtml } from './reply.js';

/** How many quotes to fetch for one answer (pages of 3, or 2 in groups). */
export const QUOTES_PER_ANSWER = 9;

/** Cuts a question to the maximum length at a word boundary; says whether it cut. */
export function cutQuestion(question: string, max = MAX_QUESTION_CHARS): { text: string; truncated: boolean } {
  const trimmed = question.trim();
  if (trimmed.length <= max) return { text: trimmed, truncated: false };
  return { text: cutPrefix(trimmed, max), truncated: true };
}

/** Asks the engine; marks the answer truncated when the bot cut the question. */
export function askEngine(ctx: BotContext, question: string): { answer: Answer; question: string } {
  const cut = cutQuestion(question);
  const answer = ctx.deps.engine.ask(cut.text, { limit: QUOTES_PER_ANSWER });
  return { answer: cut.truncated && !answer.truncated ? { ...answer, truncated: true } : answer, question: cut.text };
}

/** The reply language: the chat's choice, else the question's language. */
export function answerLanguage(ctx: BotContext, answer: Answer): Language {
  return ctx.chatLanguage ?? answer.language;
}

export interface ReplyOptions {
  /** Group layout: fewer quotes and only a "More" button. */
  compact: boolean;
  /** Where the answer goes; default: under the asking message in groups (`replyTo`). */
  replyParameters?: ReplyParameters;
}

/** Answers `question` in the current chat with quotes, attribution and buttons. */
export async function replyWithAnswer(ctx: BotContext, question: string, options: ReplyOptions): Promise<void> {
  const { answer, question: asked } = askEngine(ctx, question);
  const locale = answerLanguage(ctx, answer);
  recordQuestion(ctx.deps.engine.db, asked, answer);
  const rendered = renderAnswerHtml(answer, locale, { compact: options.compact, page: 0 });
  const id = rendered.noAnswer ? undefined : await ctx.deps.buttonStates.save({ question: asked, compact: options.compact, shown: shownAnswerOf(answer) });
  const keyboard = id === undefined ? undefined : answerKeyboard(id, rendered, locale, options.compact);
  ctx.deps.logger.debug(
    { update_id: ctx.update.update_id, language: answer.language, noAnswer: answer.noAnswer, quotes: answer.answers.length },
    'answering question',
  );
  await replyHtml(ctx, rendered.text, {
    ...(keyboard ? { keyboard } : {}),
    ...(options.replyParameters ? { replyParameters: options.replyParameters } : {}),
  });
}
