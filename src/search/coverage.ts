/** What the corpus covers, for the "not found" reply: how many articles, which outlets, which dates, which names. */
import type { Db } from '../db/database.js';
import type { CorpusCoverage } from './answer-types.js';

const TOPIC_SAMPLE_ARTICLES = 300;

/** What the corpus covers, for the "not found" reply: outlets, dates, frequent names. */
export function summarizeCorpus(db: Db): CorpusCoverage {
  const c = db.$client;
  const stats = c.prepare('SELECT count(*) AS n, min(published) AS from_, max(published) AS to_ FROM articles').get() as {
    n: number;
    from_: string | null;
    to_: string | null;
  };
  const outlets = (c.prepare('SELECT o.name FROM outlets o JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 12').all() as { name: string }[]).map(
    (r) => r.name,
  );
  // Frequent capitalised names in the most recent articles' sentences stand for the topics.
  const texts = c
    .prepare(
      `SELECT s.text FROM sentences s WHERE s.article_id IN (SELECT id FROM articles ORDER BY published DESC LIMIT ${TOPIC_SAMPLE_ARTICLES})`,
    )
    .all() as { text: string }[];
  const counts = new Map<string, Set<string>>();
  for (const { text } of texts) {
    for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}/gu)) {
      const name = m[0];
      if (m.index === 0 && !name.includes(' ')) continue; // sentence-initial capital, not a name
      let set = counts.get(name);
      if (!set) counts.set(name, (set = new Set()));
      set.add(text);
    }
  }
  const topics = [...counts.entries()]
    .filter(([name]) => name.length > 3)
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, 6)
    .map(([name]) => name);
  const [t1 = 'berita', t2 = t1] = topics;
  return {
    articles: stats.n,
    outlets,
    from: stats.from_,
    to: stats.to_,
    topics,
    examples: {
      id: [`Apa yang diberitakan tentang ${t1}?`, `Apa kata ${t2} menurut berita?`],
      en: [`What was reported about ${t1}?`, `What did the news say about ${t2}?`],
    },
  };
}
