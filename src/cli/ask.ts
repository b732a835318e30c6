/**
 * `npm run ask -- "question"`: one answer, human-readable.
 * `--json`: one Answer as one JSON object. `--jsonl`: questions from stdin, one per line
 * (plain text or {"question": ...}); one JSON answer per line, in order; a bad line gets an
 * answer with noAnswer and an error, never a crash.
 */
import 'dotenv/config';
import readline from 'node:readline';
import { openCorpus } from '../corpus/bootstrap.js';
import { loadConfig } from '../config.js';
import { createEngine, type Engine } from '../search/engine.js';
import { answerToJson } from '../render/json.js';
import type { Answer } from '../search/answer-types.js';

function errorAnswer(question: string, error: string): Answer {
  return { question, language: 'id', noAnswer: true, answers: [], kind: 'any', error };
}

/** Turns one JSONL input line into a question or an error message. */
export function questionOfLine(line: string): { question: string } | { error: string; question: string } {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return { question: line };
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed && typeof parsed === 'object' && 'question' in parsed && typeof parsed.question === 'string') return { question: parsed.question };
    return { question: '', error: 'line is a JSON object without a string "question" field' };
  } catch {
    return { question: line, error: 'line looks like JSON but does not parse' };
  }
}

async function runJsonl(engine: Engine): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const parsed = questionOfLine(line);
    let answer: Answer;
    if ('error' in parsed) answer = errorAnswer(parsed.question, parsed.error);
    else {
      try {
        answer = engine.ask(parsed.question);
      } catch (error) {
        answer = errorAnswer(parsed.question, `internal error: ${(error as Error).message}`);
      }
    }
    process.stdout.write(`${JSON.stringify(answerToJson(answer))}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const jsonl = argv.includes('--jsonl');
  const question = argv.filter((a) => !a.startsWith('--')).join(' ');
  const { db } = openCorpus(loadConfig().databasePath);
  const engine = createEngine(db);
  if (jsonl) {
    await runJsonl(engine);
    return 0;
  }
  if (!question.trim()) {
    console.error('usage: npm run ask -- [--json] "question"   |   npm run ask -- --jsonl < questions.txt');
    return 1;
  }
  const answer = engine.ask(question);
  if (json) console.log(JSON.stringify(answerToJson(answer)));
  else {
    const { renderAnswerText } = await import('../render/text.js');
    console.log(renderAnswerText(answer, answer.language));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
