/**
 * Dates in a compact are ISO strings. Historical fields may give only a year or a month
 * ("2018", "2017-01"); such a date stands for a span of days, and comparisons say which end they use.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
/** YYYY-MM-DD, YYYY-MM or YYYY: year, month and day in groups 1 to 3 (a shape only; the calendar is checked elsewhere). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isFullDate(value: string): boolean {
  return FULL.test(value);
}

/** The first day a (possibly partial) date can mean: "2018" → "2018-01-01". */
export function earliestDay(value: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

/** The last day a (possibly partial) date can mean: "2018" → "2018-12-31", "2024-02" → "2024-02-29". */
export function latestDay(value: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (day) return value;
  if (!month) return `${year}-12-31`;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds whole years to a full date; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const match = FULL.exec(date);
  if (!match) throw new RangeError(`not a full date: ${date}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${match[2]}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
