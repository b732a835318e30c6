/** A related answer is rendered as such in every surface, in both interface languages. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Answer } from '../../src/search/engine.js';
import { renderAnswerHtml } from '../../src/render/telegram.js';
import { renderAnswerText } from '../../src/render/text.js';
import { citationResult } from '../../src/bot/features/inline.js';

let related: Answer;
let direct: Answer;
beforeAll(() => {
  const engine = createEngine(openCorpus(':memory:').db);
  direct = engine.ask('Berapa tentara Korea Utara yang dikirim ke Rusia?');
  related = engine.ask('Berapa tentara Ukraina yang dikirim ke Kursk?');
});

describe('related answers', () => {
  it('are what the engine gives when no sentence covers the question well enough', () => {
    expect(direct.match).toBe('direct');
    expect(related.noAnswer).toBe(false);
    expect(related.match).toBe('related');
  });

  it('say so first in Telegram HTML, in both languages; direct answers do not', () => {
    const en = renderAnswerHtml(related, 'en').text;
    const id = renderAnswerHtml(related, 'id').text;
    expect(en.startsWith('<i>No sentence answers this directly; the closest reports are:</i>')).toBe(true);
    expect(id.startsWith('<i>Tidak ada kalimat yang menjawab ini secara langsung; laporan terdekat:</i>')).toBe(true);
    expect(renderAnswerHtml(direct, 'en').text).not.toContain('No sentence answers this directly');
  });

  it('are one quote in a group (compact), after the notice', () => {
    const rendered = renderAnswerHtml(related, 'en', { compact: true });
    expect(rendered.quotes).toHaveLength(1);
    expect(rendered.text.match(/<blockquote/g)).toHaveLength(1);
    expect(rendered.text.indexOf('No sentence answers')).toBeLessThan(rendered.text.indexOf('<blockquote'));
  });

  it('say so in the terminal and mark inline results as related', () => {
    expect(renderAnswerText(related, 'en').split('\n')[0]).toBe('No sentence answers this directly; the closest reports are:');
    expect(renderAnswerText(direct, 'en')).not.toContain('No sentence answers this directly');
    const result = citationResult(related.answers[0]!, 'id', true);
    expect(result.title.startsWith('Terkait · ')).toBe(true);
    expect(citationResult(direct.answers[0]!, 'en').title.startsWith('Related')).toBe(false);
  });
});
