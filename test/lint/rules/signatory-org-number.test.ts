import { signatoryOrgNumber } from '../../../src/lint/rules/signatory-org-number.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(signatoryOrgNumber, {
  valid: [
    compactYaml(`
      signatories:
        - { party: kommunen, organisation: Exempelby kommun, name: Eva Ek, role: Kommunstyrelsens ordförande }
        - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0009" }
        - { party: foreningarna, organisation: Idrottsföreningen, org_number: "556036-0793" }
    `),
  ],
  invalid: [
    {
      name: 'a wrong check digit',
      code: compactYaml(`
        signatories:
          - { party: foreningarna, organisation: Exempelföreningen, org_number: "802000-0008" }
      `),
      errors: [
        {
          message:
            'Exempelföreningen: organisation number "802000-0008" has a wrong check digit (the last digit should be 9); check the number against the register',
          line: 12,
          column: 73,
        },
      ],
    },
    {
      name: 'written without the hyphen, or with the century',
      code: compactYaml(`
        signatories:
          - party: foreningarna
            organisation: Exempelföreningen
            org_number: "8020000009"
          - party: foreningarna
            organisation: Idrottsföreningen
            org_number: "16556036-0793"
      `),
      errors: [
        { message: 'Exempelföreningen: organisation number "8020000009" must be written NNNNNN-NNNN (write it "802000-0009")', line: 14, column: 17 },
        { message: 'Idrottsföreningen: organisation number "16556036-0793" must be written NNNNNN-NNNN (leave out the century digits)', line: 17, column: 17 },
      ],
    },
  ],
});
