import { askedOf, kindMatch } from '../src/search/rank.js';
import { analyzeQuestion } from '../src/search/question.js';
const q = analyzeQuestion('Musim terbaik Nadal ialah 2005, berapa gelar di Piala Dunia dia raih?');
console.log(q.concepts.map((c) => c.label));
const asked = askedOf(q.concepts, [2005]);
console.log([...asked.words]);
for (const t of ['Tuan Rumah Kualifikasi Piala Dunia dimulai.', 'Laga di Stadion Gelora Bung Karno.']) console.log(t, kindMatch('person', t, asked));
