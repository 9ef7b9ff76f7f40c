import { knownPrincipleRef } from '../../../src/lint/rules/known-principle-ref.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const PRINCIPLES = `principles:
  - { id: dialog, title: Dialog, text: En kontinuerlig dialog. }
  - { id: oppenhet, title: Öppenhet och insyn, text: Tillgänglighet till information. }`;

ruleTester(knownPrincipleRef, {
  valid: [
    compactYaml(
      `
      commitments:
        - { id: foreningsregister, party: kommunen, text: Kommunen utvecklar sitt föreningsregister., principles: [oppenhet, dialog] }
        - { id: utan-princip, party: foreningarna, text: Föreningarna sprider överenskommelsen. }
      `,
      { principles: PRINCIPLES },
    ),
  ],
  invalid: [
    {
      name: 'a misspelt principle id gets a suggestion',
      code: compactYaml(
        `
        commitments:
          - id: foreningsregister
            party: kommunen
            text: Kommunen utvecklar sitt föreningsregister.
            principles: [dialog, oppenhett]
        `,
        { principles: PRINCIPLES },
      ),
      errors: [
        {
          message: 'commitment "foreningsregister" cites "oppenhett", which is not a principle of this compact; did you mean "oppenhet"?',
          line: 16,
          column: 26,
        },
      ],
    },
    {
      name: 'an unknown principle with nothing near it',
      code: compactYaml(
        `
        commitments:
          - id: upphandling
            party: kommunen
            text: Kommunen upphandlar tjänster i mindre delar.
            principles: [kvalitet]
          - id: stod
            party: kommunen
            text: Kommunen informerar om stöd.
            principles: [mangfald, dialog]
        `,
        { principles: PRINCIPLES },
      ),
      errors: [
        { messageId: 'unknown', data: { commitment: 'upphandling', principle: 'kvalitet' }, line: 16, column: 18 },
        { messageId: 'unknown', data: { commitment: 'stod', principle: 'mangfald' }, line: 20, column: 18 },
      ],
    },
    {
      name: 'a principle the commitment cites already is not suggested: the list would name it twice',
      code: compactYaml(
        `
        commitments:
          - id: samrad
            party: kommunen
            text: Kommunen bjuder in till samråd.
            principles: [dialog, dialogg]
        `,
        { principles: PRINCIPLES },
      ),
      errors: [{ messageId: 'unknown', data: { commitment: 'samrad', principle: 'dialogg' }, line: 16, column: 26 }],
    },
  ],
});
