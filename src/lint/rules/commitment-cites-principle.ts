import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'commitment-cites-principle';

export const commitmentCitesPrinciple: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Every commitment cites at least one principle it serves.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noPrinciple: 'commitment "{{commitment}}" cites no principle; list the principles it serves under `principles:`',
    },
    recommended: true,
  },
  check(compact, context) {
    compact.commitments?.forEach((commitment, index) => {
      if (commitment.principles && commitment.principles.length > 0) return;
      const path = commitment.principles ? ['commitments', index, 'principles'] : ['commitments', index];
      context.report({ messageId: 'noPrinciple', data: { commitment: commitment.id }, path, at: commitment.principles ? 'value' : 'mapping' });
    });
  },
};
