import { annualFollowUp } from '../../../src/lint/rules/annual-follow-up.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(annualFollowUp, {
  valid: [
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
      name: 'no governance at all',
      code: compactYaml(''),
      errors: [{ messageId: 'noFollowUp', line: 5, column: 1 }],
    },
  ],
});
