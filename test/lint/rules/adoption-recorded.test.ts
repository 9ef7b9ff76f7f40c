import { adoptionRecorded } from '../../../src/lint/rules/adoption-recorded.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(adoptionRecorded, {
  valid: [
    compactYaml(''),
    { name: 'a year is enough', code: compactYaml('', { adoption: 'adoption: { body: Kommunfullmäktige, date: "2018" }' }) },
    { name: 'a draft has no adoption', code: compactYaml('', { status: 'draft' }) },
  ],
  invalid: [
    {
      name: 'the body without a date (Borås, Örebro)',
      code: compactYaml('', { adoption: 'adoption:\n  body: Kommunfullmäktige' }),
      errors: [{ message: 'the adoption does not say when; add adoption.date (YYYY-MM-DD, or YYYY-MM or YYYY when only that is known)', line: 11, column: 1 }],
    },
    {
      name: 'the year and case numbers without the body (Botkyrka)',
      code: compactYaml('', { adoption: 'adoption: { date: "2018", reference: "AVUX/2016:55, KS/2016:639" }' }),
      errors: [{ message: 'the adoption does not say which body adopted the compact; add adoption.body (usually the full council)', line: 11, column: 1 }],
    },
    {
      name: 'only the document it replaces',
      code: compactYaml('', { status: 'superseded', adoption: 'adoption: { replaces: [KS/2005:392] }' }),
      errors: [
        { messageId: 'noDate', line: 11, column: 1, severity: 'info' },
        { messageId: 'noBody', line: 11, column: 1, severity: 'info' },
      ],
    },
  ],
});
