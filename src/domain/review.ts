import type { Compact } from '../model/index.js';
import { addYears, latestDay } from './dates.js';

export type ReviewBasis = 'next_review' | 'last_reviewed' | 'adoption.date';

export interface NextReview {
  /** The day the next review is due, YYYY-MM-DD. */
  date: string;
  /** Which field it was computed from. */
  basis: ReviewBasis;
}

/**
 * When the compact is next due for review: `review.next_review`, else `review.last_reviewed`
 * (else `adoption.date`) plus `review.cycle_years`. A date known only to the year or month counts
 * from its last day, so a review is never called overdue before it certainly is.
 */
export function nextReview(compact: Pick<Compact, 'review' | 'adoption'>): NextReview | undefined {
  const review = compact.review;
  if (review?.next_review) return { date: review.next_review, basis: 'next_review' };
  const cycle = review?.cycle_years;
  if (!cycle) return undefined;
  if (review?.last_reviewed) return { date: addYears(latestDay(review.last_reviewed), cycle), basis: 'last_reviewed' };
  if (compact.adoption?.date) return { date: addYears(latestDay(compact.adoption.date), cycle), basis: 'adoption.date' };
  return undefined;
}
