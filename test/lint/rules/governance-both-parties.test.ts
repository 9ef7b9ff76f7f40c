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
      `),
      errors: [
        {
          message:
            'no body seats both sides ("plattformen", "forvaltningsgruppen"); at least one body, such as a consultation forum or a steering group, needs members of a public and of a civil-society party',
          line: 12,
          column: 3,
        },
      ],
    },
    {
      name: 'a body without members is said plainly, not "no body seats both sides"',
      code: compactYaml(`
        governance:
          bodies:
            - { id: plattformen, name: Plattformen, members: [{ party: foreningarna }] }
            - id: samradet
              name: Samrådet
              purpose: Följer upp överenskommelsen.
      `),
      errors: [
        {
          message:
            'body "samradet" (Samrådet) lists no members, so it cannot be told whether both sides sit in it; add under members the parties that do (for a samråd or styrgrupp, a public and a civil-society party)',
          line: 14,
          column: 7,
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
    {
      name: 'an adopted compact without governance: at the key governance would follow',
      code: compactYaml(`
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
      `),
      errors: [{ messageId: 'noBodies', line: 11, column: 1 }],
    },
  ],
});
