import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { buttonStates } from '../../src/db/schema.js';
import { createSqliteButtonStateStore } from '../../src/bot/state/button-states.js';
import type { ShownAnswer } from '../../src/bot/state/shown-answer.js';
import { createSqliteChatSettingsStore } from '../../src/bot/state/chat-settings.js';

describe('per-chat state in SQLite', () => {
  it('chat settings: unset, set, overwrite', async () => {
    const store = createSqliteChatSettingsStore(openDatabase(':memory:'));
    expect(await store.getLanguage(42)).toBeUndefined();
    await store.setLanguage(42, 'en');
    expect(await store.getLanguage(42)).toBe('en');
    await store.setLanguage(42, 'id');
    expect(await store.getLanguage(42)).toBe('id');
    expect(await store.getLanguage(-100)).toBeUndefined();
  });

  it('button states: short ids, expiry, pruning, and garbage payloads', async () => {
    const db = openDatabase(':memory:');
    let now = 1_000_000;
    const store = createSqliteButtonStateStore(db, { ttlMs: 60_000, now: () => now });
    const shown: ShownAnswer = {
      language: 'id',
      kind: 'number',
      truncated: false,
      quotes: [{ sentenceId: 7, article: 'contoh-1', score: 1.5, also: [9, 12] }],
      figures: [{ label: '14.000 tentara', value: 14000, outlets: ['Kompas'] }],
    };
    const id = await store.save({ question: 'Berapa tentara?', compact: true, shown });
    expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(await store.load(id)).toEqual({ question: 'Berapa tentara?', compact: true, shown });
    expect(await store.load('missing1')).toBeUndefined();

    now += 61_000;
    expect(await store.load(id)).toBeUndefined();
    await store.save({ question: 'baru', compact: false, shown: { ...shown, quotes: [] } });
    expect(db.select().from(buttonStates).all().map((r) => r.id)).not.toContain(id);

    db.insert(buttonStates).values({ id: 'garbage1', payload: '{"question": 3}', createdAt: now }).run();
    db.insert(buttonStates).values({ id: 'garbage2', payload: 'not json', createdAt: now }).run();
    // A state written before buttons kept what the message showed: expired, never recomputed.
    db.insert(buttonStates).values({ id: 'oldstyle', payload: '{"question":"Berapa tentara?","compact":false}', createdAt: now }).run();
    expect(await store.load('garbage1')).toBeUndefined();
    expect(await store.load('garbage2')).toBeUndefined();
    expect(await store.load('oldstyle')).toBeUndefined();
  });
});
