import { fullFormats } from 'ajv-formats/dist/formats.js';
import { PARTIAL_DATE } from '../domain/dates.js';

/** A date written YYYY-MM-DD, or YYYY-MM / YYYY where only the month or year is known. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (day !== undefined) return isCalendarDate(value);
  if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

export function isCalendarDate(value: string): boolean {
  const format = fullFormats.date as { validate: (value: string) => boolean };
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && format.validate(value);
}

/** The formats the compiled schema refers to by name. */
export const compactFormats = {
  date: fullFormats.date,
  email: fullFormats.email,
  uri: fullFormats.uri,
  'partial-date': isPartialDate,
};
