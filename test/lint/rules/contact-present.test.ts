import { contactPresent } from '../../../src/lint/rules/contact-present.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(contactPresent, {
  valid: [
    {
      name: 'a named contact person (Botkyrka)',
      code: compactYaml(`
        governance:
          contacts:
            - { name: Anna Lind, role: Kontaktperson, party: kommunen, email: anna.lind@exempelby.se }
      `),
    },
    { name: 'a draft need not name one yet', code: compactYaml('', { status: 'draft' }) },
    { name: 'nor an expired compact', code: compactYaml('', { status: 'expired' }) },
  ],
  invalid: [
    {
      name: 'governance without contacts',
      code: compactYaml(`
        governance:
          meetings:
            - { id: stormote, name: Stormöte, frequency: yearly }
      `),
      errors: [{ message: 'the compact is adopted but names no contact; add governance.contacts so organisations know whom to ask', line: 11, column: 1 }],
    },
    {
      name: 'an empty list of contacts',
      code: compactYaml('governance: { contacts: [] }', { status: 'under-revision' }),
      errors: [{ messageId: 'noContact', data: { status: 'under revision' }, line: 11, column: 15 }],
    },
  ],
});
