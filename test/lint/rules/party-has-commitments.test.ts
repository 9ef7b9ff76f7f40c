import { partyHasCommitments } from '../../../src/lint/rules/party-has-commitments.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(partyHasCommitments, {
  valid: [
    compactYaml(`
      commitments:
        - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
        - { id: kontaktuppgifter, party: foreningarna, text: Föreningarna håller sina kontaktuppgifter aktuella., principles: [dialog] }
    `),
    {
      name: 'a joint commitment is every party\'s commitment (as in Borås)',
      code: compactYaml(`
        commitments:
          - { id: utveckla-valfarden, party: joint, text: Borås Stad och Det Idéburna utvecklar välfärden gemensamt., principles: [dialog] }
      `),
    },
  ],
  invalid: [
    {
      name: 'the civil-society party undertakes nothing',
      code: compactYaml(`
        commitments:
          - { id: dialogtraff, party: kommunen, text: Kommunen kallar till en årlig dialogträff., principles: [dialog] }
      `),
      errors: [{ message: 'party "foreningarna" (Föreningarna i Exempelby) undertakes no commitment; add its commitments or a joint one', line: 8, column: 11 }],
    },
    {
      name: 'no commitments at all',
      code: compactYaml('', { status: 'draft' }),
      errors: [
        { messageId: 'noCommitments', data: { party: 'kommunen', name: 'Exempelby kommun' }, line: 7, column: 11 },
        { messageId: 'noCommitments', data: { party: 'foreningarna', name: 'Föreningarna i Exempelby' }, line: 8, column: 11 },
      ],
    },
  ],
});
