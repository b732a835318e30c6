/**
 * Per-chat settings (the reply language). One small async interface so a shared store
 * (Redis, PostgreSQL) can replace the SQLite table when the bot runs as several instances.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { chatSettings } from '../../db/schema.js';
import type { Language } from '../../search/answer-types.js';

export interface ChatSettingsStore {
  /** The language the chat chose, or undefined when it never chose one. */
  getLanguage(chatId: number): Promise<Language | undefined>;
  setLanguage(chatId: number, language: Language): Promise<void>;
}

/** Chat settings in the `chat_settings` table of the corpus database. */
export function createSqliteChatSettingsStore(db: Db): ChatSettingsStore {
  return {
    getLanguage(chatId) {
      const row = db.select({ language: chatSettings.language }).from(chatSettings).where(eq(chatSettings.chatId, chatId)).get();
      return Promise.resolve(row?.language ?? undefined);
    },
    setLanguage(chatId, language) {
      db.insert(chatSettings)
        .values({ chatId, language })
        .onConflictDoUpdate({
          target: chatSettings.chatId,
          set: { language, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
        })
        .run();
      return Promise.resolve();
    },
  };
}
