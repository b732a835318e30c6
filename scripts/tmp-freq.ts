import { readDistractors } from '../src/eval/corpora.js';
import { analyzeTokens } from '../src/text/analyzer.js';
import { stemWord } from '../src/text/analyzer.js';
import { INDONESIAN_STOP_WORDS } from '../src/text/stopwords.js';
const df = new Map<string, number>();
const forms = new Map<string, Map<string, number>>();
for (const a of readDistractors()) {
  const seen = new Set<string>();
  for (const t of analyzeTokens(a.text)) {
    if (t.kind !== 'word' || INDONESIAN_STOP_WORDS.has(t.text) || t.text.length < 3) continue;
    for (const s of stemWord(t.text)) {
      const f = forms.get(s) ?? new Map<string, number>(); forms.set(s, f); f.set(t.text, (f.get(t.text) ?? 0) + 1);
      if (!seen.has(s)) { seen.add(s); df.set(s, (df.get(s) ?? 0) + 1); }
    }
  }
}
const top = [...df].filter(([s]) => /^[a-z]+$/.test(s)).sort((a, b) => b[1] - a[1]).slice(0, 1500);
for (const [s, n] of top) console.log(`${s}\t${n}\t${[...forms.get(s)!].sort((a, b) => b[1] - a[1]).slice(0, 4).map((x) => x[0]).join(' ')}`);
