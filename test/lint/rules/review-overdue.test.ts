import { reviewOverdue } from '../../../src/lint/rules/review-overdue.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(reviewOverdue, {
  valid: [
    { name: 'due in the future', code: compactYaml('review: { cycle_years: 3, last_reviewed: 2022-05-10 }'), today: '2025-05-09' },
    { name: 'due today is not yet overdue', code: compactYaml('review: { next_review: 2024-06-01 }'), today: '2024-06-01' },
    {
      name: 'a review known only to the year is due at the latest by the end of the year three years on',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: "2018" }'),
      today: '2021-12-31',
    },
    { name: 'no cycle: nothing to count from (review-cycle-declared reports it)', code: compactYaml('review: { last_reviewed: "2015" }'), today: '2024-06-01' },
    {
      name: 'a compact under revision is being reviewed',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: "2015" }', { status: 'under-revision' }),
    },
    {
      name: 'a planned review that has been held (last_reviewed on or after next_review) counts the cycle from it',
      code: compactYaml('review: { cycle_years: 4, last_reviewed: 2026-08-15, next_review: 2026-06-30 }'),
      today: '2026-09-01',
    },
    {
      name: 'a revision adopted after the last review restarts the cycle, though last_reviewed was not updated',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: "2018" }', { adoption: 'adoption: { body: Kommunfullmäktige, date: 2023-12-14 }' }),
      today: '2025-06-01',
    },
    { name: 'a draft is not reviewed', code: compactYaml('review: { cycle_years: 3, last_reviewed: "2015" }', { status: 'draft' }) },
    { name: 'an expired compact is not reviewed', code: compactYaml('review: { cycle_years: 3 }', { status: 'expired' }) },
  ],
  invalid: [
    {
      name: 'last reviewed in 2018 (Botkyrka): overdue from 2022',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: "2018" }', { adoption: 'adoption: { body: Kommunfullmäktige, date: "2018" }' }),
      today: '2022-01-01',
      errors: [
        {
          message:
            'the review was due by 2021-12-31 (3 years after the last review in 2018) and is 1 day overdue; evaluate the compact and record the date in review.last_reviewed',
          line: 11,
          column: 42,
        },
      ],
    },
    {
      name: 'an explicit next review date wins',
      code: compactYaml(`
        review:
          cycle_years: 3
          last_reviewed: 2022-05-10
          next_review: 2023-09-30
      `),
      today: '2024-06-01',
      errors: [
        {
          message:
            'the review was due by 2023-09-30 (review.next_review) and is 245 days overdue; evaluate the compact, record the date in review.last_reviewed and set review.next_review to the next one',
          line: 14,
          column: 16,
        },
      ],
    },
    {
      name: 'a review held in the month the planned one was due is still counted as held, and the next one falls due a cycle later',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: "2023-09", next_review: 2023-09-01 }'),
      today: '2026-10-01',
      errors: [{ messageId: 'overdue', data: { due: '2026-09-30', basis: '3 years after the last review in 2023-09', days: '1 day' }, line: 11, column: 42 }],
    },
    {
      name: 'an adoption in the same year as the last review does not move the due date on',
      code: compactYaml('review: { cycle_years: 3, last_reviewed: 2018-05-24 }', { adoption: 'adoption: { body: Kommunfullmäktige, date: "2018" }' }),
      today: '2021-06-01',
      errors: [{ messageId: 'overdue', data: { due: '2021-05-24', basis: '3 years after the last review on 2018-05-24', days: '8 days' }, line: 11, column: 42 }],
    },
    {
      name: 'counted from the adoption when the compact was never reviewed',
      code: compactYaml('review: { cycle_years: 3 }'),
      today: '2024-06-01',
      errors: [{ messageId: 'overdue', data: { due: '2023-03-12', basis: '3 years after the adoption on 2020-03-12', days: '447 days' }, line: 12, column: 44 }],
    },
    {
      name: 'a month-precise adoption counts from the end of the month',
      code: compactYaml('review: { cycle_years: 2 }', { adoption: 'adoption: { body: Kommunfullmäktige, date: "2021-02" }' }),
      today: '2023-03-01',
      errors: [{ messageId: 'overdue', data: { due: '2023-02-28', basis: '2 years after the adoption in 2021-02', days: '1 day' }, line: 12, column: 44 }],
    },
  ],
});
