import type { JsonPath } from '../../findings.js';
import type { Compact } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'unique-ids';

interface IdList {
  kind: string;
  path: JsonPath;
  items: readonly { id: string }[] | undefined;
}

function idLists(compact: Compact): IdList[] {
  const governance = compact.governance;
  return [
    { kind: 'party', path: ['parties'], items: compact.parties },
    { kind: 'section', path: ['sections'], items: compact.sections },
    { kind: 'principle', path: ['principles'], items: compact.principles },
    { kind: 'outcome', path: ['outcomes'], items: compact.outcomes },
    { kind: 'commitment', path: ['commitments'], items: compact.commitments },
    { kind: 'body', path: ['governance', 'bodies'], items: governance?.bodies },
    { kind: 'meeting', path: ['governance', 'meetings'], items: governance?.meetings },
    { kind: 'actionPlan', path: ['governance', 'action_plans'], items: governance?.action_plans },
  ];
}

export const uniqueIds: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'Ids are unique within each list, and no body has the id of a party (meeting organisers name either).',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      duplicate: '{{kind}} id "{{id}}" is already used by {{kind}} {{earlier}} in the list; ids must be unique',
      bodyIsParty: 'body id "{{id}}" is also the id of a party; a meeting organiser "{{id}}" would be ambiguous, so give the body another id',
    },
    recommended: true,
  },
  check(compact, context) {
    for (const { kind, path, items } of idLists(compact)) {
      const first = new Map<string, number>();
      items?.forEach((item, index) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) first.set(item.id, index);
        else context.report({ messageId: 'duplicate', data: { kind, id: item.id, earlier: earlier + 1 }, path: [...path, index, 'id'] });
      });
    }
    const partyIds = new Set(compact.parties.map((party) => party.id));
    compact.governance?.bodies?.forEach((body, index) => {
      if (partyIds.has(body.id)) context.report({ messageId: 'bodyIsParty', data: { id: body.id }, path: ['governance', 'bodies', index, 'id'] });
    });
  },
};
