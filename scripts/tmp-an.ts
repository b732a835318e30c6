import { analyzeTerms } from '../src/text/analyzer.js';
for (const s of process.argv.slice(2)) console.log(s, '->', analyzeTerms(s));
