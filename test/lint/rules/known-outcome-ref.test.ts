import { knownOutcomeRef } from '../../../src/lint/rules/known-outcome-ref.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(knownOutcomeRef, {
  valid: [
    compactYaml(`
      outcomes:
        - { id: starkare-civilsamhalle, title: Ett starkare civilsamhälle }
      commitments:
        - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare-civilsamhalle] }
    `),
    { name: 'commitments that cite no outcomes', code: compactYaml(`
      commitments:
        - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., principles: [dialog] }
    `) },
  ],
  invalid: [
    {
      name: 'an outcome id with a typing error',
      code: compactYaml(`
        outcomes:
          - { id: starkare-civilsamhalle, title: Ett starkare civilsamhälle }
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare-civilsamhallet] }
      `),
      errors: [{ message: 'commitment "dialogtraff" cites outcome "starkare-civilsamhallet", which is not declared; did you mean "starkare-civilsamhalle"?', line: 14, column: 96 }],
    },
    {
      name: 'an outcome the commitment cites already is not suggested',
      code: compactYaml(`
        outcomes:
          - { id: starkare-civilsamhalle, title: Ett starkare civilsamhälle }
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare-civilsamhalle, starkare-civilsamhallet] }
      `),
      errors: [{ messageId: 'unknown', data: { commitment: 'dialogtraff', outcome: 'starkare-civilsamhallet' }, line: 14, column: 120 }],
    },
    {
      name: 'outcomes cited but none declared',
      code: compactYaml(`
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [starkare-civilsamhalle] }
      `),
      errors: [
        {
          message:
            'commitment "dialogtraff" cites outcome "starkare-civilsamhalle", but the compact declares no outcomes; add a top-level `outcomes:` list with an entry for it (id and title)',
          line: 12,
          column: 96,
        },
      ],
    },
    {
      name: 'an outcome unlike any declared',
      code: compactYaml(`
        outcomes:
          - { id: starkare-civilsamhalle, title: Ett starkare civilsamhälle }
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., outcomes: [lokaler] }
      `),
      errors: [{ messageId: 'unknown', data: { commitment: 'dialogtraff', outcome: 'lokaler' }, line: 14, column: 96 }],
    },
  ],
});
