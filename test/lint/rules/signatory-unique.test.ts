import { signatoryUnique } from '../../../src/lint/rules/signatory-unique.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(signatoryUnique, {
  valid: [
    compactYaml(`
      signatories:
        - { party: kommunen, organisation: Exempelby kommun }
        - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009" }
        - { party: foreningarna, organisation: Exempelföreningens ungdomssektion }
    `),
    {
      name: 'the same organisation may sign for two different parties',
      code: compactYaml(
        `
        signatories:
          - { party: foreningarna, organisation: Studieförbundet }
          - { party: trossamfunden, organisation: Studieförbundet }
        `,
        {
          parties: `parties:
  - { id: foreningarna, name: Föreningarna, role: civil-society }
  - { id: trossamfunden, name: Trossamfunden, role: civil-society }`,
        },
      ),
    },
    {
      name: 'two different people may co-sign for one organisation',
      code: compactYaml(`
        signatories:
          - { party: kommunen, organisation: Exempelby kommun, name: Karin Ek, role: Kommunstyrelsens ordförande }
          - { party: kommunen, organisation: Exempelby kommun, name: Lars Berg, role: Kommundirektör }
          - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009", name: Anna Holm }
          - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009", name: Per Lind }
      `),
    },
  ],
  invalid: [
    {
      name: 'the same person twice among co-signatories',
      code: compactYaml(`
        signatories:
          - { party: kommunen, organisation: Exempelby kommun, name: Karin Ek }
          - { party: kommunen, organisation: Exempelby kommun, name: Lars Berg }
          - { party: kommunen, organisation: Exempelby kommun, name: Lars  berg }
      `),
      errors: [{ message: '"Exempelby kommun" has already signed for party "kommunen" (signatory 2 in the list)', line: 14, column: 38 }],
    },
    {
      name: 'another organisation with the same organisationsnummer, even when other people sign',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009", name: Anna Holm }
          - { party: foreningarna, organisation: Föreningen Gemenskap, org_number: "802000-0009", name: Bo Berg }
      `),
      errors: [{ messageId: 'duplicate', line: 13, column: 42 }],
    },
    {
      name: 'an entry without a name repeats a named one',
      code: compactYaml(`
        signatories:
          - { party: kommunen, organisation: Exempelby kommun, name: Karin Ek }
          - { party: kommunen, organisation: Exempelby kommun }
      `),
      errors: [{ messageId: 'duplicate', line: 13, column: 38 }],
    },
    {
      name: 'the same name, written with other case and spacing',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen i Exempelby }
          - { party: foreningarna, organisation: "EXEMPELFÖRENINGEN  i exempelby " }
      `),
      errors: [
        {
          message: '"EXEMPELFÖRENINGEN  i exempelby " has already signed for party "foreningarna" (signatory 1 in the list)',
          line: 13,
          column: 42,
        },
      ],
    },
    {
      name: 'the same name in another Unicode normal form',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: "Idéburna i Exempelby" }
          - { party: foreningarna, organisation: "Ide\\u0301burna i Exempelby" }
      `),
      errors: [{ messageId: 'duplicate', line: 13, column: 42 }],
    },
    {
      name: 'another name with the same organisationsnummer',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009" }
          - { party: kommunen, organisation: Exempelby kommun }
          - { party: foreningarna, organisation: Föreningen Exempel, org_number: "802000-0009" }
      `),
      errors: [
        {
          message:
            '"Föreningen Exempel" has the organisation number 802000-0009 of "Exempelföreningen", which has already signed for party "foreningarna" (signatory 1 in the list)',
          line: 14,
          column: 42,
        },
      ],
    },
  ],
});
