import { isIndonesianWord } from '../src/text/stemmer.js';
for (const w of process.argv.slice(2)) console.log(w, isIndonesianWord(w));
