import type { Compact, Meeting } from '../model/index.js';

/** Frequencies that meet at least once a year; `as-needed` and `once` promise no follow-up. */
const AT_LEAST_YEARLY: ReadonlySet<Meeting['frequency']> = new Set(['yearly', 'twice-yearly', 'quarterly', 'monthly']);

/** The fewest and most times a year a meeting is held by its `times_per_year` (an integer or `{min, max}`). */
export function timesPerYearRange(meeting: Pick<Meeting, 'times_per_year'>): { min: number; max: number } | undefined {
  const times = meeting.times_per_year;
  if (times === undefined) return undefined;
  return typeof times === 'number' ? { min: times, max: times } : { min: times.min, max: times.max };
}

/** Whether a meeting recurs at least once a year: a recurring `frequency`, or `times_per_year` of at least one. */
export function meetsAtLeastYearly(meeting: Pick<Meeting, 'frequency' | 'times_per_year'>): boolean {
  if (meeting.frequency !== undefined) return AT_LEAST_YEARLY.has(meeting.frequency);
  return (timesPerYearRange(meeting)?.min ?? 0) >= 1;
}

/** Whether a recurring meeting follows the compact up at least once a year. */
export function hasYearlyFollowUp(compact: Pick<Compact, 'governance'>): boolean {
  return (compact.governance?.meetings ?? []).some(meetsAtLeastYearly);
}
