import { informalReadings } from '../src/text/stemmer.js';
import { formalOf } from '../src/text/informal.js';
for (const w of process.argv.slice(2)) console.log(w, '->', informalReadings(w), formalOf(w), [w, ...informalReadings(w)].map(formalOf));
