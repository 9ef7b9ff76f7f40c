import { principleServed } from '../../../src/lint/rules/principle-served.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const PRINCIPLES = `principles:
  - { id: dialog, title: Dialog, text: En kontinuerlig dialog. }
  - { id: mangfald, title: Mångfald, text: Fler möjligheter att engagera sig. }`;

ruleTester(principleServed, {
  valid: [
    {
      name: 'every principle is cited',
      code: compactYaml(
      `
      commitments:
        - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
        - { id: nya-aktorer, party: joint, text: Parterna underlättar för nya aktörer., principles: [mangfald, dialog] }
      `,
      { principles: PRINCIPLES },
      ),
    },
    { name: 'no commitments yet (reported by party-has-commitments)', code: compactYaml('', { status: 'draft', principles: PRINCIPLES }) },
    {
      name: 'no commitment cites any principle (reported once by commitment-cites-principle)',
      code: compactYaml(
        `
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff. }
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella. }
        `,
        { principles: PRINCIPLES },
      ),
    },
  ],
  invalid: [
    {
      name: 'a principle no commitment cites, in a draft: add or drop',
      code: compactYaml(
        `
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
          - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella. }
        `,
        { principles: PRINCIPLES, status: 'draft' },
      ),
      errors: [{ message: 'no commitment cites principle "mangfald" (Mångfald); say which commitments serve it, or drop it', line: 11, column: 11 }],
    },
    ...(['adopted', 'expired', 'superseded'] as const).map((status) => ({
      name: `a principle no commitment cites, in a compact that is ${status}: never "drop it"`,
      code: compactYaml(
        `
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
        `,
        { principles: PRINCIPLES, status },
      ),
      errors: [
        {
          message:
            'no commitment cites principle "mangfald" (Mångfald); if the compact says which commitments serve it, cite it from them, otherwise take it up at the next revision',
          line: 11,
          column: 11,
        },
      ],
    })),
  ],
});
