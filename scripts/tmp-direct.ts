import { createEngine } from '../src/search/engine.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { loadQuestionSets, questionSetFromFile } from '../src/eval/questions.js';
import { goldRank } from '../src/eval/score.js';
const scale = !process.argv.includes('--seeds');
const engine = createEngine(buildEvalDatabase(scale));
const sets = [...loadQuestionSets(), questionSetFromFile('/work/newsets/fresh-seeds.jsonl'), questionSetFromFile('/work/newsets/fresh-corpus.jsonl')];
const by: Record<string, [number, number]> = {};
for (const set of sets) {
  if (!scale && set.name.includes('corpus')) continue;
  for (const q of set.questions) {
    const a = engine.ask(q.question);
    if (a.noAnswer || a.match !== 'direct') continue;
    const ok = q.expect !== 'none' && goldRank(q, a) === 0;
    const k = `${q.expect === 'none' ? 'NEG' : q.style}/${a.kind}`;
    const v = (by[k] ??= [0, 0]); v[0]++; if (ok) v[1]++;
  }
}
for (const [k, [n, ok]] of Object.entries(by).sort()) console.log(k.padEnd(22), `${ok}/${n}`);
