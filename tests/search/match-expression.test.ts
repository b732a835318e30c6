import { describe, expect, it } from 'vitest';
import { buildMatchExpression, quoteFtsPhrase } from '../../src/search/match-expression.js';
import { analyzeQuestion } from '../../src/search/question.js';
import { createEngine } from '../../src/search/engine.js';
import { seededCorpus } from '../helpers/corpus.js';

const HOSTILE = [
  '"',
  '""" OR *',
  'NEAR(korea rusia, 2)',
  'text: korea',
  'terms:korea OR sentences_fts:*',
  'korea AND NOT rusia',
  '^korea*',
  "'; DROP TABLE sentences; --",
  'SELECT * FROM articles WHERE 1=1',
  '\u0000\u0001\u0007 korea \u001b[31m',
  '\u202Ekorea\u202C \u200B\u200D',
  '\uD800 lone surrogate \uDC00',
  '👨‍👩‍👧‍👦🇮🇩 berapa tentara?',
  '(((((',
  '-',
  '',
  '   ',
  'a'.repeat(50_000),
  'berapa '.repeat(5000),
];

describe('buildMatchExpression', () => {
  it('quotes every phrase and doubles inner quotes', () => {
    expect(quoteFtsPhrase(['korea', 'utara'])).toBe('"korea utara"');
    expect(quoteFtsPhrase(['a"b'])).toBe('"a""b"');
  });

  it('ORs the alternatives of the concepts', () => {
    const expr = buildMatchExpression(analyzeQuestion('brp tentara korut?').concepts);
    expect(expr).toContain('"tentara"');
    // "Korut" is the name "Korea Utara", one concept searched as a phrase.
    expect(expr).toContain('"korea utara"');
    expect(expr).toMatch(/^"[^"]+"(?: OR "[^"]+")*$/);
  });

  it('returns undefined when nothing is left to search', () => {
    expect(buildMatchExpression(analyzeQuestion('yang dan di').concepts)).toBeUndefined();
  });

  it('never lets hostile input reach SQLite as syntax', () => {
    const engine = createEngine(seededCorpus());
    for (const input of HOSTILE) {
      const expr = buildMatchExpression(analyzeQuestion(input).concepts);
      if (expr) expect(() => engine.db.$client.prepare('SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?').get(expr)).not.toThrow();
      const answer = engine.ask(input);
      expect(typeof answer.noAnswer).toBe('boolean');
    }
    expect(engine.stats().articles).toBe(5);
  });
});
