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
      name: 'a commitment without principles in a draft: list them',
      code: compactYaml(`
        commitments:
          - id: arlig-dialogtraff
            party: kommunen
            text: Kommunen kallar till en årlig dialogträff om överenskommelsen.
            principles: [dialog]
          - id: kontaktuppgifter
            party: foreningarna
            text: Föreningarna håller sina kontaktuppgifter aktuella.
      `, { status: 'draft' }),
      errors: [{ message: 'commitment "kontaktuppgifter" cites no principle; list the principles it serves under `principles:`', line: 16, column: 5 }],
    },
    {
      name: 'an empty list of principles',
      code: compactYaml(`
        commitments:
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella., principles: [] }
      `),
      errors: [{ messageId: 'noPrincipleDecided', data: { commitment: 'kontaktuppgifter' }, line: 12, column: 121 }],
    },
    {
      name: 'one commitment of an adopted compact without principles: record them, or take it up at the next revision',
      code: compactYaml(`
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff., principles: [dialog] }
          - { id: dialogtraff-2, party: kommunen, text: Kommunen kallar till en andra dialogträff., principles: [dialog] }
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella. }
      `),
      errors: [
        {
          message:
            'commitment "kontaktuppgifter" cites no principle; if the compact says which principles it serves, list them under `principles:`, otherwise take it up at the next revision',
          line: 14,
          column: 5,
        },
      ],
    },
    {
      name: 'no commitment of an adopted compact cites a principle: one finding at commitments, not one per commitment',
      code: compactYaml(`
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff. }
          - { id: lokaler, party: kommunen, text: Kommunen upplåter lokaler. }
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella. }
      `),
      errors: [
        {
          message:
            'none of the 3 commitments cites a principle; where the compact says which principles a commitment serves, list them under its `principles:`, otherwise take it up at the next revision',
          line: 11,
          column: 1,
        },
      ],
    },
    {
      name: 'no commitment of a draft cites a principle: one finding that says to add them',
      code: compactYaml(
        `
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en dialogträff. }
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella. }
        `,
        { status: 'draft' },
      ),
      errors: [{ message: 'none of the 2 commitments cites a principle; list under each commitment’s `principles:` the principles it serves', line: 11, column: 1 }],
    },
  ],
});
