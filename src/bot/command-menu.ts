/** The command menu in both languages (setMyCommands with language_code); called at start. */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Language } from '../search/answer-types.js';
import { LANGUAGES, t } from '../render/messages.js';

// Users whose Telegram language is neither Indonesian nor English get the English menu.
const FALLBACK_MENU_LANGUAGE: Language = 'en';

const COMMANDS = ['ask', 'cite', 'sources', 'follow', 'following', 'unfollow', 'lang', 'help', 'start'] as const;

/** The commands with their descriptions in `locale`. */
export function commandList(locale: Language): BotCommand[] {
  return COMMANDS.map((command) => ({ command, description: t(locale, `cmd-${command}`) }));
}

/** Sets the menu for Indonesian and English users, and the default for everyone else. */
export async function setCommandMenus(api: Api): Promise<void> {
  await api.setMyCommands(commandList(FALLBACK_MENU_LANGUAGE));
  for (const locale of LANGUAGES) await api.setMyCommands(commandList(locale), { language_code: locale });
}
