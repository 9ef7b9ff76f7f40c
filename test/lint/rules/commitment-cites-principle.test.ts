import { commitmentCitesPrinciple } from '../../../src/lint/rules/commitment-cites-principle.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(commitmentCitesPrinciple, {
  valid: [
    compactYaml(`
      commitments:
        - id: arlig-dialogtraff
          party: kommunen
          text: Kommunen kallar till en årlig dialogträff om överenskommelsen.
          principles: [dialog]
    `),
    { name: 'a compact without commitments', code: compactYaml('', { status: 'draft' }) },
  ],
  invalid: [
    {
      name: 'a commitment without principles',
      code: compactYaml(`
        commitments:
          - id: arlig-dialogtraff
            party: kommunen
            text: Kommunen kallar till en årlig dialogträff om överenskommelsen.
            principles: [dialog]
          - id: kontaktuppgifter
            party: foreningarna
            text: Föreningarna håller sina kontaktuppgifter aktuella.
      `),
      errors: [{ message: 'commitment "kontaktuppgifter" cites no principle; list the principles it serves under `principles:`', line: 16, column: 5 }],
    },
    {
      name: 'an empty list of principles',
      code: compactYaml(`
        commitments:
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella., principles: [] }
      `),
      errors: [{ messageId: 'noPrinciple', data: { commitment: 'kontaktuppgifter' }, line: 12, column: 121 }],
    },
  ],
});
