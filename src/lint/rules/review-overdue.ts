import { daysBetween } from '../../domain/dates.js';
import { describeReviewBasis, nextReview, reviewBasisPath } from '../../domain/review.js';
import { count } from '../../util/plural.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'review-overdue';

export const reviewOverdue: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'An adopted compact is not past the date its review was due.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      overdue:
        'the review was due by {{due}} ({{basis}}) and is {{days}} overdue; evaluate the compact and record the date in review.last_reviewed',
      overduePlanned:
        'the review was due by {{due}} ({{basis}}) and is {{days}} overdue; evaluate the compact, record the date in review.last_reviewed and set review.next_review to the next one',
    },
    recommended: true,
  },
  check(compact, context) {
    if (compact.status !== 'adopted') return;
    const next = nextReview(compact);
    if (!next || next.date >= context.today) return;
    context.report({
      messageId: next.basis === 'next_review' ? 'overduePlanned' : 'overdue',
      data: { due: next.date, basis: describeReviewBasis(compact, next), days: count(daysBetween(next.date, context.today), 'day') },
      path: reviewBasisPath(next.basis),
    });
  },
};
