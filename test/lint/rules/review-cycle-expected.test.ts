import { reviewCycleExpected } from '../../../src/lint/rules/review-cycle-expected.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(reviewCycleExpected, {
  valid: [
    { name: 'every third year, as in Botkyrka', code: compactYaml('review: { cycle_years: 3 }') },
    { name: 'the expected cycle is an option', code: compactYaml('review: { cycle_years: 4 }'), options: { expected: 4 } },
    { name: 'no cycle (review-cycle-declared reports it)', code: compactYaml('') },
  ],
  invalid: [
    {
      code: compactYaml('review: { cycle_years: 4 }'),
      name: 'a four-year cycle',
      errors: [{ message: 'the compact is evaluated every 4 years, not every 3 years as expected', line: 11, column: 24 }],
    },
    {
      code: compactYaml('review: { cycle_years: 1 }', { status: 'draft' }),
      name: 'a yearly cycle',
      options: { expected: 2 },
      errors: [{ message: 'the compact is evaluated every 1 year, not every 2 years as expected', line: 11, column: 24 }],
    },
  ],
});
