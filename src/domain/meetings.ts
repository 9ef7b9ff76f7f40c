import type { Compact, Meeting } from '../model/index.js';

/** Frequencies that meet at least once a year; `as-needed` and `once` promise no follow-up. */
const AT_LEAST_YEARLY: ReadonlySet<Meeting['frequency']> = new Set(['yearly', 'twice-yearly', 'quarterly', 'monthly']);

/** Whether a recurring meeting follows the compact up at least once a year. */
export function hasYearlyFollowUp(compact: Pick<Compact, 'governance'>): boolean {
  return (compact.governance?.meetings ?? []).some((meeting) => AT_LEAST_YEARLY.has(meeting.frequency));
}
