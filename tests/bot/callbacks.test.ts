/**
 * Buttons show what their message showed: after the corpus changes (an article that changes the
 * answer is added), "More", "In context" and "Source" still work from the quotes of the message
 * they are under, not from a fresh answer to the question.
 */
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/corpus/article-input.js';
import { renderAnswerHtml, renderContextHtml, renderSourceHtml } from '../../src/render/telegram.js';
import { ANSWERABLE_ID, buttonData, type Harness, useHarness } from '../helpers/bot-harness.js';
import { callbackQuery, privateMessage, USER_ID } from '../helpers/updates.js';

let h: Harness;
useHarness((value) => (h = value));

/** An article that answers the question better than the seeds: the fresh answer changes. */
const NEWER = validateArticle(
  {
    id: 'callbacks-test-newer-report',
    outlet: 'Harian Uji Tombol',
    published: '2025-06-01',
    text: [
      'Korea Utara telah mengirim 25.000 tentara ke Rusia, kata pejabat intelijen Korea Selatan.',
      'Jumlah tentara Korea Utara yang dikirim ke Rusia naik menjadi 25.000 orang pada Juni.',
      'Tentara Korea Utara yang dikirim ke Rusia kini berjumlah 25.000, menurut laporan itu.',
      'Pejabat itu mengatakan 6.000 tentara Korea Utara lagi akan dikirim ke Rusia.',
    ].join('\n\n'),
  },
  { file: 'callbacks.test.ts', line: 1 },
);

/**
 * The same new figure from two more outlets: a report that three outlets printed leads an
 * answer (group.ts), as the seeds' 14.000 does.
 */
const ELSEWHERE = ['Kabar Uji Tombol', 'Warta Uji Tombol'].map((outlet, i) =>
  validateArticle(
    {
      id: `callbacks-test-newer-report-${i + 2}`,
      outlet,
      published: '2025-06-02',
      text: ['Seoul menyebut Korea Utara telah mengirim 25.000 tentara ke Rusia.', 'Tentara Korea Utara yang dikirim ke Rusia kini berjumlah 25.000, menurut laporan itu.'].join('\n\n'),
    },
    { file: 'callbacks.test.ts', line: i + 2 },
  ),
);

describe('buttons after the corpus changed', () => {
  it('"More", "In context" and "Source" show the quotes of their message, not a fresh answer', async () => {
    await h.send(privateMessage(ANSWERABLE_ID));
    const sent = h.api.last('sendMessage')!.payload;
    const before = h.engine.ask(ANSWERABLE_ID, { limit: 9 });
    expect(sent.text).toBe(renderAnswerHtml(before, 'id', { page: 0 }).text);

    const report = h.engine.addArticles([NEWER, ...ELSEWHERE]);
    expect(report.added).toBe(3);
    const after = h.engine.ask(ANSWERABLE_ID, { limit: 9 });
    // The precondition that made the old buttons wrong: the fresh answer differs on both pages.
    expect([NEWER.id, ...ELSEWHERE.map((a) => a.id)]).toContain(after.answers[0]!.article);
    expect(renderAnswerHtml(after, 'id', { page: 1 }).text).not.toBe(renderAnswerHtml(before, 'id', { page: 1 }).text);

    h.api.clear();
    await h.send(callbackQuery(buttonData(sent, 'x:'), { chatId: USER_ID, messageId: 4242 }));
    expect(h.api.last('sendMessage')!.payload.text).toBe(renderContextHtml(h.engine.context(before.answers[0]!.sentenceId)!, 'id'));

    await h.send(callbackQuery(buttonData(sent, 's:'), { chatId: USER_ID, messageId: 4242 }));
    expect(h.api.last('sendMessage')!.payload.text).toBe(renderSourceHtml(h.engine.source(before.answers[0]!.article)!, 'id'));

    await h.send(callbackQuery(buttonData(sent, 'm:'), { chatId: USER_ID, messageId: 4242 }));
    const edit = h.api.last('editMessageText')!.payload;
    expect(edit.text).toBe(renderAnswerHtml(before, 'id', { page: 1 }).text);
    expect(edit.text).not.toContain('Harian Uji Tombol');

    // The buttons of the second page keep to the same answer.
    await h.send(callbackQuery(buttonData(edit, 's:'), { chatId: USER_ID, messageId: 4242 }));
    expect(h.api.last('sendMessage')!.payload.text).toBe(renderSourceHtml(h.engine.source(before.answers[3]!.article)!, 'id'));
    expect(h.api.methods().filter((m) => m === 'answerCallbackQuery')).toHaveLength(4);
  });
});
