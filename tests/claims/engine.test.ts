/** Claims through the real engine over the seeds: retrieval, comparison, JSON and renderings. */
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../src/render/json.js';
import { renderAnswerHtml } from '../../src/render/telegram.js';
import { renderAnswerText } from '../../src/render/text.js';
import { createEngine } from '../../src/search/engine.js';
import { checkTelegramHtml } from '../helpers/telegram-html.js';
import { seededCorpus } from '../helpers/corpus.js';

const engine = createEngine(seededCorpus());
const original = (slug: string) =>
  engine.db.$client.prepare<[string], { original: string }>('SELECT original FROM articles WHERE slug = ?').get(slug)?.original ?? '';

describe('a claim held against the reports', () => {
  it('a wrong figure and a reversed direction still find how many troops North Korea sent', () => {
    const answer = engine.ask('Rusia kirim 20 ribu tentara ke Korea Utara');
    expect(answer.noAnswer).toBe(false);
    expect(answer.answers.slice(0, 3).some((q) => /mengirim total 14\.000 tentara|mengirim sekitar 14\.000|mengerahkan 10\.000-12\.000/.test([q.text, ...q.alsoReportedBy.map((a) => a.text)].join(' ')))).toBe(true);
    const [figure] = answer.claim!.figures;
    expect(figure).toMatchObject({ claimed: '20 ribu', value: 20000, status: 'not reported', quantity: 'sent' });
    const printed = new Map(figure!.reported.map((r) => [JSON.stringify(r.value), r.outlets]));
    expect(new Set(printed.get('14000'))).toEqual(new Set(['GELORA.CO', 'NTVNews', 'Pahami.id']));
    expect(printed.get('[10000,12000]')).toEqual(['SeaPRwire']);
    // Reinforcements and casualties are other quantities.
    expect(printed.has('3000') || printed.has('4000') || printed.has('2000')).toBe(false);
    for (const r of figure!.reported) for (const q of r.quotes) expect(original(q.article)).toContain(q.text);
    expect(answer.claim!.actors).toMatchObject({ status: 'swapped', claimed: { from: 'Rusia', to: 'Korea Utara' }, reported: [{ from: 'Korea Utara', to: 'Rusia' }] });
  });

  it('a figure the outlets printed, or a range holds, is reported', () => {
    expect(engine.ask('Benarkah Korea Utara mengirim 14 ribu tentara ke Rusia?').claim!.figures[0]).toMatchObject({ status: 'reported' });
    expect(engine.ask('North Korea deployed 11,000 soldiers to Russia').claim!.figures[0]).toMatchObject({ status: 'reported' });
  });

  it('a wrong month is compared with the date the outlets gave, resolved from the article', () => {
    const answer = engine.ask('Korea Utara mengakui pengiriman pasukan ke Rusia pada Maret 2025');
    expect(answer.noAnswer).toBe(false);
    const [date] = answer.claim!.dates!;
    expect(date).toMatchObject({ value: '2025-03', status: 'not reported' });
    expect(date!.reported.map((r) => r.value)).toContain('2025-04-28');
  });

  it('questions are not claims; a claim about what the archive lacks is "not found"', () => {
    expect(engine.ask('Berapa tentara Korea Utara yang dikirim ke Rusia?').claim).toBeUndefined();
    const absent = engine.ask('France sent 2,000 troops to Niger');
    expect(absent.noAnswer).toBe(true);
    expect(absent.claim?.figures.every((f) => f.status === 'not reported')).toBe(true);
  });

  it('keeps the JSON contract: claim.figures with claimed, value, status, reported[{text, value, outlets}]', () => {
    const json = answerToJson(engine.ask('Rusia kirim 20 ribu tentara ke Korea Utara')) as { claim: { figures: Record<string, unknown>[] } };
    const figure = json.claim.figures[0]!;
    expect(Object.keys(figure)).toEqual(expect.arrayContaining(['claimed', 'value', 'status', 'reported']));
    expect(Object.keys((figure.reported as Record<string, unknown>[])[0]!)).toEqual(expect.arrayContaining(['text', 'value', 'outlets']));
  });

  it('renders the comparison in both languages, as valid Telegram HTML, without a verdict', () => {
    const answer = engine.ask('Rusia kirim 20 ribu tentara ke Korea Utara');
    const id = renderAnswerHtml(answer, 'id', { compact: true }).text;
    const en = renderAnswerHtml(answer, 'en').text;
    expect(checkTelegramHtml(id).problems, id).toEqual([]);
    expect(checkTelegramHtml(en).problems, en).toEqual([]);
    expect(id).toContain('tidak ada media dalam arsip yang memuat angka ini');
    expect(id).toContain('14.000 (');
    expect(id).toContain('media memberitakannya sebaliknya, Korea Utara mengirim ke Rusia');
    expect(en).toContain('no outlet in the archive printed this figure');
    expect(en).toContain('the outlets report it the other way round, Korea Utara sending to Rusia');
    const text = renderAnswerText(answer, 'en');
    expect(text).toContain('20 ribu (sent or deployed)');
    for (const rendered of [id, en, text]) expect(rendered).not.toMatch(/\b(?:hoaks|hoax|false|palsu|salah|bohong|fake)\b/i);
  });
});

describe('claims within Telegram limits', () => {
  it('a pasted claim with many figures stays one valid message, in a group and inline', async () => {
    const { claimResult } = await import('../../src/bot/features/inline.js');
    const claim = `Korea Utara mengirim ${[20, 30, 40, 50, 60, 70, 80, 90].map((n) => `${n} ribu tentara`).join(', ')} ke Rusia dan Rusia mengirim 5 ribu tentara ke Korea Utara pada Maret 2025`;
    const answer = engine.ask(claim);
    expect(answer.claim!.figures.length).toBeGreaterThan(5);
    for (const compact of [true, false]) {
      const html = renderAnswerHtml(answer, 'en', { compact }).text;
      expect(checkTelegramHtml(html).problems).toEqual([]);
      expect(html.length).toBeLessThanOrEqual(4096);
    }
    const inline = claimResult(answer, 'id')!;
    const message = (inline.input_message_content as { message_text: string }).message_text;
    expect(checkTelegramHtml(message).problems).toEqual([]);
    expect(message.length).toBeLessThanOrEqual(4096);
  });
});
