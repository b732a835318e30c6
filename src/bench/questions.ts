/**
 * The questions the bench asks: the sample questions shipped in `tests/fixtures/eval/`, or a
 * built-in list in both languages when another file is given and turns out empty or missing.
 */
import fs from 'node:fs';
import { DEV_QUESTIONS_FILE } from './fixtures.js';

export interface BenchQuestion {
  question: string;
  lang: 'id' | 'en';
}

export { DEV_QUESTIONS_FILE };

/** Questions about the seed articles and off-topic ones, as users type them. */
export const BUILTIN_QUESTIONS: readonly BenchQuestion[] = [
  { lang: 'id', question: 'Berapa tentara Korea Utara yang dikirim ke Rusia?' },
  { lang: 'en', question: 'How many North Korean soldiers were sent to Russia?' },
  { lang: 'id', question: 'Siapa yang memerintahkan pengerahan pasukan ke Rusia?' },
  { lang: 'en', question: 'Who ordered the deployment of troops to Russia?' },
  { lang: 'id', question: 'Kapan Korea Utara mengakui mengirim pasukan?' },
  { lang: 'en', question: 'When did North Korea confirm it sent troops?' },
  { lang: 'id', question: 'Di mana pasukan Korea Utara bertempur?' },
  { lang: 'en', question: 'Where did the North Korean troops fight?' },
  { lang: 'id', question: 'Apa kata Putin tentang Korea Utara?' },
  { lang: 'en', question: 'What did Putin say about North Korea?' },
  { lang: 'id', question: 'Berapa korban tentara Korea Utara?' },
  { lang: 'en', question: 'How many North Korean soldiers were killed or wounded?' },
  { lang: 'id', question: 'Apakah Korea Utara membantu Rusia di Kursk?' },
  { lang: 'en', question: 'Did North Korea help Russia in Kursk?' },
  { lang: 'id', question: 'Mengapa Kim Jong Un mengirim tentara?' },
  { lang: 'en', question: 'Why did Kim Jong Un send soldiers?' },
  { lang: 'id', question: 'Apa isi perjanjian kemitraan strategis Rusia dan Korea Utara?' },
  { lang: 'en', question: 'What does the strategic partnership treaty between Russia and North Korea say?' },
  { lang: 'id', question: 'Berapa harga pizza di Jakarta?' },
  { lang: 'en', question: 'Who won the football world cup?' },
];

/** Loads the sample questions, or the built-in list when they are absent. */
export function loadQuestions(file: string = DEV_QUESTIONS_FILE): { questions: BenchQuestion[]; source: 'dev-questions' | 'builtin' } {
  if (!fs.existsSync(file)) return { questions: [...BUILTIN_QUESTIONS], source: 'builtin' };
  const questions: BenchQuestion[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { question?: unknown; lang?: unknown };
    if (typeof raw.question !== 'string') continue;
    questions.push({ question: raw.question, lang: raw.lang === 'en' ? 'en' : 'id' });
  }
  return questions.length > 0 ? { questions, source: 'dev-questions' } : { questions: [...BUILTIN_QUESTIONS], source: 'builtin' };
}
