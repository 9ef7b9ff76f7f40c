import { PARTIAL_DATE } from '../domain/dates.js';
import type { Language } from '../model/index.js';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * A (possibly partial) ISO date in words: `2018-05-24` → "24 maj 2018" / "24 May 2018",
 * `2018-05` → "maj 2018", `2018` → "2018". Month names come from Intl. Undefined when it is not a date.
 */
export function formatDate(value: string, lang: Language): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (date.getUTCMonth() !== Number(month) - 1 || (day !== undefined && date.getUTCDate() !== Number(day))) return undefined;
  // A four-digit year below 100 would otherwise be read as 19xx.
  date.setUTCFullYear(Number(year));
  return dateFormat(lang, day !== undefined).format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter made once per language and precision: making one loads locale data and costs far more than using it. */
function dateFormat(lang: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
    dateFormats.set(key, format);
  }
  return format;
}

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

/** How much of a (possibly partial) date is known, for labels that read differently ("den 24 maj 2018", "i maj 2018"). */
export function datePrecision(value: string): 'day' | 'month' | 'year' | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}
