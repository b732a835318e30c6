import type { Transformer } from 'grammy';
import { describe, expect, it } from 'vitest';
import { htmlMessageDefaults } from '../../src/bot/api-defaults.js';

/** Runs the transformer over a recording inner call and returns the payload that reached it. */
async function sent(method: string, payload: Record<string, unknown>): Promise<unknown> {
  let seen: unknown;
  const inner = ((m: string, p: unknown) => {
    seen = p;
    return Promise.resolve({ ok: true, result: true });
  }) as unknown as Parameters<Transformer>[0];
  await htmlMessageDefaults()(inner, method as never, payload as never);
  return seen;
}

describe('message defaults (API transformer)', () => {
  it('sends messages and edits as HTML without link previews', async () => {
    expect(await sent('sendMessage', { chat_id: 1, text: '<b>x</b>' })).toEqual({ chat_id: 1, text: '<b>x</b>', parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    expect(await sent('editMessageText', { chat_id: 1, message_id: 2, text: 'y' })).toMatchObject({ parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  it('keeps what a call sets itself, and leaves other methods alone', async () => {
    expect(await sent('sendMessage', { chat_id: 1, text: 'x', parse_mode: 'MarkdownV2' })).toMatchObject({ parse_mode: 'MarkdownV2' });
    expect(await sent('answerCallbackQuery', { callback_query_id: '1', text: 'ok' })).toEqual({ callback_query_id: '1', text: 'ok' });
  });
});
