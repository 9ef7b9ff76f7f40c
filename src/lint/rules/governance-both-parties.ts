import { isInForce, statusInWords } from '../../domain/status.js';
import type { Party } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import { firstPresentPath } from '../present-path.js';
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
      noSharedBody:
        'no body seats both sides ({{bodies}}); at least one body, such as a samråd or styrgrupp, needs members of a public and of a civil-society party',
    },
    recommended: true,
  },
  check(compact, context) {
    const bodies = compact.governance?.bodies ?? [];
    if (bodies.length === 0) {
      if (!isInForce(compact.status)) return;
      const path = firstPresentPath(compact, [['governance'], ['status']]);
      context.report({ messageId: 'noBodies', data: { status: statusInWords(compact.status) }, path, at: 'key' });
      return;
    }
    const roleOf = new Map<string, Party['role']>(compact.parties.map((party) => [party.id, party.role]));
    const seatsBothSides = bodies.some((body) => {
      const roles = new Set((body.members ?? []).map((member) => roleOf.get(member.party)));
      return roles.has('public') && roles.has('civil-society');
    });
    if (seatsBothSides) return;
    const names = bodies.map((body) => `"${body.id}"`).join(', ');
    context.report({ messageId: 'noSharedBody', data: { bodies: names }, path: ['governance', 'bodies'], at: 'key' });
  },
};
