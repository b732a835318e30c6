import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { chatSettings } from '../../src/db/schema.js';
import { ANSWERABLE_EN, ANSWERABLE_ID, NOT_FOUND, OUTLETS, keyboardOf, type Harness, useHarness } from '../helpers/bot-harness.js';
import { USER_ID, freshFixture, privateMessage } from '../helpers/updates.js';
import { encodeStartPayload } from '../../src/bot/deep-link.js';

let h: Harness;

useHarness((value) => (h = value));

describe('private chat', () => {
  it('answers a question with quotes in blockquotes, outlet, date and buttons', async () => {
    await h.send(privateMessage(ANSWERABLE_ID));
    expect(h.api.methods()).toEqual(['sendMessage']);
    const { payload, visibleText, entityCount } = h.api.last('sendMessage')!;
    expect(payload.chat_id).toBe(USER_ID);
    expect(payload.parse_mode).toBe('HTML');
    const text = payload.text as string;
    const quotes = [...text.matchAll(/<blockquote(?: expandable)?>([^<]*)<\/blockquote>/g)].map((m) => m[1]);
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    expect(quotes.length).toBeLessThanOrEqual(3);
    // Every quote is a verbatim sentence of the corpus, and the figure the question asks for appears.
    const top = h.engine.ask(ANSWERABLE_ID).answers[0]!;
    expect(text).toContain(`<blockquote>${top.text}</blockquote>`);
    expect(text).toMatch(/14\.000 tentara/);
    expect(text).toContain(`<b>${top.outlet}</b>`);
    expect(OUTLETS.some((o) => text.includes(o))).toBe(true);
    expect(text).toMatch(/April 2025/);
    expect(text).toContain('Juga diberitakan oleh:');
    expect(visibleText!.length).toBeLessThanOrEqual(4096);
    expect(entityCount!).toBeLessThan(100);
    const keyboard = keyboardOf(payload);
    const labels = keyboard.flat().map(([label]) => label);
    expect(labels).toEqual(expect.arrayContaining(['Kutipan lain', 'Dalam konteks', 'Sumber']));
    for (const [, data] of keyboard.flat()) expect(Buffer.byteLength(data!)).toBeLessThanOrEqual(64);
    expect(keyboard.flat().map(([, d]) => d!.slice(0, 2))).toEqual(['m:', 'x:', 's:', 'v:', 'v:']);
  });

  it('shows differing figures side by side with their outlets', async () => {
    await h.send(privateMessage(ANSWERABLE_ID));
    const text = h.api.last('sendMessage')!.payload.text as string;
    const answer = h.engine.ask(ANSWERABLE_ID, { limit: 9 });
    expect(answer.figures!.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('<b>Media memberitakan angka yang berbeda:</b>');
    for (const f of answer.figures!.slice(0, 2)) expect(text).toContain(`• <b>${f.label}</b>: ${f.outlets[0]}`);
  });

  it('replies in English to an English question; quotes stay Indonesian', async () => {
    await h.send(privateMessage(ANSWERABLE_EN));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('<blockquote>');
    expect(text).toMatch(/tentara/);
    expect(text).toContain('Also reported by:');
    expect(keyboardOf(h.api.last('sendMessage')!.payload).flat().map(([l]) => l)).toContain('In context');
  });

  it('says politely when the corpus has no answer, with coverage and two examples', async () => {
    await h.send(privateMessage(NOT_FOUND));
    const { payload } = h.api.last('sendMessage')!;
    const text = payload.text as string;
    expect(text).toContain('Saya tidak menemukan kalimat');
    for (const outlet of OUTLETS) expect(text).toContain(outlet);
    expect(text).toContain('28 April 2025');
    expect(text).toContain('24 Oktober 2025');
    expect(text).toContain('Kim Jong Un');
    expect(text.match(/• <code>/g)).toHaveLength(2);
    expect(payload.reply_markup).toBeUndefined();
  });

  it('escapes <, > and & from the question context and never sends broken HTML', async () => {
    await h.send(privateMessage('<b>Berapa</b> tentara & pasukan Korea Utara <i>dikirim ke Rusia?'));
    const call = h.api.last('sendMessage')!;
    expect(call.status).toBe(200);
    expect(call.payload.parse_mode).toBe('HTML');
  });

  it('tells the user a very long question was shortened', async () => {
    const long = `${ANSWERABLE_ID} ${'dan juga tentang Rusia serta Ukraina '.repeat(30)}`;
    await h.send(privateMessage(long));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toMatch(/^<i>Pertanyaan Anda panjang, jadi hanya 500 karakter pertamanya yang dipakai\.<\/i>/);
  });

  it('treats a photo caption as a question', async () => {
    const update = freshFixture('message_with_caption');
    (update.message as { caption: string }).caption = ANSWERABLE_ID;
    delete (update.message as { caption_entities?: unknown }).caption_entities;
    await h.send(update);
    expect(h.api.last('sendMessage')!.payload.text).toContain('<blockquote');
  });

  it('answers a forwarded post like any question', async () => {
    const update = freshFixture('forwarded_message');
    (update.message as { text: string }).text = ANSWERABLE_ID;
    delete (update.message as { entities?: unknown }).entities;
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
  });

  it('/start greets and shows examples; /help lists the commands', async () => {
    await h.send(privateMessage('/start'));
    const start = h.api.last('sendMessage')!.payload.text as string;
    expect(start).toContain('Halo!');
    expect(start).toContain('<code>Berapa tentara Korea Utara yang dikirim ke Rusia?</code>');
    await h.send(privateMessage('/help', { from: { language_code: 'en' } }));
    const help = h.api.last('sendMessage')!.payload.text as string;
    expect(help).toContain('/sources');
    expect(help).toContain('@example_news_bot');
    expect(help).toContain('<code>How many North Korean soldiers were sent to Russia?</code>');
  });

  it('/start with a deep-link payload answers the question (underscores and base64url)', async () => {
    await h.send(privateMessage('/start Berapa_tentara_Korea_Utara_yang_dikirim_ke_Rusia'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('<blockquote');
    // Punctuation needs base64url; the payload must stay within Telegram's 64 characters.
    const payload = encodeStartPayload('Berapa tentara Korut di Rusia?')!;
    expect(payload).toMatch(/^b64-[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThanOrEqual(64);
    await h.send(privateMessage(`/start ${payload}`));
    expect(h.api.callsOf('sendMessage')).toHaveLength(2);
    expect(h.api.last('sendMessage')!.payload.text).toContain('tentara');
    expect(h.api.last('sendMessage')!.payload.text).toContain('<blockquote');
  });

  it('/sources lists each article with outlet, date, title and sentence count', async () => {
    await h.send(privateMessage('/sources'));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('Artikel yang saya kutip (5):');
    for (const s of h.engine.sources()) {
      expect(text).toContain(`<b>${s.outlet}</b>`);
      expect(text).toContain(`(${s.sentences} kalimat)`);
    }
    expect(text).toContain('Kim Jong Un Puji Aliansi &quot;Tak Terkalahkan&quot;');
  });

  it('/lang en is stored per chat and switches the reply language', async () => {
    await h.send(privateMessage('/lang en'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('From now on I reply in English');
    const row = h.engine.db.select().from(chatSettings).where(eq(chatSettings.chatId, USER_ID)).get();
    expect(row?.language).toBe('en');
    await h.send(privateMessage(ANSWERABLE_ID));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('Also reported by:');
    // Quotes stay in the original language whatever the interface language.
    expect(text).toMatch(/14\.000 tentara/);
    await h.send(privateMessage('/lang'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('Now: English');
    await h.send(privateMessage('/lang id'));
    expect(h.engine.db.select().from(chatSettings).where(eq(chatSettings.chatId, USER_ID)).get()?.language).toBe('id');
  });

  it('/ask works in private chats too, and explains itself without a question', async () => {
    await h.send(privateMessage(`/ask ${ANSWERABLE_ID}`));
    expect(h.api.last('sendMessage')!.payload.text).toContain('<blockquote');
    await h.send(privateMessage('/ask'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('Tulis pertanyaan setelah perintah');
  });

  it('answers unknown commands and non-text messages with a hint', async () => {
    await h.send(privateMessage('/frobnicate'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('tidak mengenal perintah');
    const sticker = privateMessage('x');
    const { text: _t, ...message } = sticker.message!;
    await h.send({ ...sticker, message: { ...message, sticker: { file_id: 'f', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } } as never);
    expect(h.api.last('sendMessage')!.payload.text).toContain('Saya menjawab pertanyaan yang ditulis sebagai teks');
  });
});
