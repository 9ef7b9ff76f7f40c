import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { checkOneOf } from '../api/arguments.js';
import { catalogue } from './catalogue.js';
import { availableLanguages, DEFAULT_LANGUAGE, type Language } from './languages.js';
import { languageOfLocale } from './resolve-language.js';

export { availableLanguages, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.js';
export { resolveLanguage, languageOfLocale, type LanguageSources } from './resolve-language.js';

/** Values a message may take: text, numbers (plurals) and dates (`{date, date, long}`, a Date or `YYYY-MM-DD`). */
export type MessageValues = Record<string, string | number | Date | undefined>;

let current: Language = DEFAULT_LANGUAGE;

type Compiled =
  | {
      format: IntlMessageFormat;
      /** Arguments formatted as dates: `YYYY-MM-DD` text given for them becomes a date. */
      dates: string[];
      /** A message of text and plain `{name}` arguments only, as literal texts and argument names in turn. */
      pieces?: Piece[];
    }
  /** A message with no argument, plural or quote, which reads as it is written (most help texts). */
  | { plain: string };
type Piece = { text: string } | { argument: string };
const compiled = new Map<string, Compiled>();
const PLAIN = /^[^{}']*$/;

/** Dates are calendar days: format them in UTC so the day never shifts with the machine's time zone. */
const FORMATS = {
  date: {
    short: { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' },
    medium: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
    long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  },
} as const;

/*
 * Cost on every command: the library resolves a locale through Intl.NumberFormat.supportedLocalesOf and formats `#`
 * with Intl.NumberFormat, and the first of either loads ICU's number data (milliseconds on a cold start, for a
 * summary line). Our tags are well-formed, so they are taken as they are, and a whole number is grouped as the
 * language groups it (GROUP_SEPARATORS) without a number formatter.
 */
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : locales);

/**
 * How each language's tag groups the digits of a whole number, as Intl.NumberFormat groups them: making the first
 * Intl.NumberFormat loads ICU's number data, which costs a run that counts a thousand files more than the counting.
 */
const GROUP_SEPARATORS: Readonly<Record<string, string>> = { 'en-GB': ',', 'sv-SE': '\u00a0' };

function groupDigits(value: number, separator: string): string {
  const digits = String(value);
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return grouped;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Most entries a cache keeps; a full one starts afresh. */
const MAX_CACHED = 1000;

function cached<T>(cache: Map<string, T>, key: unknown[], create: () => T): T {
  const id = JSON.stringify(key);
  let value = cache.get(id);
  if (value === undefined) {
    value = create();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(id, value);
  }
  return value;
}

const FORMATTERS: Formatters = {
  getNumberFormat: (locales, options) => {
    const full = (): Intl.NumberFormat => cached(numberFormats, [locales, options], () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions | undefined));
    const separator = GROUP_SEPARATORS[String(locales)];
    if (options !== undefined || separator === undefined) return full();
    return { format: (value: number | bigint) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? groupDigits(value, separator) : full().format(value)) } as Intl.NumberFormat;
  },
  getPluralRules: (...args) => cached(pluralRules, args, () => new Intl.PluralRules(...args)),
  getDateTimeFormat: (...args) => cached(dateFormats, args, () => new Intl.DateTimeFormat(...args)),
};

/**
 * Sets the language of every message from now on (the CLI does this once, from `--lang` and the locale). A tag
 * with a region (`sv-SE`, `en-GB`) sets its language; a language without a catalogue is refused.
 */
export function setLanguage(language: Language): void {
  current = supportedLanguage(language);
}

function supportedLanguage(language: unknown): Language {
  const base = typeof language === 'string' ? languageOfLocale(language) : undefined;
  checkOneOf('setLanguage', 'language', base ?? language, availableLanguages());
  return base as Language;
}

export function currentLanguage(): Language {
  return current;
}

/** The BCP 47 tag of a language (`sv-SE`, `en-GB`), as written into SARIF `run.language` and `<html lang>`. */
export function languageTag(language: Language = current): string {
  return catalogue(language)['language.tag'] ?? language;
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
  let entry = compiled.get(key);
  if (!entry) {
    const messages = catalogue(language);
    if (!Object.hasOwn(messages, id)) throw new Error(`message "${id}" is missing from messages/${language}.json`);
    const text = messages[id]!;
    if (PLAIN.test(text)) {
      entry = { plain: text };
    } else {
      const format = new IntlMessageFormat(text, languageTag(language), FORMATS as never, { ignoreTag: true, formatters: FORMATTERS });
      entry = { format, dates: dateArguments(format.getAst()), pieces: plainPieces(format.getAst()) };
    }
    compiled.set(key, entry);
  }
  if ('plain' in entry) return entry.plain;
  const quick = entry.pieces && joinPieces(entry.pieces, values);
  if (quick !== undefined) return quick;
  // The same message with the same values (a count of days, a review basis) recurs in every file of a batch.
  if (!textAndNumbers(values)) return formatMessage(entry, values);
  return cached(formatted, [key, values ?? {}], () => formatMessage(entry, values));
}

/** Values that JSON tells apart exactly as the message library does: text and finite numbers. */
function textAndNumbers(values: MessageValues | undefined): boolean {
  if (values === undefined) return true;
  for (const name in values) {
    const value = values[name];
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))) return false;
  }
  return true;
}

const formatted = new Map<string, string>();

function formatMessage(entry: { format: IntlMessageFormat; dates: string[] }, values: MessageValues | undefined): string {
  let given = values as Record<string, string | number | Date> | undefined;
  if (given && entry.dates.length > 0) {
    given = { ...given };
    for (const name of entry.dates) {
      const value = given[name];
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) given[name] = new Date(`${value}T00:00:00Z`);
    }
  }
  return String(entry.format.format(given));
}

/** The pieces of a message with nothing but text and plain arguments (0 and 1 in the parser's TYPE enum). */
function plainPieces(ast: readonly unknown[]): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (const element of ast as { type: number; value: string }[]) {
    if (element.type === 0) pieces.push({ text: element.value });
    else if (element.type === 1) pieces.push({ argument: element.value });
    else return undefined;
  }
  return pieces;
}

/**
 * A plain message with text and numbers put in as the library puts them in (`String(value)`), without its general
 * formatter; undefined when a value is of another kind or missing, for the library to format or refuse.
 */
function joinPieces(pieces: readonly Piece[], values: MessageValues | undefined): string | undefined {
  let text = '';
  for (const piece of pieces) {
    if ('text' in piece) {
      text += piece.text;
      continue;
    }
    const value = values?.[piece.argument];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    text += String(value);
  }
  return text;
}

/** The names of the arguments a message formats as dates, at any depth (inside plurals and selects too). */
function dateArguments(ast: readonly unknown[]): string[] {
  const names: string[] = [];
  const visit = (elements: readonly unknown[]): void => {
    for (const element of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      // 3 = date in @formatjs/icu-messageformat-parser's TYPE enum.
      if (element.type === 3 && element.value) names.push(element.value);
      if (element.options) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(ast);
  return names;
}
