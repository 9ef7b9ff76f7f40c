import { uniqueIds } from '../../../src/lint/rules/unique-ids.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(uniqueIds, {
  valid: [
    compactYaml(`
      sections:
        - { id: vision, title: Vår vision, text: Ett levande lokalsamhälle. }
        - { id: syfte, title: Syfte, text: Att stärka samverkan. }
      commitments:
        - { id: dialog, party: kommunen, text: Kommunen kallar till dialog., principles: [dialog] }
      governance:
        bodies:
          - { id: samradet, name: Samrådet }
        meetings:
          - { id: samradet-mote, name: Samrådets möte, frequency: quarterly, organiser: samradet }
    `),
  ],
  invalid: [
    {
      name: 'the same principle id twice',
      code: compactYaml(
        `
        commitments:
          - { id: kontakt, party: kommunen, text: Det ska vara enkelt att kontakta kommunen., principles: [oppenhet] }
        `,
        {
          principles: `principles:
  - { id: oppenhet, title: Öppenhet och insyn, text: Tillgänglighet till information. }
  - { id: oppenhet, title: Öppenhet, text: Vilja till öppenhet mot varandra. }`,
        },
      ),
      errors: [{ message: 'principle id "oppenhet" is already used by principle 1 in the list; ids must be unique', line: 11, column: 11 }],
    },
    {
      name: 'duplicates in commitments, meetings and action plans',
      code: compactYaml(`
        commitments:
          - { id: kontakt, party: kommunen, text: Det ska vara enkelt att kontakta kommunen., principles: [dialog] }
          - { id: kontakt, party: foreningarna, text: Föreningarna håller kontaktuppgifter aktuella., principles: [dialog] }
        governance:
          meetings:
            - { id: stormote, name: Stormöte, frequency: yearly }
            - { id: stormote, name: Stormöte för unga, frequency: yearly }
          action_plans:
            - { id: plan, title: Handlingsplan 2024, start: 2024-01-01, end: 2024-12-31 }
            - { id: plan, title: Handlingsplan 2025, start: 2025-01-01, end: 2025-12-31 }
      `),
      errors: [
        { messageId: 'duplicate', data: { kind: 'commitment', id: 'kontakt', earlier: 1 }, line: 13, column: 11 },
        { messageId: 'duplicate', data: { kind: 'meeting', id: 'stormote', earlier: 1 }, line: 17, column: 13 },
        { messageId: 'duplicate', data: { kind: 'action plan', id: 'plan', earlier: 1 }, line: 20, column: 13 },
      ],
    },
    {
      name: 'a body with the id of a party makes meeting organisers ambiguous',
      code: compactYaml(`
        governance:
          bodies:
            - { id: foreningarna, name: Föreningsrådet }
      `),
      errors: [
        {
          message: 'body id "foreningarna" is also the id of a party; a meeting organiser "foreningarna" would be ambiguous, so give the body another id',
          line: 13,
          column: 13,
        },
      ],
    },
  ],
});
