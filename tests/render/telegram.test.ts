import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { createEngine, type Engine } from '../../src/search/engine.js';
import type { Answer, Quote } from '../../src/search/answer-types.js';
import { renderAnswerHtml, renderCitationHtml, renderContextHtml, renderSourcesHtml } from '../../src/render/telegram.js';
import { renderAnswerText } from '../../src/render/text.js';
import { cutText, escapeHtml, htmlToPlain, truncateHtml } from '../../src/render/html.js';
import { LOCALES_DIR, formatDate, languageFromCode } from '../../src/render/messages.js';
import { decodeStartPayload, encodeStartPayload } from '../../src/bot/deep-link.js';
import { decodeButtonData, encodeButtonData } from '../../src/bot/keyboards/answer-keyboard.js';
import { replyQuote } from '../../src/bot/handlers/cite.js';
import { parseTelegramHtml } from '../helpers/telegram-html.js';
import { ANSWERABLE_ID, NOT_FOUND } from '../helpers/bot-harness.js';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(openCorpus(':memory:').db);
});

function quote(text: string, i = 0, extra: Partial<Quote> = {}): Quote {
  return {
    text,
    outlet: `Outlet <${i}> & Co`,
    article: `article-${i}`,
    title: null,
    published: '2025-04-29',
    url: null,
    score: 1,
    sentenceId: i,
    start: 0,
    end: text.length,
    alsoReportedBy: [],
    ...extra,
  };
}

function answerOf(quotes: Quote[], extra: Partial<Answer> = {}): Answer {
  return { question: 'q', language: 'id', noAnswer: false, answers: quotes, kind: 'any', ...extra };
}

describe('renderAnswerHtml', () => {
  it('escapes quoted text and outlet names', () => {
    const html = renderAnswerHtml(answerOf([quote('Harga <naik> 3% & "turun"?', 1)]), 'id').text;
    expect(html).toContain('<blockquote>Harga &lt;naik&gt; 3% &amp; &quot;turun&quot;?</blockquote>');
    expect(html).toContain('<b>Outlet &lt;1&gt; &amp; Co</b>');
    expect(parseTelegramHtml(html).text).toContain('Harga <naik> 3% & "turun"?');
  });

  it('uses an expandable blockquote for long quotes', () => {
    const long = `${'Kalimat yang sangat panjang sekali. '.repeat(12)}Akhir.`;
    const html = renderAnswerHtml(answerOf([quote(long), quote('Pendek.', 1)]), 'en').text;
    expect(html).toContain('<blockquote expandable>Kalimat');
    expect(html).toContain('<blockquote>Pendek.</blockquote>');
  });

  it('stays under 4096 characters and 100 entities, cutting whole blocks, never inside a tag', () => {
    const huge = Array.from({ length: 9 }, (_, i) =>
      quote(`${'Pasukan <b> & tentara dikirim ke Rusia menurut laporan terbaru. '.repeat(40)}${i}`, i, {
        alsoReportedBy: Array.from({ length: 30 }, (__, j) => ({ outlet: `Media ${j}`, article: `a${j}`, published: null, text: 'x', sentenceId: 100 + j })),
      }),
    );
    const figures = Array.from({ length: 40 }, (_, i) => ({ label: `${i}.000 tentara`, value: i * 1000, outlets: ['A', 'B'], quotes: [] }));
    for (const page of [0, 1, 2]) {
      const rendered = renderAnswerHtml(answerOf(huge, { figures, truncated: true }), 'id', { page });
      expect(rendered.text.length).toBeLessThanOrEqual(4096);
      const parsed = parseTelegramHtml(rendered.text);
      expect(parsed.entities).toBeLessThan(100);
      expect(rendered.quotes.length).toBeGreaterThanOrEqual(1);
    }
    const many = Array.from({ length: 3 }, (_, i) => quote('Pendek <i>.', i));
    const lotsOfFigures = Array.from({ length: 200 }, (_, i) => ({ label: `${i}`, value: i, outlets: ['A'], quotes: [] }));
    const rendered = renderAnswerHtml(answerOf(many, { figures: lotsOfFigures }), 'en');
    expect(parseTelegramHtml(rendered.text).entities).toBeLessThan(100);
  });

  it('shortens a single enormous quote instead of failing', () => {
    const rendered = renderAnswerHtml(answerOf([quote('x'.repeat(20_000))]), 'id');
    expect(rendered.text.length).toBeLessThanOrEqual(4096);
    expect(() => parseTelegramHtml(rendered.text)).not.toThrow();
    expect(rendered.text).toContain('…</blockquote>');
  });

  it('pages through the quotes and wraps out-of-range pages', () => {
    const answer = answerOf(Array.from({ length: 7 }, (_, i) => quote(`Kalimat ${i}.`, i)));
    expect(renderAnswerHtml(answer, 'en', { page: 0 }).quotes.map((q) => q.sentenceId)).toEqual([0, 1, 2]);
    const last = renderAnswerHtml(answer, 'en', { page: 2 });
    expect(last.quotes.map((q) => q.sentenceId)).toEqual([6]);
    expect(last.text).toContain('Quotes 7–7 of 7');
    expect(renderAnswerHtml(answer, 'en', { page: 9 }).page).toBe(0);
    expect(renderAnswerHtml(answer, 'en', { compact: true, page: 1 }).quotes.map((q) => q.sentenceId)).toEqual([2, 3]);
  });

  it('renders not-found with coverage and two examples', () => {
    const html = renderAnswerHtml(engine.ask(NOT_FOUND), 'en').text;
    expect(html).toContain('I found no sentence');
    expect(html).toContain('5 articles from GELORA.CO');
    expect(html).toContain('published 28 April 2025 to 24 October 2025');
    expect(html.match(/• <code>/g)).toHaveLength(2);
  });
});

