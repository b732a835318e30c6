/**
 * Inline mode's most-cited facts come from the newest articles, whatever the order they were
 * ingested in and however long the older ones are, and group copies across outlets.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles } from '../../src/corpus/ingest.js';
import { computeTopFacts } from '../../src/search/top-facts.js';

const WORDS = ['sawah', 'pelabuhan', 'jembatan', 'sekolah', 'pasar', 'bendungan', 'terminal', 'puskesmas', 'stadion', 'museum'];

function article(id: string, outlet: string, published: string, paragraphs: string[]): ArticleInput {
  return { id, outlet, site: null, title: null, byline: null, published, url: null, language: 'id', text: paragraphs.join('\n\n'), location: { file: 'test.jsonl', line: 1 } };
}

/** A long article of distinct sentences, one outlet for all: nothing in it is corroborated. */
function filler(n: number): ArticleInput {
  const paragraphs = Array.from({ length: 25 }, (_, i) => `Warga desa ${WORDS[i % WORDS.length]} ${WORDS[n % WORDS.length]} nomor ${n * 100 + i} meresmikan proyek baru.`);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return article(`lama-${n}`, 'Kabar Lama', `2024-02-${day}`, paragraphs);
}

describe('top facts', () => {
  it('come from the newest articles even when they were ingested last among long older ones', () => {
    const { db } = openCorpus(':memory:', { seed: false });
    // More older text than the old query's 4,000-sentence limit (over the 200 newest
    // articles, in ingest order), ingested first.
    ingestArticles(db, Array.from({ length: 200 }, (_, n) => filler(n)));
    const fact = 'Gempa bermagnitudo 5,8 mengguncang Kabupaten Cianjur pada Kamis pagi tanpa menimbulkan korban jiwa.';
    const newest = ['Warta Satu', 'Warta Dua', 'Warta Tiga'].map((outlet, i) =>
      article(`gempa-${i}`, outlet, '2025-03-06', [fact, `Laporan ${outlet} dari posko ${WORDS[i]} menyebut warga sempat panik.`]),
    );
    ingestArticles(db, newest);
    const top = computeTopFacts(db, 5);
    expect(top[0]?.text).toBe(fact);
    expect([top[0]!.outlet, ...top[0]!.alsoReportedBy.map((a) => a.outlet)].sort()).toEqual(['Warta Dua', 'Warta Satu', 'Warta Tiga']);
    // Every fact is a verbatim sentence of its article, from the newest articles only.
    const original = db.$client.prepare<[string], string>('SELECT original FROM articles WHERE slug = ?').pluck();
    for (const q of top) expect(original.get(q.article)!.slice(q.start, q.end)).toBe(q.text);
  });

  it('groups the seeds\' syndicated figure across the three outlets that printed it', () => {
    const { db } = openCorpus(':memory:');
    const [first] = computeTopFacts(db, 10);
    expect(first?.text).toContain('14.000');
    expect(new Set([first!.outlet, ...first!.alsoReportedBy.map((a) => a.outlet)])).toEqual(new Set(['GELORA.CO', 'NTVNews', 'Pahami.id']));
  });

  it('is empty for an empty corpus and honours the limit', () => {
    expect(computeTopFacts(openCorpus(':memory:', { seed: false }).db)).toEqual([]);
    expect(computeTopFacts(openCorpus(':memory:').db, 2)).toHaveLength(2);
  });
});
