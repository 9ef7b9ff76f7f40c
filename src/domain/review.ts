import { t } from '../i18n/index.js';
import type { Compact } from '../model/index.js';
import { count } from '../util/plural.js';
import { addYears, earliestDay, isFullDate, latestDay } from './dates.js';

/** How many days ahead a review counts as due soon, unless the review-due-soon rule is configured otherwise. */
export const DUE_SOON_DAYS = 180;

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
 * from its last day, so a review is never called overdue before it certainly is. A `next_review`
 * on or before `last_reviewed` is the review that has since been held, so the cycle counts from it;
 * an adoption certainly after `last_reviewed` is a revision, which ends a review, so it counts from that.
 */
export function nextReview(compact: Pick<Compact, 'review' | 'adoption'>): NextReview | undefined {
  const review = compact.review;
  const plannedReviewHeld = review?.next_review !== undefined && review.last_reviewed !== undefined && earliestDay(review.last_reviewed) >= review.next_review;
  if (review?.next_review && !plannedReviewHeld) return { date: review.next_review, basis: 'next_review' };
  const cycle = review?.cycle_years;
  if (!cycle) return undefined;
  const adopted = compact.adoption?.date;
  const revisedSinceReview = review?.last_reviewed !== undefined && adopted !== undefined && earliestDay(adopted) > latestDay(review.last_reviewed);
  if (review?.last_reviewed && !revisedSinceReview) return { date: addYears(latestDay(review.last_reviewed), cycle), basis: 'last_reviewed' };
  if (adopted) return { date: addYears(latestDay(adopted), cycle), basis: 'adoption.date' };
  return undefined;
}

/**
 * Where a due date comes from, in words: "review.next_review", "3 years after the last review on 2018-05-24",
 * "3 years after the adoption in 2018" (a partial date counts from its last day).
 */
export function describeReviewBasis(compact: Pick<Compact, 'review' | 'adoption'>, next: NextReview): string {
  if (next.basis === 'next_review') return 'review.next_review';
  const from = next.basis === 'last_reviewed' ? compact.review?.last_reviewed : compact.adoption?.date;
  const values = { cycle: count(compact.review?.cycle_years ?? 0, 'year'), when: from ?? 'none', precision: from !== undefined && isFullDate(from) ? 'day' : 'partial' };
  return next.basis === 'last_reviewed' ? t('review.basis.fromLastReview', values) : t('review.basis.fromAdoption', values);
}

/** The JSON path of the field a due date is computed from. */
export function reviewBasisPath(basis: ReviewBasis): string[] {
  if (basis === 'next_review') return ['review', 'next_review'];
  if (basis === 'last_reviewed') return ['review', 'last_reviewed'];
  return ['adoption', 'date'];
}
