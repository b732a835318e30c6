/**
 * The terminal chat (`npm start` without a token): the same engine and the same strings as the
 * bot, rendered as plain text. On a TTY it is an interactive prompt; with piped input it answers
 * each line and ends at EOF, so `printf 'question\n' | npm start` works in scripts. The bot's
 * commands (`/help`, `/sources`, `/lang en`, `/ask ...`) work here too (chat-commands.ts).
 */
import readline from 'node:readline';
import type { Engine } from '../search/engine.js';
import type { Language } from '../search/answer-types.js';
import { languageFromCode, t } from '../render/messages.js';
import { renderAnswerText } from '../render/text.js';
import { respondToLine, type ChatSession } from './chat-commands.js';

export interface ChatOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and welcome line (true when stdin is a TTY). */
  interactive: boolean;
  /** Language of the interface text; each answer is still rendered in its question's language. */
  language?: Language;
}

/** Answers one line of input as plain text (empty for an empty line). */
export function answerLine(engine: Engine, line: string): string {
  const question = line.trim();
  if (!question) return '';
  const answer = engine.ask(question);
  return renderAnswerText(answer, answer.language);
}

/** Runs the chat until the input ends; resolves with the number of lines answered (commands too). */
export async function runChat(options: ChatOptions): Promise<number> {
  const { engine, input, output, interactive } = options;
  const locale = options.language ?? languageFromCode(process.env.LANG);
  const rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const session: ChatSession = { engine, locale };
  let answered = 0;
  if (interactive) {
    output.write(`${t(locale, 'terminal-welcome')}\n`);
    rl.setPrompt(t(locale, 'terminal-prompt'));
    rl.prompt();
  }
  for await (const line of rl) {
    const text = respondToLine(session, line);
    if (text) {
      answered++;
      output.write(interactive ? `\n${text}\n\n` : `> ${line.trim()}\n${text}\n\n`);
    }
    if (interactive) rl.prompt();
  }
  if (interactive) output.write('\n');
  return answered;
}
