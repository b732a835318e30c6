import { describe, expect, it } from 'vitest';
import { ANSWERABLE_ID, NOT_FOUND, buttonData, keyboardOf, type Harness, useHarness } from '../helpers/bot-harness.js';
import { parseTelegramHtml } from '../helpers/telegram-html.js';
import { SUPERGROUP_ID, USER_ID, callbackQuery, freshFixture, groupCommand, inlineQuery, privateMessage } from '../helpers/updates.js';

let h: Harness;

useHarness((value) => (h = value));

interface InlineResult {
  type: string;
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: string };
}

describe('inline mode', () => {
  it('answers a query with at most 10 self-contained citations', async () => {
    await h.send(inlineQuery(ANSWERABLE_ID));
    expect(h.api.methods()).toEqual(['answerInlineQuery']);
    const { payload, status } = h.api.last('answerInlineQuery')!;
    expect(status).toBe(200);
    const results = payload.results as InlineResult[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const r of results) {
      expect(r.type).toBe('article');
      expect(r.input_message_content.parse_mode).toBe('HTML');
      expect(r.input_message_content.message_text).toMatch(/^<blockquote( expandable)?>[^<]+<\/blockquote>\n— <b>[^<]+<\/b>, \d{1,2} \w+ \d{4}/);
      expect(() => parseTelegramHtml(r.input_message_content.message_text)).not.toThrow();
    }
    expect(results[0]!.input_message_content.message_text).toContain('tentara');
    expect(typeof payload.cache_time).toBe('number');
    expect(payload.cache_time as number).toBeGreaterThan(0);
  });

  it('offers the most-cited facts for an empty query', async () => {
    await h.send(inlineQuery(''));
    const { payload } = h.api.last('answerInlineQuery')!;
    const results = payload.results as InlineResult[];
    const top = h.engine.topFacts(10);
    expect(results).toHaveLength(top.length);
    expect(results[0]!.input_message_content.message_text).toContain(top[0]!.text.slice(0, 40));
    expect(payload.button).toMatchObject({ start_parameter: 'help' });
  });

  it('offers a button to the private chat when nothing is found', async () => {
    await h.send(inlineQuery(NOT_FOUND));
    const { payload } = h.api.last('answerInlineQuery')!;
    expect(payload.results).toEqual([]);
    const button = payload.button as { text: string; start_parameter: string };
    expect(button.start_parameter).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('handles the fixture inline query', async () => {
    await h.send(freshFixture('inline_query'));
    expect(h.api.methods()).toEqual(['answerInlineQuery']);
  });
});

describe('buttons', () => {
  async function askPrivately() {
    await h.send(privateMessage(ANSWERABLE_ID));
    const sent = h.api.last('sendMessage')!;
    const messageId = 4242;
    return { sent, messageId };
  }

  it('"More quotes" edits the same message to the next page and answers the callback', async () => {
    const { sent, messageId } = await askPrivately();
    const first = sent.payload.text as string;
    h.api.clear();
    await h.send(callbackQuery(buttonData(sent.payload, 'm:'), { chatId: USER_ID, messageId }));
    expect(h.api.methods()).toEqual(['editMessageText', 'answerCallbackQuery']);
    const edit = h.api.last('editMessageText')!.payload;
    expect(edit.chat_id).toBe(USER_ID);
    expect(edit.message_id).toBe(messageId);
    expect(edit.parse_mode).toBe('HTML');
    expect(edit.text).not.toBe(first);
    expect(edit.text).toContain('<blockquote');
    expect(edit.text).toContain('Kutipan 4–6 dari');
    // The next page's buttons point at the page after it (or back to the first).
    expect(buttonData(edit, 'm:')).toMatch(/:(2|0)$/);
    expect(buttonData(edit, 'x:')).toMatch(/:1$/);
  });

  it('"In context" sends the passage with the quote in bold', async () => {
    const { sent, messageId } = await askPrivately();
    h.api.clear();
    await h.send(callbackQuery(buttonData(sent.payload, 'x:'), { chatId: USER_ID, messageId }));
    expect(h.api.methods()).toEqual(['sendMessage', 'answerCallbackQuery']);
    const text = h.api.last('sendMessage')!.payload.text as string;
    const top = h.engine.ask(ANSWERABLE_ID, { limit: 9 }).answers[0]!;
    expect(text).toContain(`<b>${top.text}</b>`);
    expect(text).toContain(`<b>${top.outlet}</b>`);
    expect(h.api.last('sendMessage')!.payload.reply_parameters).toMatchObject({ message_id: messageId });
  });

  it('"Source" sends the article details', async () => {
    const { sent, messageId } = await askPrivately();
    h.api.clear();
    await h.send(callbackQuery(buttonData(sent.payload, 's:'), { chatId: USER_ID, messageId }));
    expect(h.api.methods()).toEqual(['sendMessage', 'answerCallbackQuery']);
    const text = h.api.last('sendMessage')!.payload.text as string;
    const top = h.engine.ask(ANSWERABLE_ID, { limit: 9 }).answers[0]!;
    const source = h.engine.source(top.article)!;
    expect(text).toContain(`Media: <b>${source.outlet}</b>`);
    expect(text).toContain(`<code>${source.slug}</code>`);
    expect(text).toContain(`Kalimat dalam korpus: ${source.sentences}`);
  });

  it('"More" in a group edits the compact answer', async () => {
    await h.send(groupCommand(`/ask ${ANSWERABLE_ID}`));
    const sent = h.api.last('sendMessage')!;
    h.api.clear();
    await h.send(callbackQuery(buttonData(sent.payload, 'm:'), { chatId: SUPERGROUP_ID, messageId: 77 }));
    expect(h.api.methods()).toEqual(['editMessageText', 'answerCallbackQuery']);
    expect(h.api.last('editMessageText')!.payload.text).toContain('Kutipan 3–4 dari');
    expect(keyboardOf(h.api.last('editMessageText')!.payload).flat()).toHaveLength(1);
  });

  it('answers a callback whose state has expired or is unknown', async () => {
    await h.send(callbackQuery('m:NoSuchId:1', { chatId: USER_ID, messageId: 1 }));
    expect(h.api.methods()).toEqual(['answerCallbackQuery']);
    expect(h.api.last('answerCallbackQuery')!.payload.text).toContain('kedaluwarsa');
    // Old or foreign data (the fixture's "page:2") is answered too.
    await h.send(freshFixture('callback_query'));
    expect(h.api.methods()).toEqual(['answerCallbackQuery', 'answerCallbackQuery']);
  });

  it('answers the callback even when editing fails', async () => {
    const { sent, messageId } = await askPrivately();
    h.api.clear();
    h.api.fail('editMessageText', { ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
    await h.send(callbackQuery(buttonData(sent.payload, 'm:'), { chatId: USER_ID, messageId }));
    expect(h.api.methods()).toEqual(['editMessageText', 'answerCallbackQuery']);
    expect(h.api.last('answerCallbackQuery')!.payload.text).toContain('kesalahan');
  });
});
