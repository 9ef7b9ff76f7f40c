import { reviewDueSoon } from '../../../src/lint/rules/review-due-soon.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// Adopted 2020-03-12 (the default adoption) with a three-year cycle: due 2023-03-12.
const CYCLE = compactYaml('review: { cycle_years: 3 }');

ruleTester(reviewDueSoon, {
  valid: [
    { name: 'more than 180 days ahead', code: CYCLE, today: '2022-09-12' },
    { name: 'within 180 days, but the option asks for 90', code: CYCLE, today: '2022-12-01', options: { days: 90 } },
    { name: 'overdue is review-overdue\'s finding', code: CYCLE, today: '2023-03-13' },
    { name: 'a draft is not reviewed', code: compactYaml('review: { next_review: 2024-07-01 }', { status: 'draft' }) },
  ],
  invalid: [
    {
      name: 'due within the next 180 days',
      code: CYCLE,
      today: '2022-12-01',
      errors: [
        {
          message: 'the review is due by 2023-03-12 (3 years after the adoption on 2020-03-12), in 101 days; plan the evaluation with the parties',
          line: 12,
          column: 44,
        },
      ],
    },
    {
      name: 'the window is an option',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: 2021-10-01, next_review: 2024-10-01 }'),
      today: '2024-06-01',
      options: { days: 365 },
      errors: [{ messageId: 'dueSoon', data: { due: '2024-10-01', basis: 'review.next_review', days: '122 days' }, line: 11, column: 67 }],
    },
    {
      name: 'due today',
      code: CYCLE,
      today: '2023-03-12',
      errors: [{ messageId: 'dueToday', line: 12, column: 44 }],
    },
    {
      name: 'a planned review due today asks for the next one to be planned as well',
      code: compactYaml('review: { cycle_years: 3, next_review: 2024-10-01 }'),
      today: '2024-10-01',
      errors: [
        {
          message:
            'the review is due today, 2024-10-01 (review.next_review); evaluate the compact, record the date in review.last_reviewed and set review.next_review to the next one',
          line: 11,
          column: 40,
        },
      ],
    },
  ],
});
