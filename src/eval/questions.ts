/** The question sets (tests/fixtures/eval) and which corpus each is asked against. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../db/database.js';

export const EVAL_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'eval');

const questionSchema = z.object({
  id: z.string(),
  lang: z.enum(['id', 'en']),
  question: z.string(),
  gold: z.array(z.string()),
  expect: z.enum(['answer', 'none']),
  style: z.string().default('wh'),
  article: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof questionSchema>;

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
  /** Asked against the seeds alone (and with the 3,459 articles under --scale). */
  seeds: boolean;
}

/** Reads one question file; a bad line names the file and line. */
export function readQuestions(file: string): EvalQuestion[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid question'}`);
      return [parsed.data];
    });
}

/** The question sets: the first samples and the seeds sets are about the seeds; the corpus sets are about the 3,459. */
export function loadQuestionSets(dir = EVAL_DIR): QuestionSet[] {
  return [
    { name: 'dev-questions', questions: readQuestions(path.join(dir, 'dev-questions.jsonl')), seeds: true },
    { name: 'dev-seeds', questions: readQuestions(path.join(dir, 'dev-seeds.jsonl')), seeds: true },
    { name: 'dev-corpus', questions: readQuestions(path.join(dir, 'dev-corpus.jsonl')), seeds: false },
    // Written later, by writers who had not seen the engine, about other sentences and articles.
    { name: 'more-seeds', questions: readQuestions(path.join(dir, 'more-seeds.jsonl')), seeds: true },
    { name: 'more-corpus', questions: readQuestions(path.join(dir, 'more-corpus.jsonl')), seeds: false },
    // Written later still, likewise; the second half of each kept apart while the engine changed.
    { name: 'fresh-seeds', questions: readQuestions(path.join(dir, 'fresh-seeds.jsonl')), seeds: true },
    { name: 'fresh-corpus', questions: readQuestions(path.join(dir, 'fresh-corpus.jsonl')), seeds: false },
    // Written in the session after, likewise, and measured before and after that session's changes.
    { name: 'blind-seeds', questions: readQuestions(path.join(dir, 'blind-seeds.jsonl')), seeds: true },
    { name: 'blind-corpus', questions: readQuestions(path.join(dir, 'blind-corpus.jsonl')), seeds: false },
    // Written in the session after, likewise, and kept sealed until that session's changes were measured.
    { name: 'sealed-seeds', questions: readQuestions(path.join(dir, 'sealed-seeds.jsonl')), seeds: true },
    { name: 'sealed-corpus', questions: readQuestions(path.join(dir, 'sealed-corpus.jsonl')), seeds: false },
  ];
}

/**
 * Another question file (`--questions FILE`): asked against the seeds alone when none of its
 * questions names an article of the 3,459, and with them under --scale.
 */
export function questionSetFromFile(file: string): QuestionSet {
  const questions = readQuestions(file);
  return { name: path.basename(file, '.jsonl'), questions, seeds: questions.every((q) => q.article === undefined) };
}
