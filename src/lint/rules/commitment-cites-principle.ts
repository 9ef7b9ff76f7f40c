import { textIsOpen } from '../advice.js';
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
      noPrincipleDecided:
        'commitment "{{commitment}}" cites no principle; if the compact says which principles it serves, list them under `principles:`, otherwise take it up at the next revision',
      noneCite: 'none of the {{count}} commitments cites a principle; list under each commitment’s `principles:` the principles it serves',
      noneCiteDecided:
        'none of the {{count}} commitments cites a principle; where the compact says which principles a commitment serves, list them under its `principles:`, otherwise take it up at the next revision',
    },
    recommended: true,
  },
  check(compact, context) {
    const commitments = compact.commitments ?? [];
    const uncited: number[] = [];
    commitments.forEach((commitment, index) => {
      if (!commitment.principles?.length) uncited.push(index);
    });
    if (uncited.length === 0) return;
    const open = textIsOpen(compact.status);
    // Many real compacts never say which principles a commitment serves: one finding then, not one per commitment.
    if (uncited.length === commitments.length && commitments.length > 1) {
      context.report({ messageId: open ? 'noneCite' : 'noneCiteDecided', data: { count: commitments.length }, path: ['commitments'], at: 'key' });
      return;
    }
    for (const index of uncited) {
      const commitment = commitments[index]!;
      const path = commitment.principles ? ['commitments', index, 'principles'] : ['commitments', index];
      context.report({ messageId: open ? 'noPrinciple' : 'noPrincipleDecided', data: { commitment: commitment.id }, path, at: commitment.principles ? 'value' : 'mapping' });
    }
  },
};
