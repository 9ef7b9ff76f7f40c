import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue } from './catalogue.js';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS, type Language } from './languages.js';

export { LANGUAGES, LANGUAGE_TAGS, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.js';
export { resolveLanguage, languageOfLocale, type LanguageSources } from './resolve-language.js';

/** Values a message may take: text, numbers (plurals) and dates (`{date, date, long}`). */
export type MessageValues = Record<string, string | number | Date | undefined>;

let current: Language = DEFAULT_LANGUAGE;
const compiled = new Map<string, IntlMessageFormat>();

/** Sets the language of every message from now on (the CLI does this once, from `--lang` and the locale). */
export function setLanguage(language: Language): void {
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

/** Whether the catalogue of `language` (default: the current one) has a message `id`. */
export function hasMessage(id: string, language: Language = current): boolean {
  return Object.hasOwn(catalogue(language), id);
}

/**
 * The text of message `id` in the current language (or `language`), with `values` put in. A missing id is a bug:
 * it throws, and a test checks that every id used exists in every catalogue.
 */
export function t(id: string, values?: MessageValues, language: Language = current): string {
  const key = `${language}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    const messages = catalogue(language);
    if (!Object.hasOwn(messages, id)) throw new Error(`message "${id}" is missing from messages/${language}.json`);
    format = new IntlMessageFormat(messages[id]!, LANGUAGE_TAGS[language], undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return String(format.format(values as Record<string, string | number | Date>));
}
