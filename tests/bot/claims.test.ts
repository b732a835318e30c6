/** Claims end to end: real-shaped updates through grammY to the fake Bot API, real engine over the seeds. */
import { describe, expect, it } from 'vitest';
import { type Harness, useHarness } from '../helpers/bot-harness.js';
import { checkTelegramHtml } from '../helpers/telegram-html.js';
import { groupMessage, groupReplyTo, inlineQuery, privateMessage, SUPERGROUP_ID } from '../helpers/updates.js';

let h: Harness;

useHarness((value) => (h = value));

const blockquotes = (text: string) => [...text.matchAll(/<blockquote(?: expandable)?>([^<]*)<\/blockquote>/g)].map((m) => m[1]!);

describe('claim check in Telegram', () => {
  it('/cite as a reply to an Indonesian claim in a group answers under it with the comparison', async () => {
    const claim = 'Rusia kirim 20 ribu tentara ke Korea Utara';
    const update = groupReplyTo(claim, '/cite@example_news_bot');
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
    const { payload } = h.api.last('sendMessage')!;
    expect(payload.chat_id).toBe(SUPERGROUP_ID);
    expect(payload.reply_parameters).toEqual({ message_id: update.message!.reply_to_message!.message_id, allow_sending_without_reply: true, quote: claim });
    const text = payload.text as string;
    expect(checkTelegramHtml(text).problems).toEqual([]);
    expect(text).toContain('Klaim ini dibandingkan dengan arsip:');
    expect(text).toContain('20 ribu (dikirim atau dikerahkan): tidak ada media dalam arsip yang memuat angka ini. Yang dimuat: 14.000 (');
    expect(text).toContain('10.000-12.000 (SeaPRwire)');
    expect(text).toContain('media memberitakannya sebaliknya, Korea Utara mengirim ke Rusia');
    // Compact in a group: the comparison and one quote.
    expect(blockquotes(text)).toHaveLength(1);
  });

  it('/cite as a reply to an English claim in a group answers in English', async () => {
    const claim = 'Is it true that Russia sent 20,000 soldiers to North Korea?';
    await h.send(groupReplyTo(claim, '/cite'));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(checkTelegramHtml(text).problems).toEqual([]);
    expect(text).toContain('The claim against the archive:');
    expect(text).toContain('20,000 (sent or deployed): no outlet in the archive printed this figure. They printed 14.000 (');
    // The names as the claim wrote them.
    expect(text).toContain('the outlets report it the other way round, North Korea sending to Russia');
  });

  it('/cite on the part of a message the user selected checks that part', async () => {
    const message = 'Lihat ini. Korea Utara mengirim 11.000 tentara ke Rusia. Wow.';
    await h.send(groupReplyTo(message, '/cite', { quote: 'Korea Utara mengirim 11.000 tentara ke Rusia.' }));
    const text = h.api.last('sendMessage')!.payload.text as string;
    // 11.000 lies in SeaPRwire's range (and within "lebih dari 10.000"): reported, with those reports.
    expect(text).toContain('11.000 (dikirim atau dikerahkan): dimuat media sebagai');
    expect(text).toContain('10.000-12.000 (SeaPRwire)');
  });

  it('a claim in a private chat gets the comparison with the note that it states only what the archive holds', async () => {
    await h.send(privateMessage('katanya korut kirim 20rb tentara ke rusia'));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('20rb (dikirim atau dikerahkan)');
    expect(text).toContain('Ini hanya menyatakan apa yang dimuat media dalam arsip');
  });

  it('a claim with a mention of the bot in a group gets the compact comparison', async () => {
    await h.send(groupMessage('@example_news_bot Korea Utara mengirim 30 ribu tentara ke Rusia'));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('30 ribu (dikirim atau dikerahkan): tidak ada media dalam arsip yang memuat angka ini');
    expect(text).not.toContain('Ini hanya menyatakan');
  });

  it('inline mode offers the comparison first', async () => {
    await h.send(inlineQuery('Rusia kirim 20 ribu tentara ke Korea Utara'));
    const { payload } = h.api.last('answerInlineQuery')!;
    const results = payload.results as { id: string; title: string; input_message_content: { message_text: string } }[];
    expect(results[0]!.id).toMatch(/^c\d+$/);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    const message = results[0]!.input_message_content.message_text;
    expect(checkTelegramHtml(message).problems).toEqual([]);
    expect(message).toContain('tidak ada media dalam arsip yang memuat angka ini');
    expect(blockquotes(message)).toHaveLength(1);
  });
});
