import { daysBetween } from '../../domain/dates.js';
import { describeReviewBasis, DUE_SOON_DAYS, nextReview, reviewBasisPath } from '../../domain/review.js';
import { count } from '../../util/plural.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'review-due-soon';

export interface ReviewDueSoonOptions {
  days: number;
}

export const reviewDueSoon: Rule<ReviewDueSoonOptions> = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Warns when the review of an adopted compact is due within the next `days` days (180 by default).',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      dueSoon: 'the review is due by {{due}} ({{basis}}), in {{days}}; plan the evaluation with the parties',
      dueToday: 'the review is due today, {{due}} ({{basis}}); evaluate the compact and record the date in review.last_reviewed',
      dueTodayPlanned:
        'the review is due today, {{due}} ({{basis}}); evaluate the compact, record the date in review.last_reviewed and set review.next_review to the next one',
    },
    optionsSchema: {
      type: 'object',
      properties: { days: { type: 'integer', minimum: 1, maximum: 3660, description: 'How many days ahead a review counts as due soon.' } },
      additionalProperties: false,
    },
    defaultOptions: { days: DUE_SOON_DAYS },
    recommended: true,
  },
  check(compact, context) {
    if (compact.status !== 'adopted') return;
    const next = nextReview(compact);
    if (!next) return;
    const days = daysBetween(context.today, next.date);
    if (days < 0 || days > context.options.days) return;
    context.report({
      messageId: days > 0 ? 'dueSoon' : next.basis === 'next_review' ? 'dueTodayPlanned' : 'dueToday',
      data: { due: next.date, basis: describeReviewBasis(compact, next), days: count(days, 'day') },
      path: reviewBasisPath(next.basis),
    });
  },
};
