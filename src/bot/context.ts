/** The bot's context type: grammY's Context plus i18n and the dependencies every handler uses. */
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import type { Language } from '../search/answer-types.js';
import type { ButtonStateStore } from './state/button-states.js';
import type { ChatSettingsStore } from './state/chat-settings.js';

/** Everything the handlers need, put into `ctx.deps` by the first middleware. */
export interface BotDependencies {
  config: Config;
  engine: Engine;
  logger: Logger;
  chatSettings: ChatSettingsStore;
  buttonStates: ButtonStateStore;
  /** Downloads files (admin uploads); global fetch by default, replaceable in tests. */
  fetch: typeof fetch;
}

export interface BotContextExtras {
  deps: BotDependencies;
  /** The language this chat chose with /lang, if any. */
  chatLanguage: Language | undefined;
  /** The language for interface text: the chat's choice, else the user's Telegram language. */
  uiLanguage: Language;
}

export type BotContext = Context & I18nFlavor & BotContextExtras;
