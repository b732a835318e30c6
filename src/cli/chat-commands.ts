/**
 * The bot's commands in the terminal chat: `/start`, `/help`, `/sources`, `/lang id|en`, and
 * `/ask` (`/cari`) and `/cite` (`/sumber`) followed by a question. They answer with the bot's
 * texts (src/locales), without markup; any other line is a question.
 */
import type { Language } from '../search/answer-types.js';
import type { Engine } from '../search/engine.js';
import { isLanguage, t } from '../render/messages.js';
import { renderAnswerText, renderSourcesText } from '../render/text.js';

/** What the terminal remembers between lines, as the bot does per chat. */
export interface ChatSession {
  engine: Engine;
  /** Language of the interface text (welcome, help, errors). */
  locale: Language;
  /** Set by `/lang`: every reply in this language; otherwise each answer in its question's. */
  chatLanguage?: Language;
  /** The language of the last question: commands after it reply in it (unless `/lang` is set). */
  lastQuestionLanguage?: Language;
}

/** `/command` or `/command@bot`, then its argument (as the bot's commands are parsed). */
const COMMAND = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/;

/** Answers a question in the chat's language, or in the question's own. */
function answer(session: ChatSession, question: string): string {
  const result = session.engine.ask(question);
  session.lastQuestionLanguage = result.language;
  return renderAnswerText(result, session.chatLanguage ?? result.language);
}

function help(locale: Language): string {
  return t(locale, 'terminal-help', { example1: t(locale, 'example-question-1'), example2: t(locale, 'example-question-2') });
}

/** Replies to one line of input: a command's text or a question's answer ('' for an empty line). */
export function respondToLine(session: ChatSession, line: string): string {
  const text = line.trim();
  if (!text) return '';
  const command = COMMAND.exec(text);
  if (!command) return answer(session, text);
  const name = command[1]!.toLowerCase();
  const arg = (command[2] ?? '').trim();
  const locale = session.chatLanguage ?? session.lastQuestionLanguage ?? session.locale;
  switch (name) {
    case 'start':
      return `${t(locale, 'start-welcome')}\n\n${help(locale)}`;
    case 'help':
      return help(locale);
    case 'sources':
      return renderSourcesText(session.engine.sources(), locale, session.engine.stats().articles);
    case 'lang': {
      const wanted = arg.toLowerCase();
      if (isLanguage(wanted)) {
        session.chatLanguage = wanted;
        return t(wanted, 'lang-set');
      }
      const current = session.chatLanguage ? t(locale, `lang-name-${session.chatLanguage}`) : t(locale, 'lang-auto');
      return t(locale, 'lang-usage', { current });
    }
    case 'ask':
    case 'cari':
      return arg ? answer(session, arg) : t(locale, 'ask-usage', { example: t(locale, 'example-question-1') });
    case 'cite':
    case 'sumber':
      return arg ? answer(session, arg) : t(locale, 'cite-usage');
    default:
      return t(locale, 'unknown-command');
  }
}
