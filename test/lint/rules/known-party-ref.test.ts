import { knownPartyRef } from '../../../src/lint/rules/known-party-ref.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(knownPartyRef, {
  valid: [
    compactYaml(`
      commitments:
        - { id: utveckla-valfarden, party: joint, text: Parterna utvecklar välfärden tillsammans., principles: [dialog] }
        - { id: en-vag-in, party: kommunen, text: Kommunen erbjuder en väg in., principles: [dialog] }
      governance:
        bodies:
          - id: samradet
            name: Samrådet
            members: [{ party: kommunen }, { party: foreningarna }]
        meetings:
          - { id: stormote, name: Stormöte, frequency: yearly, organiser: samradet }
          - { id: dialogtraff, name: Dialogträff, frequency: yearly, organiser: kommunen }
        roles:
          - { title: Processledare, party: kommunen }
        contacts:
          - { name: Anna Lind, party: kommunen }
      signatories:
        - { party: foreningarna, organisation: Exempelföreningen }
    `),
  ],
  invalid: [
    {
      name: 'a misspelt party in a commitment, with joint among the candidates',
      code: compactYaml(`
        commitments:
          - id: en-vag-in
            party: kommun
            text: Kommunen erbjuder en väg in.
      `),
      errors: [
        {
          message: 'commitment "en-vag-in": "kommun" is not a declared party; declared parties are "kommunen", "foreningarna", "joint"; did you mean "kommunen"?',
          line: 13,
          column: 12,
        },
      ],
    },
    {
      name: 'joint is only for commitments',
      code: compactYaml(`
        governance:
          bodies:
            - id: samradet
              name: Samrådet
              members: [{ party: kommunen }, { party: joint }]
      `),
      errors: [
        {
          message: 'a member of body "samradet": "joint" is not a declared party; declared parties are "kommunen", "foreningarna"',
          line: 15,
          column: 47,
        },
      ],
    },
    {
      name: 'roles, contacts and signatories',
      code: compactYaml(`
        governance:
          roles:
            - { title: Processledare, party: staden }
          contacts:
            - { name: Anna Lind, party: forenigarna }
        signatories:
          - { party: det-ideburna, organisation: Exempelföreningen }
      `),
      errors: [
        { messageId: 'unknownParty', line: 13, column: 38 },
        { messageId: 'unknownPartySuggest', data: { where: 'contact "Anna Lind"', problem: '"forenigarna" is not a declared party; declared parties are "kommunen", "foreningarna"', suggestion: 'foreningarna' }, line: 15, column: 33 },
        { messageId: 'unknownParty', line: 17, column: 14 },
      ],
    },
    {
      name: 'a meeting organised by neither a body nor a party',
      code: compactYaml(`
        governance:
          bodies:
            - { id: samradet, name: Samrådet }
          meetings:
            - { id: stormote, name: Stormöte, frequency: yearly, organiser: samrade }
            - { id: traff, name: Träff, frequency: as-needed, organiser: plattformen }
      `),
      errors: [
        {
          message: 'meeting "stormote" is organised by "samrade", which is neither a body nor a party of this compact; did you mean "samradet"?',
          line: 15,
          column: 69,
        },
        { messageId: 'unknownOrganiser', data: { meeting: 'traff', organiser: 'plattformen' }, line: 16, column: 66 },
      ],
    },
  ],
});
