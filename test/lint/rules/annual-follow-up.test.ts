import { annualFollowUp } from '../../../src/lint/rules/annual-follow-up.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(annualFollowUp, {
  valid: [
    {
      name: 'a meeting two to four times a year (times_per_year)',
      code: compactYaml(`
        governance:
          meetings:
            - { id: malmotimmen, name: Malmötimmen, times_per_year: { min: 2, max: 4 } }
      `),
    },
    { name: 'an expired compact is not asked for follow-up', code: compactYaml('ended: { date: "2024" }', { status: 'expired' }) },
    {
      name: 'a yearly stormöte (Borås)',
      code: compactYaml(`
        governance:
          meetings:
            - { id: stormote, name: Stormöte, frequency: yearly }
      `),
    },
    {
      name: 'a quarterly samråd',
      code: compactYaml(`
        governance:
          meetings:
            - { id: samrad, name: Samråd, frequency: quarterly }
      `),
    },
    {
      name: 'a draft with one-off meetings (Södertälje)',
      code: compactYaml(
        `
        governance:
          meetings:
            - { id: mote-2017-06-14, name: Mötet med politiker och tjänstemän, frequency: once, date: 2017-06-14 }
        `,
        { status: 'draft' },
      ),
    },
  ],
  invalid: [
    {
      name: 'only meetings as needed and once',
      code: compactYaml(`
        governance:
          meetings:
            - { id: traff, name: Träff, frequency: as-needed }
            - { id: kickoff, name: Uppstart, frequency: once, date: 2020-04-02 }
      `),
      errors: [
        {
          message: 'no meeting follows up the compact at least once a year; add a recurring meeting (a yearly dialogue meeting or general assembly) under governance.meetings',
          line: 12,
          column: 3,
        },
      ],
    },
    {
      name: 'no governance at all: at the key governance would follow',
      code: compactYaml(''),
      errors: [{ messageId: 'noFollowUp', line: 9, column: 1 }],
    },
    {
      name: 'a meeting held only as needed',
      code: compactYaml(`
        governance:
          meetings:
            - { id: samrad, name: Samråd, frequency: as-needed }
      `),
      errors: [{ messageId: 'noFollowUp', line: 12, column: 3 }],
    },
  ],
});
