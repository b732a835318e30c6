import { createSearchIndex } from '../src/search/search-index.js';
import { buildEvalDatabase } from '../src/eval/corpora.js';
import { analyzeTerms } from '../src/text/analyzer.js';
const index = createSearchIndex(buildEvalDatabase(true));
for (const t of ['pemimpin korea utara', 'juru bicara kremlin', 'presiden rusia', 'menteri pertahanan korea selatan']) console.log(t, analyzeTerms(t), index.titleHolder(analyzeTerms(t)));
