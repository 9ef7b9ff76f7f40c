import { isInForce, statusInWords } from '../../domain/status.js';
import type { Party } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'governance-both-parties';

export const governanceBothParties: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'At least one body of the governance seats members of both sides: a public party and a civil-society party.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noBodies: 'the compact is {{status}} but names no body where both sides meet; add a samråd or styrgrupp under governance.bodies',
      noMembers:
        'body "{{body}}" ({{name}}) lists no members, so it cannot be told whether both sides sit in it; add under members the parties that do (for a samråd or styrgrupp, a public and a civil-society party)',
      noSharedBody:
        'no body seats both sides ({{bodies}}); at least one body, such as a samråd or styrgrupp, needs members of a public and of a civil-society party',
    },
    recommended: true,
  },
  check(compact, context) {
    const bodies = compact.governance?.bodies ?? [];
    if (bodies.length === 0) {
      if (!isInForce(compact.status)) return;
      context.report({ messageId: 'noBodies', data: { status: statusInWords(compact.status) }, ...whereMissing(compact, ['governance', 'bodies']) });
      return;
    }
    const roleOf = new Map<string, Party['role']>(compact.parties.map((party) => [party.id, party.role]));
    const seatsBothSides = bodies.some((body) => {
      const roles = new Set((body.members ?? []).map((member) => roleOf.get(member.party)));
      return roles.has('public') && roles.has('civil-society');
    });
    if (seatsBothSides) return;
    // A body without members may well seat both sides: say what is missing rather than that no body does.
    const withoutMembers = bodies.flatMap((body, index) => (body.members?.length ? [] : [index]));
    for (const index of withoutMembers) {
      const body = bodies[index]!;
      const path = body.members ? ['governance', 'bodies', index, 'members'] : ['governance', 'bodies', index];
      context.report({ messageId: 'noMembers', data: { body: body.id, name: body.name }, path, at: body.members ? 'key' : 'mapping' });
    }
    if (withoutMembers.length > 0) return;
    const names = bodies.map((body) => `"${body.id}"`).join(', ');
    context.report({ messageId: 'noSharedBody', data: { bodies: names }, path: ['governance', 'bodies'], at: 'key' });
  },
};
