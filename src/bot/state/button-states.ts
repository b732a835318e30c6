/**
 * Server-side state behind inline buttons. `callback_data` holds at most 64 bytes, so a button
 * carries only a short random id (`m:<id>:<page>`); what the message showed lives here (the
 * question, the layout, and the quotes by sentence id: `shown-answer.ts`). Async interface so a
 * shared store can replace SQLite.
 */
import { randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { buttonStates } from '../../db/schema.js';
import { shownAnswerSchema, type ShownAnswer } from './shown-answer.js';

/** What a button needs to show again what its message showed. */
export interface ButtonState {
  question: string;
  /** Compact (group) layout. */
  compact: boolean;
  /** The answer's quotes (all pages) and figures, by sentence id. */
  shown: ShownAnswer;
}

/** States written before `shown` existed fail to parse and count as expired. */
const buttonStateSchema = z.object({ question: z.string(), compact: z.boolean(), shown: shownAnswerSchema });

export interface ButtonStateStore {
  /** Stores the state and returns its short id. */
  save(state: ButtonState): Promise<string>;
  /** The state, or undefined when unknown or expired. */
  load(id: string): Promise<ButtonState | undefined>;
}

export interface ButtonStateStoreOptions {
  /** How long buttons keep working (default 7 days). */
  ttlMs?: number;
  now?: () => number;
}

/** 8 characters of base64url: 48 random bits, plenty for buttons that expire. */
export function newButtonId(): string {
  return randomBytes(6).toString('base64url');
}

/** Button states in the `button_states` table; expired rows are pruned on write. */
export function createSqliteButtonStateStore(db: Db, options: ButtonStateStoreOptions = {}): ButtonStateStore {
  const ttl = options.ttlMs ?? 7 * 24 * 3600 * 1000;
  const now = options.now ?? Date.now;
  return {
    save(state) {
      const id = newButtonId();
      const createdAt = now();
      db.transaction((tx) => {
        tx.delete(buttonStates).where(lt(buttonStates.createdAt, createdAt - ttl)).run();
        tx.insert(buttonStates).values({ id, payload: JSON.stringify(state), createdAt }).run();
      });
      return Promise.resolve(id);
    },
    load(id) {
      const row = db.select().from(buttonStates).where(eq(buttonStates.id, id)).get();
      if (!row || row.createdAt < now() - ttl) return Promise.resolve(undefined);
      let raw: unknown;
      try {
        raw = JSON.parse(row.payload);
      } catch {
        return Promise.resolve(undefined);
      }
      const parsed = buttonStateSchema.safeParse(raw);
      return Promise.resolve(parsed.success ? parsed.data : undefined);
    },
  };
}
