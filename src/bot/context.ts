/** The bot's context type: grammY's Context plus i18n and the dependencies every handler uses. */
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { HtmlVariables } from '../render/html.js';
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

/** `ctx.t` whose result is escaped for HTML; variables given as `{ html }` are inserted as they are. */
export type TranslateHtml = (key: string, variables?: HtmlVariables) => string;

export interface BotContextExtras {
  deps: BotDependencies;
  /** The language this chat chose with /lang, if any. */
  chatLanguage: Language | undefined;
  /** The language for interface text: the chat's choice, else the user's Telegram language. */
  uiLanguage: Language;
  /** Like `ctx.t`, escaped for HTML parse mode (installed right after the i18n middleware). */
  tHtml: TranslateHtml;
}

export type BotContext = Context & I18nFlavor & BotContextExtras;
