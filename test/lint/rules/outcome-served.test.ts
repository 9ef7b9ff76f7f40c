import { outcomeServed } from '../../../src/lint/rules/outcome-served.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const OUTCOMES = `
  outcomes:
    - { id: starkare, title: Ett starkare civilsamhälle }
    - { id: lokaler, title: Tillgång till lokaler }
  commitments:
    - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare] }
`;

ruleTester(outcomeServed, {
  valid: [
    {
      name: 'every outcome is cited',
      code: compactYaml(`
        outcomes:
          - { id: starkare, title: Ett starkare civilsamhälle }
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare] }
      `),
    },
    {
      name: 'outcomes declared but no commitment cites any (the compact does not group its commitments under them)',
      code: compactYaml(`
        outcomes:
          - { id: starkare, title: Ett starkare civilsamhälle }
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff. }
      `),
    },
  ],
  invalid: [
    {
      name: 'an outcome no commitment cites, in a draft: add or drop',
      code: compactYaml(OUTCOMES, { status: 'draft' }),
      errors: [{ message: 'no commitment cites outcome "lokaler" (Tillgång till lokaler); say which commitments serve it, or drop it', line: 13, column: 11 }],
    },
    {
      name: 'an outcome no commitment cites, in an adopted compact: take it up at the next revision',
      code: compactYaml(OUTCOMES),
      errors: [
        {
          message:
            'no commitment cites outcome "lokaler" (Tillgång till lokaler); if the compact says which commitments serve it, cite it from them, otherwise take it up at the next revision',
          line: 13,
          column: 11,
        },
      ],
    },
  ],
});
