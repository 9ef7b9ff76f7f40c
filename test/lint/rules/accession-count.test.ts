import { accessionCount } from '../../../src/lint/rules/accession-count.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const SIGNATORIES = `
  signatories:
    - { party: kommunen, organisation: Exempelby kommun }
    - { party: foreningarna, organisation: Exempelföreningen }
    - { party: foreningarna, organisation: Idrottsföreningen Exempel, name: Anna Berg }
    - { party: foreningarna, organisation: idrottsföreningen  exempel, name: Erik Lind }
`;

ruleTester(accessionCount, {
  valid: [
    { name: 'more have joined than are listed', code: compactYaml(`${SIGNATORIES}  accession: { count: 41, as_of: 2022-12 }`) },
    { name: 'as many as are listed (the municipality and a co-signatory not counted twice)', code: compactYaml(`${SIGNATORIES}  accession: { count: 2 }`) },
    { name: 'a count without signatories', code: compactYaml('accession: { count: 41, as_of: 2022-12 }') },
  ],
  invalid: [
    {
      name: 'fewer have joined than are listed',
      code: compactYaml(`${SIGNATORIES}  accession: { count: 1, as_of: 2022-12 }`),
      errors: [
        {
          message: 'accession.count is 1, but 2 civil-society organisations are listed as signatories; correct the count (and accession.as_of), or the signatories',
          line: 16,
          column: 21,
        },
      ],
    },
  ],
});
