/**
 * User-facing strings: the Fluent files in src/locales, loaded once into one @grammyjs/i18n
 * instance (`i18n()`). The bot installs its middleware, so handlers translate with `ctx.t`;
 * renderers (which take a locale, not a context) and the terminal chat use `t` below. Every
 * surface says the same thing from the same bundles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Language } from '../search/answer-types.js';

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'locales');

/** The languages the bot speaks; quotes stay in the language of their article. */
export const LANGUAGES: readonly Language[] = ['id', 'en'];

export const DEFAULT_LANGUAGE: Language = 'id';

export type MessageVariables = Record<string, string | number>;

/** A context that carries the interface language the bot chose for it (set before `ctx.t` exists). */
export interface UiLanguageFlavor {
  uiLanguage?: Language;
}

let instance: I18n<Context & UiLanguageFlavor> | undefined;

/**
 * The one I18n instance over src/locales, loaded on first use. Its middleware gives `ctx.t` in
 * the language of `ctx.uiLanguage` (the chat's choice, else the user's Telegram language).
 */
export function i18n(): I18n<Context & UiLanguageFlavor> {
  instance ??= new I18n<Context & UiLanguageFlavor>({
    defaultLocale: DEFAULT_LANGUAGE,
    directory: LOCALES_DIR,
    // Fluent wraps placeables in Unicode isolation marks by default; they show up as noise in
    // terminals and break exact-substring checks, and our variables never mix directions.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.uiLanguage ?? DEFAULT_LANGUAGE,
  });
  return instance;
}

/** Translates `key` into `locale` where there is no bot context (renderers, terminal). */
export function t(locale: Language, key: string, variables?: MessageVariables): string {
  return i18n().t(locale, key, variables);
}

/** Maps a Telegram `language_code` (or any BCP 47 tag) to one of our languages. */
export function languageFromCode(code: string | undefined): Language {
  if (!code) return DEFAULT_LANGUAGE;
  const primary = code.toLowerCase().split(/[-_]/)[0];
  // Malay speakers read Indonesian; every other language gets English.
  return primary === 'id' || primary === 'ms' || primary === 'in' ? 'id' : 'en';
}

/** True for 'id' and 'en'. */
export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Formats a `YYYY-MM-DD` date for people ("29 April 2025"); null becomes "undated". */
export function formatDate(date: string | null, locale: Language): string {
  if (!date) return t(locale, 'date-unknown');
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : DATE_FORMATS[locale].format(d);
}

/** Joins names into a readable list ("A, B, C"). */
export function formatList(items: readonly string[]): string {
  return items.join(', ');
}
