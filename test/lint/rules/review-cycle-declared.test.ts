import { reviewCycleDeclared } from '../../../src/lint/rules/review-cycle-declared.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(reviewCycleDeclared, {
  valid: [
    compactYaml('review: { cycle_years: 3 }'),
    { name: 'a draft need not say yet', code: compactYaml('', { status: 'draft' }) },
    { name: 'a superseded compact is no longer reviewed', code: compactYaml('', { status: 'superseded' }) },
  ],
  invalid: [
    {
      name: 'an adopted compact without a review: at the key review would follow (adoption), not at the status',
      code: compactYaml(''),
      errors: [{ message: 'the compact is adopted but does not say how often it is evaluated; add review.cycle_years (typically 3)', line: 11, column: 1 }],
    },
    {
      name: 'a review would follow decisions when they are there',
      code: compactYaml('decisions:\n  - { body: Kommunstyrelsen, date: "2019" }'),
      errors: [{ messageId: 'noCycle', line: 11, column: 1 }],
    },
    {
      name: 'a review without a cycle',
      code: compactYaml('review: { last_reviewed: "2019" }', { status: 'under-revision' }),
      errors: [{ message: 'the compact is under revision but does not say how often it is evaluated; add review.cycle_years (typically 3)', line: 11, column: 1 }],
    },
  ],
});
