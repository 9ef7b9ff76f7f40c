import { signatoryAfterAdoption } from '../../../src/lint/rules/signatory-after-adoption.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

// The default adoption is dated 2020-03-12.
ruleTester(signatoryAfterAdoption, {
  valid: [
    compactYaml(`
      signatories:
        - { party: kommunen, organisation: Exempelby kommun, date: 2020-03-12 }
        - { party: foreningarna, organisation: Exempelföreningen, date: 2020-04-15 }
        - { party: foreningarna, organisation: Idrottsföreningen }
    `),
    {
      name: 'an adoption known only to the year: any day of that year may be after it',
      code: compactYaml('signatories: [{ party: foreningarna, organisation: Exempelföreningen, date: 2018-01-01 }]', {
        adoption: 'adoption: { body: Kommunfullmäktige, date: "2018" }',
      }),
    },
    {
      name: 'no adoption date: only the future is checked',
      code: compactYaml('signatories: [{ party: foreningarna, organisation: Exempelföreningen, date: 2001-01-01 }]', {
        adoption: 'adoption: { body: Kommunfullmäktige }',
      }),
    },
  ],
  invalid: [
    {
      name: 'signed before the adoption',
      code: compactYaml(`
        signatories:
          - { party: kommunen, organisation: Exempelby kommun, date: 2020-03-11 }
      `),
      errors: [{ message: '"Exempelby kommun" signed on 2020-03-11, before the compact was adopted (2020-03-12)', line: 12, column: 62 }],
    },
    {
      name: 'before a year-only adoption',
      code: compactYaml('signatories: [{ party: foreningarna, organisation: Exempelföreningen, date: 2017-12-31 }]', {
        adoption: 'adoption: { body: Kommunfullmäktige, date: "2018" }',
      }),
      errors: [{ messageId: 'beforeAdoption', data: { organisation: 'Exempelföreningen', date: '2017-12-31', adopted: '2018' }, line: 11, column: 77 }],
    },
    {
      name: 'a signature of an earlier revision, kept after the compact was revised, says so',
      code: compactYaml(
        `
        revisions:
          - { version: "2016", date: "2016" }
          - { version: "2020", date: 2020-03-12 }
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen, date: 2017-02-01 }
          - { party: foreningarna, organisation: Idrottsföreningen, date: 2015-06-01 }
      `,
      ),
      errors: [
        {
          message:
            '"Exempelföreningen" signed on 2017-02-01, so it signed version "2016" (adopted 2016), not this version (adopted 2020-03-12); record its signature of this version, or remove the old signature',
          line: 15,
          column: 67,
        },
        { messageId: 'beforeAdoption', data: { organisation: 'Idrottsföreningen', date: '2015-06-01', adopted: '2020-03-12' }, line: 16, column: 67 },
      ],
    },
    {
      name: 'signed after today',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen, date: 2024-06-02 }
      `),
      today: '2024-06-01',
      errors: [{ message: '"Exempelföreningen" signed on 2024-06-02, which is after today (2024-06-01)', line: 12, column: 67 }],
    },
  ],
});
