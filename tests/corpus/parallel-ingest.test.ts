import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/corpus/article-input.js';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { ingestArticles } from '../../src/corpus/ingest.js';
import { loadInputs } from '../../src/corpus/load-inputs.js';
import { ingestArticlesInParallel, PARALLEL_MIN_ARTICLES, startIngestWorkers } from '../../src/corpus/parallel-ingest.js';
import { SEEDS_DIR } from '../../src/db/database.js';
import { corpusFingerprint } from '../helpers/corpus.js';

/** Distinct articles built from the seeds: each seed's paragraphs, rotated and renamed. */
function variants(count: number): ArticleInput[] {
  const { articles: seeds } = loadInputs([SEEDS_DIR]);
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const paragraphs = seed.text.split(/\n\s*\n/);
    const shift = Math.floor(i / seeds.length) % paragraphs.length;
    const text = [`Laporan nomor ${i + 1} dari meja redaksi.`, ...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n\n');
    return { ...seed, id: `variant-${i + 1}`, outlet: `${seed.outlet} ${i % 7}`, text, location: { file: 'variants.jsonl', line: i + 1 } };
  });
}

const emptyCorpus = () => openCorpus(':memory:', { seed: false }).db;
const ftsSound = (db: ReturnType<typeof emptyCorpus>) => {
  for (const table of ['sentences_fts', 'passages_fts']) db.$client.exec(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`);
  return true;
};

describe('parallel ingest', () => {
  const inputs = variants(PARALLEL_MIN_ARTICLES + 40);
  const serial = emptyCorpus();
  ingestArticles(serial, inputs);
  const expected = corpusFingerprint(serial);
  const pool = startIngestWorkers(2);
  afterAll(() => pool.close());

  it('stores exactly what the serial ingest stores, in the same order', async () => {
    const db = emptyCorpus();
    const report = await ingestArticlesInParallel(db, inputs, { workers: 1 });
    expect(report.added).toBe(inputs.length);
    expect(report.results.map((r) => r.line)).toEqual(inputs.map((a) => a.location.line));
    expect(corpusFingerprint(db)).toBe(expected);
    expect(ftsSound(db)).toBe(true);
  });

  it('reuses one set of workers across batches, with the same result', async () => {
    const db = emptyCorpus();
    const half = Math.floor(inputs.length / 2);
    const first = await ingestArticlesInParallel(db, inputs.slice(0, half), { pool });
    const second = await ingestArticlesInParallel(db, inputs.slice(half), { pool });
    expect(first.added + second.added).toBe(inputs.length);
    expect(corpusFingerprint(db)).toBe(expected);
    // Again: everything is unchanged, and nothing is analysed or written twice.
    const again = await ingestArticlesInParallel(db, inputs, { pool });
    expect(again.unchanged).toBe(inputs.length);
    expect(corpusFingerprint(db)).toBe(expected);
    expect(ftsSound(db)).toBe(true);
  });
});