describe('other HTML renderings', () => {
  it('a citation is a blockquote with outlet and date', () => {
    const q = engine.ask(ANSWERABLE_ID).answers[0]!;
    const html = renderCitationHtml(q, 'id');
    expect(html.startsWith(`<blockquote>${escapeHtml(q.text)}</blockquote>\n— <b>${q.outlet}</b>`)).toBe(true);
  });

  it('context bolds the sentence inside its passage', () => {
    const q = engine.ask(ANSWERABLE_ID).answers[0]!;
    const html = renderContextHtml(engine.context(q.sentenceId)!, 'en');
    expect(html).toContain(`<b>${escapeHtml(q.text)}</b>`);
    expect(() => parseTelegramHtml(html)).not.toThrow();
  });

  it('the sources list is cut with "and N more" when it would not fit', () => {
    const sources = Array.from({ length: 500 }, (_, i) => ({
      slug: `s${i}`,
      outlet: `Outlet ${i}`,
      site: null,
      title: `Judul artikel nomor ${i} yang cukup panjang`,
      published: '2025-01-01',
      url: null,
      byline: null,
      sentences: i,
    }));
    const html = renderSourcesHtml(sources, 'en');
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(parseTelegramHtml(html).entities).toBeLessThan(100);
    expect(html).toMatch(/…and \d+ more\.$/);
  });
});

describe('renderAnswerText', () => {
  it('shows quotes, outlets, dates, also-reported-by and figures as plain text', () => {
    const answer = engine.ask(ANSWERABLE_ID);
    const text = renderAnswerText(answer);
    expect(text).toContain(`1. “${answer.answers[0]!.text}”`);
    expect(text).toContain(`— ${answer.answers[0]!.outlet},`);
    expect(text).toContain('Juga diberitakan oleh:');
    expect(text).toContain('Media memberitakan angka yang berbeda:');
    expect(text).not.toMatch(/<\/?[a-z]+>/);
  });

  it('not-found lists coverage and examples', () => {
    const text = renderAnswerText(engine.ask(NOT_FOUND), 'id');
    expect(text).toContain('Saya tidak menemukan kalimat');
    expect(text).toContain('GELORA.CO');
    expect(text.match(/ {2}• /g)).toHaveLength(2);
  });
});

describe('helpers', () => {
  it('truncateHtml closes open tags and never cuts inside a tag or entity', () => {
    const html = `<b>Tebal &amp; <i>miring</i></b> ${'<blockquote>kutipan &lt;a&gt; panjang</blockquote>'.repeat(50)}`;
    for (const max of [10, 25, 50, 100, 333, 1000]) {
      const cut = truncateHtml(html, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(() => parseTelegramHtml(cut)).not.toThrow();
    }
  });

  it('htmlToPlain and cutText', () => {
    expect(htmlToPlain('<b>a &amp; b</b> &lt;c&gt; &#39;d&#x27;')).toBe("a & b <c> 'd'");
    expect(cutText('satu dua tiga empat lima', 12)).toBe('satu dua…');
    expect(cutText('😀😀😀😀', 4)).toBe('😀…');
  });

  it('reply quotes are exact substrings of at most 1024 characters', () => {
    const text = `  ${'kata '.repeat(400)}  `;
    const q = replyQuote(text);
    expect(q.length).toBeLessThanOrEqual(1024);
    expect(text).toContain(q);
    expect(replyQuote(' pendek ')).toBe('pendek');
  });

  it('button data round-trips and stays within 64 bytes', () => {
    const data = encodeButtonData('more', 'Ab3_x9Qz', 12);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButtonData(data)).toEqual({ action: 'more', id: 'Ab3_x9Qz', page: 12 });
    expect(decodeButtonData('page:2')).toBeUndefined();
  });

  it('deep-link payloads: underscores for plain words, base64url otherwise', () => {
    expect(encodeStartPayload('Berapa tentara Korut')).toBe('Berapa_tentara_Korut');
    expect(decodeStartPayload('Berapa_tentara_Korut')).toBe('Berapa tentara Korut');
    const p = encodeStartPayload('Kapan Korut mengaku?')!;
    expect(p).toMatch(/^b64-/);
    expect(decodeStartPayload(p)).toBe('Kapan Korut mengaku?');
    expect(encodeStartPayload('x'.repeat(100))).toBeUndefined();
    expect(decodeStartPayload('bad payload!')).toBeUndefined();
  });

  it('dates and languages', () => {
    expect(formatDate('2025-10-24', 'id')).toBe('24 Oktober 2025');
    expect(formatDate('2025-10-24', 'en')).toBe('24 October 2025');
    expect(formatDate(null, 'en')).toBe('undated');
    expect(languageFromCode('id')).toBe('id');
    expect(languageFromCode('en-US')).toBe('en');
    expect(languageFromCode('de')).toBe('en');
    expect(languageFromCode(undefined)).toBe('id');
  });

  it('id.ftl and en.ftl define the same keys with the same variables', () => {
    const parse = (file: string) => {
      const source = fs.readFileSync(path.join(LOCALES_DIR, file), 'utf8');
      const entries = new Map<string, Set<string>>();
      let current: string | undefined;
      for (const line of source.split('\n')) {
        const key = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
        if (key) {
          current = key[1]!;
          entries.set(current, new Set());
        } else if (!/^\s/.test(line)) current = undefined;
        if (current) for (const m of line.matchAll(/\{\s*\$([a-z0-9_]+)/gi)) entries.get(current)!.add(m[1]!);
      }
      return entries;
    };
    const id = parse('id.ftl');
    const en = parse('en.ftl');
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, vars] of id) expect([...vars].sort(), key).toEqual([...en.get(key)!].sort());
  });
});
