import { analyzeQuestion } from '../src/search/question.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
const index = createSearchIndex(buildEvalDatabase(process.argv.includes('--scale')));
for (const q of ['Apa kata Presiden Rusia soal pasukan Korut?', 'What did the Russian president say?', "What did Pyongyang's leader call the troops?", "What did South Korea's defence minister say?", 'Kapan pemimpin Korea Utara meresmikan museum?', 'Apa kata juru bicara Kremlin?'])
  console.log(q, analyzeQuestion(q, index).concepts.map((c) => `${c.label}[${c.alternatives.map((a) => a.terms.join('_')).join(',')}]`).join(' '));
