import { count } from '../../util/plural.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'review-cycle-expected';

export interface ReviewCycleExpectedOptions {
  expected: number;
}

export const reviewCycleExpected: Rule<ReviewCycleExpectedOptions> = {
  meta: {
    id: ID,
    defaultSeverity: 'info',
    description: 'The review cycle is the expected number of years (`expected`, 3 by default).',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      differs: 'the compact is evaluated every {{cycle}}, not every {{expected}} as expected',
    },
    optionsSchema: {
      type: 'object',
      properties: { expected: { type: 'integer', minimum: 1, maximum: 20, description: 'The review cycle, in years, that compacts are expected to have.' } },
      additionalProperties: false,
    },
    defaultOptions: { expected: 3 },
    recommended: false,
  },
  check(compact, context) {
    const cycle = compact.review?.cycle_years;
    if (cycle === undefined || cycle === context.options.expected) return;
    context.report({ messageId: 'differs', data: { cycle: count(cycle, 'year'), expected: count(context.options.expected, 'year') }, path: ['review', 'cycle_years'] });
  },
};
