import { statusConsistency } from '../../../src/lint/rules/status-consistency.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(statusConsistency, {
  valid: [
    {
      name: 'adopted and signed by both sides (Örebro)',
      code: compactYaml(`
        signatories:
          - { party: kommunen, organisation: Exempelby kommun, role: Kommunstyrelsens ordförande }
          - { party: foreningarna, organisation: Exempelföreningen }
      `),
    },
    { name: 'adopted with no signatories listed', code: compactYaml('') },
    {
      name: 'a draft with the decision that started the work (Södertälje)',
      code: compactYaml('decisions: [{ body: Kommunstyrelsen, date: "2017-01", reference: "§23" }]', { status: 'draft' }),
    },
    { name: 'an expired compact whose planned review has passed', code: compactYaml('review: { next_review: 2023-03-12 }', { status: 'expired' }) },
    {
      name: 'adopted this year, the date known only to the year',
      code: compactYaml('', { adoption: 'adoption: { body: Kommunfullmäktige, date: "2024" }' }),
      today: '2024-01-01',
    },
  ],
  invalid: [
    {
      name: 'a draft with an adoption and signatories',
      code: compactYaml(
        `
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen }
        adoption: { body: Kommunfullmäktige, date: 2024-02-20 }
        `,
        { status: 'draft' },
      ),
      errors: [
        { messageId: 'draftSigned', line: 11, column: 1 },
        { message: 'the compact is a draft but records an adoption; set status to adopted, or remove adoption', line: 13, column: 1 },
      ],
    },
    {
      name: 'signatories without the municipality',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen }
          - { party: foreningarna, organisation: Idrottsföreningen }
      `),
      errors: [
        {
          message:
            'signatories are listed, but none signs for kommunen (Exempelby kommun); add who signed for it (for a council usually its leader)',
          line: 11,
          column: 1,
        },
      ],
    },
    {
      name: 'a superseded compact with a review planned',
      code: compactYaml('review: { cycle_years: 3, next_review: 2025-03-12 }', { status: 'superseded' }),
      errors: [{ message: 'the compact is superseded but its next review is planned for 2025-03-12; remove review.next_review, or correct the status', line: 11, column: 40 }],
    },
    {
      name: 'adopted on a date after today',
      code: compactYaml(''),
      today: '2020-03-11',
      errors: [{ message: 'the compact is adopted but its adoption date 2020-03-12 is after today (2020-03-11)', line: 11, column: 44 }],
    },
  ],
});
