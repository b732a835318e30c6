import { openCorpus } from '../src/corpus/bootstrap.js';
import { createEngine } from '../src/search/engine.js';
import { rankQuestion } from '../src/search/answer.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { directBlocker } from '../src/search/policy.js';
const engine = createEngine(openCorpus(':memory:').db);
for (const q of process.argv.slice(2)) {
  const a = engine.ask(q);
  const r = rankQuestion(createSearchIndex(engine.db), q);
  console.log(q, '->', a.match, a.noAnswer, r.ranked[0]?.coverage.toFixed(2), directBlocker(r.q, r.evidence, r.ranked[0]!), r.q.concepts.map((c) => c.label + '[' + c.alternatives.map((x) => x.terms.join('_')).join(',') + ']').join(' '));
  console.log('   ', a.answers[0]?.text.slice(0, 150), JSON.stringify(a.claim?.dates));
}
