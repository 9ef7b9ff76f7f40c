import { governanceBothParties } from '../../../src/lint/rules/governance-both-parties.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(governanceBothParties, {
  valid: [
    {
      name: 'a styrgrupp of both sides beside a network of one side (Botkyrka)',
      code: compactYaml(`
        governance:
          bodies:
            - id: styrgruppen
              name: Styrgruppen
              members:
                - { party: kommunen, description: Politiker och tjänstepersoner }
                - { party: foreningarna, description: Representanter utsedda av Plattformen }
            - id: plattformen
              name: Plattformen
              members: [{ party: foreningarna }]
      `),
    },
    { name: 'a draft without bodies', code: compactYaml('', { status: 'draft' }) },
  ],
  invalid: [
    {
      name: 'every body belongs to one side',
      code: compactYaml(`
        governance:
          bodies:
            - { id: plattformen, name: Plattformen, members: [{ party: foreningarna }] }
            - { id: forvaltningsgruppen, name: Förvaltningsgruppen, members: [{ party: kommunen }] }
            - { id: arbetsgrupp, name: Arbetsgrupp }
      `),
      errors: [
        {
          message:
            'no body seats both sides ("plattformen", "forvaltningsgruppen", "arbetsgrupp"); at least one body, such as a consultation forum or a steering group, needs members of a public and of a civil-society party',
          line: 12,
          column: 3,
        },
      ],
    },
    {
      name: 'two civil-society parties are still one side',
      code: compactYaml(
        `
        governance:
          bodies:
            - { id: samradet, name: Samrådet, members: [{ party: foreningarna }, { party: trossamfunden }] }
        `,
        {
          parties: `parties:
  - { id: foreningarna, name: Föreningarna i Exempelby, role: civil-society }
  - { id: trossamfunden, name: Trossamfunden i Exempelby, role: civil-society }`,
        },
      ),
      errors: [{ messageId: 'noSharedBody', line: 12, column: 3 }],
    },
    {
      name: 'an adopted compact without bodies',
      code: compactYaml(`
        governance:
          contacts: [{ name: Anna Lind }]
      `),
      errors: [{ message: 'the compact is adopted but names no body where both sides meet; add a joint body, such as a consultation forum or a steering group, under governance.bodies', line: 11, column: 1 }],
    },
  ],
});
