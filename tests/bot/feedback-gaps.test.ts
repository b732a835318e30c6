import { describe, expect, it } from 'vitest';
import { purgeQuestionLog } from '../../src/newsroom/feedback.js';
import { ANSWERABLE_EN, ANSWERABLE_ID, NOT_FOUND, buttonData, type Harness, useHarness } from '../helpers/bot-harness.js';
import { SECOND_USER_ID, USER_ID, callbackQuery, privateMessage } from '../helpers/updates.js';

let h: Harness;
useHarness((value) => (h = value), { adminIds: [USER_ID] });

const rows = (sql: string) => h.engine.db.$client.prepare(sql).all() as Record<string, unknown>[];

describe('feedback and gaps', () => {
  it('👍/👎 under a private answer store the question and the quoted sentence ids, not the voter', async () => {
    await h.send(privateMessage(ANSWERABLE_ID));
    const sent = h.api.last('sendMessage')!;
    const messageId = 4242;
    const down = buttonData(sent.payload, 'v:');
    expect(Buffer.byteLength(down)).toBeLessThanOrEqual(64);
    const downData = down.replace(/:u$/, ':d');
    await h.send(callbackQuery(downData, { chatId: USER_ID, messageId }));
    expect(h.api.last('answerCallbackQuery')!.payload.text).toContain('Terima kasih');
    // Pressing again changes nothing; a change of mind replaces the vote.
    await h.send(callbackQuery(downData, { chatId: USER_ID, messageId }));
    const stored = rows('SELECT * FROM feedback');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.question).toBe(ANSWERABLE_ID);
    expect(stored[0]!.vote).toBe(-1);
    const ids = JSON.parse(String(stored[0]!.sentence_ids)) as number[];
    expect(ids.length).toBeGreaterThan(0);
    const quoted = h.engine.ask(ANSWERABLE_ID, { limit: 9 }).answers.map((q) => q.sentenceId);
    expect(quoted).toEqual(expect.arrayContaining(ids));
    // Nothing that names the voter is stored.
    expect(JSON.stringify(rows('SELECT * FROM feedback'))).not.toMatch(new RegExp(`${USER_ID}|Test`));
  });

  it('/gaps lists, by count, the questions answered "not found" and the answers voted down; admins only', async () => {
    await h.send(privateMessage(NOT_FOUND));
    await h.send(privateMessage(NOT_FOUND, { from: { id: SECOND_USER_ID } }));
    await h.send(privateMessage('Berapa harga beras di Jakarta?'));
    await h.send(privateMessage(ANSWERABLE_EN));
    h.api.clear();
    await h.send(privateMessage('/gaps'));
    const text = String(h.api.last('sendMessage')!.payload.text);
    expect(text).toContain(`• ${NOT_FOUND} (2×)`);
    expect(text).toContain('• Berapa harga beras di Jakarta? (1×)');
    expect(text).not.toContain(ANSWERABLE_EN);
    expect(text).toContain('Jawaban yang dinilai 👎:');
    expect(text).toContain(`• ${ANSWERABLE_ID} (1×)`);
    expect(text.indexOf(NOT_FOUND)).toBeLessThan(text.indexOf('harga beras'));
    await h.send(privateMessage('/gaps', { from: { id: SECOND_USER_ID, language_code: 'en' } }));
    expect(h.api.last('sendMessage')!.payload.text).toBe("Sorry, only the bot's editors can see the gaps.");
  });

  it('question logs and votes older than QUESTION_LOG_DAYS are deleted', () => {
    const before = rows('SELECT count(*) AS n FROM question_log')[0]!.n as number;
    expect(before).toBeGreaterThan(0);
    expect(purgeQuestionLog(h.engine.db, 30)).toBe(0);
    const removed = purgeQuestionLog(h.engine.db, 30, Date.now() + 31 * 86_400_000);
    expect(removed).toBe(before + 1);
    expect(rows('SELECT count(*) AS n FROM question_log')[0]!.n).toBe(0);
    expect(rows('SELECT count(*) AS n FROM feedback')[0]!.n).toBe(0);
  });
});
