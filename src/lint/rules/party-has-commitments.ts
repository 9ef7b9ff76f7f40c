import { JOINT } from '../../domain/parties.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'party-has-commitments';

export const partyHasCommitments: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Every party undertakes at least one commitment, its own or a joint one.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noCommitments: 'party "{{party}}" ({{name}}) undertakes no commitment; add its commitments (åtaganden) or a joint one',
    },
    recommended: true,
  },
  check(compact, context) {
    const committed = new Set((compact.commitments ?? []).map((commitment) => commitment.party));
    if (committed.has(JOINT)) return;
    compact.parties.forEach((party, index) => {
      if (committed.has(party.id)) return;
      context.report({ messageId: 'noCommitments', data: { party: party.id, name: party.name }, path: ['parties', index, 'id'] });
    });
  },
};
