import { expandEnglishChat } from '../src/text/glossary.js';
for (const s of process.argv.slice(2)) console.log(expandEnglishChat(s));
