import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { eq } from 'drizzle-orm';
import { chatSettings } from '../../src/db/schema.js';
import { createSqliteChatSettingsStore } from '../../src/bot/state/chat-settings.js';
import { ANSWERABLE_ID, NOT_FOUND, keyboardOf, type Harness, useHarness } from '../helpers/bot-harness.js';
import { failures } from '../helpers/fake-bot-api.js';
import {
  SUPERGROUP_ID,
  freshFixture,
  groupCommand,
  groupMessage,
  groupReplyTo,
  groupReplyToBot,
} from '../helpers/updates.js';

let h: Harness;

useHarness((value) => (h = value));

function blockquotes(text: string): string[] {
  return [...text.matchAll(/<blockquote(?: expandable)?>([^<]*)<\/blockquote>/g)].map((m) => m[1]!);
}

describe('group chats', () => {
  it('answers /ask@botname compactly, threaded under the question', async () => {
    const update = groupCommand(`/ask@example_news_bot ${ANSWERABLE_ID}`);
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
    const { payload } = h.api.last('sendMessage')!;
    expect(payload.chat_id).toBe(SUPERGROUP_ID);
    expect(payload.parse_mode).toBe('HTML');
    const quotes = blockquotes(payload.text as string);
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    expect(quotes.length).toBeLessThanOrEqual(2);
    expect(payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    const buttons = keyboardOf(payload).flat();
    expect(buttons).toHaveLength(1);
    expect(buttons[0]![0]).toBe('Lainnya');
    expect(buttons[0]![1]).toMatch(/^m:[A-Za-z0-9_-]+:1$/);
  });

  it('answers /cite with a question, and the /sumber alias, with or without @botname', async () => {
    await h.send(groupCommand(`/cite@example_news_bot ${ANSWERABLE_ID}`));
    await h.send(groupCommand(`/sumber ${ANSWERABLE_ID}`));
    await h.send(groupCommand(`/ask ${ANSWERABLE_ID}`));
    expect(h.api.methods()).toEqual(['sendMessage', 'sendMessage', 'sendMessage']);
    for (const call of h.api.callsOf('sendMessage')) expect(blockquotes(call.payload.text as string).length).toBeGreaterThan(0);
  });

  it('answers the fixture /cari@example_news_bot (Indonesian alias of /ask)', async () => {
    const update = freshFixture('group_command_with_botname');
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
    expect(h.api.last('sendMessage')!.payload.reply_parameters).toMatchObject({ message_id: update.message!.message_id });
    // "harga beras" (rice prices) is not in the corpus; the reply follows the question's language.
    expect(h.api.last('sendMessage')!.payload.text).toContain('Saya tidak menemukan kalimat');
  });

  it('ignores commands addressed to another bot', async () => {
    await h.send(groupCommand(`/ask@other_news_bot ${ANSWERABLE_ID}`));
    await h.send(groupCommand('/help@other_news_bot'));
    expect(h.api.calls).toHaveLength(0);
  });

  it('answers a mention of the bot (fixture group_mention), with the mention removed', async () => {
    const update = freshFixture('group_mention');
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
    const { payload } = h.api.last('sendMessage')!;
    expect(payload.reply_parameters).toMatchObject({ message_id: update.message!.message_id });
    // "harga beras" is not in the corpus: a polite not-found, still only because it was addressed.
    expect(payload.text).toContain('Saya tidak menemukan kalimat');

    await h.send(groupMessage(`@example_news_bot ${ANSWERABLE_ID}`));
    expect(blockquotes(h.api.last('sendMessage')!.payload.text as string).length).toBeGreaterThan(0);
  });

  it('answers a reply to its own message (fixture group_reply_to_bot)', async () => {
    await h.send(freshFixture('group_reply_to_bot'));
    expect(h.api.methods()).toEqual(['sendMessage']);
    await h.send(groupReplyToBot(ANSWERABLE_ID));
    const { payload } = h.api.last('sendMessage')!;
    expect(payload.chat_id).toBe(SUPERGROUP_ID);
    expect(blockquotes(payload.text as string).length).toBeGreaterThan(0);
  });

  it('/cite as a reply looks up the replied claim and quotes it in reply_parameters', async () => {
    const claim = 'Katanya Korea Utara mengirim 14.000 tentara ke Rusia untuk membantu perang melawan Ukraina.';
    const update = groupReplyTo(claim, '/cite@example_news_bot');
    await h.send(update);
    expect(h.api.methods()).toEqual(['sendMessage']);
    const { payload } = h.api.last('sendMessage')!;
    const replied = update.message!.reply_to_message!;
    expect(payload.reply_parameters).toEqual({ message_id: replied.message_id, allow_sending_without_reply: true, quote: claim });
    expect(claim).toContain((payload.reply_parameters as { quote: string }).quote);
    expect(blockquotes(payload.text as string).length).toBeGreaterThan(0);
  });

  it('/cite as a reply uses the part the user selected as the claim', async () => {
    const claim = 'Halo semua. Korea Utara mengirim 14.000 tentara ke Rusia. Sampai jumpa.';
    const selected = 'Korea Utara mengirim 14.000 tentara ke Rusia.';
    await h.send(groupReplyTo(claim, '/sumber', { quote: selected }));
    const { payload } = h.api.last('sendMessage')!;
    expect((payload.reply_parameters as { quote: string }).quote).toBe(selected);
  });

  it('cuts the reply quote to an exact substring of at most 1024 characters', async () => {
    const claim = `Korea Utara mengirim 14.000 tentara ke Rusia. ${'Ini kalimat tambahan yang panjang sekali. '.repeat(40)}`;
    await h.send(groupReplyTo(claim, '/cite'));
    const quote = (h.api.last('sendMessage')!.payload.reply_parameters as { quote: string }).quote;
    expect(quote.length).toBeLessThanOrEqual(1024);
    expect(claim).toContain(quote);
  });

  it('resends as a plain reply when Telegram refuses the quote', async () => {
    const claim = 'Korea Utara mengirim 14.000 tentara ke Rusia.';
    h.api.fail('sendMessage', failures.quoteInvalid(), { when: (p) => (p.reply_parameters as { quote?: string } | undefined)?.quote !== undefined });
    const update = groupReplyTo(claim, '/cite');
    await h.send(update);
    const sends = h.api.callsOf('sendMessage');
    expect(sends.map((c) => c.status)).toEqual([400, 200]);
    expect(sends[1]!.payload.reply_parameters).toEqual({ message_id: update.message!.reply_to_message!.message_id, allow_sending_without_reply: true });
    expect(sends[1]!.payload.text).toBe(sends[0]!.payload.text);
  });

  it('/cite without a reply or question explains itself', async () => {
    await h.send(groupCommand('/cite@example_news_bot'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('/cite');
  });

  it('stays silent on group chatter, channel posts, edited messages and being added', async () => {
    const silent: Update[] = [
      groupMessage('Ada yang tahu berapa tentara Korea Utara yang dikirim ke Rusia?'),
      groupMessage('lihat @someone_else dan #berita'),
      groupCommand('/weather'),
      freshFixture('channel_post'),
      freshFixture('edited_message'),
      freshFixture('my_chat_member_added_to_group'),
      freshFixture('my_chat_member_added_to_basic_group'),
      freshFixture('my_chat_member_promoted_to_admin'),
      freshFixture('message_new_chat_members_bot_added'),
    ];
    for (const update of silent) await h.send(update);
    expect(h.api.calls).toHaveLength(0);
    expect(h.logs.records().some((r) => r.msg === 'bot membership changed')).toBe(true);
  });

  it('/lang in a group is for the group admins only', async () => {
    await h.send(groupCommand('/lang@example_news_bot en'));
    expect(h.api.methods()).toEqual(['getChatMember', 'sendMessage']);
    expect(h.api.last('sendMessage')!.payload.text).toContain('only its admins');
    expect(await createSqliteChatSettingsStore(h.engine.db).getLanguage(SUPERGROUP_ID)).toBeUndefined();
    h.api.fail('getChatMember', { ok: true, result: { status: 'administrator', user: { id: 5000000002, is_bot: false, first_name: 'Second' } } });
    await h.send(groupCommand('/lang@example_news_bot en'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('From now on I reply in English');
    await h.send(groupCommand(`/ask ${ANSWERABLE_ID}`));
    expect(h.api.last('sendMessage')!.payload.text).toContain('Quotes 1–2 of');
    h.engine.db.delete(chatSettings).where(eq(chatSettings.chatId, SUPERGROUP_ID)).run();
  });

  it('a group question that finds nothing still gets the polite not-found, compactly', async () => {
    await h.send(groupCommand(`/ask ${NOT_FOUND}`));
    const { payload } = h.api.last('sendMessage')!;
    expect(payload.text).toContain('Saya tidak menemukan kalimat');
    expect(payload.reply_markup).toBeUndefined();
  });
});
