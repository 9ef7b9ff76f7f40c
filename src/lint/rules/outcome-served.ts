import { textIsOpen } from '../advice.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';
import { citedIds } from '../../domain/citations.js';

const ID = 'outcome-served';

export const outcomeServed: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'When commitments are grouped under outcomes, every outcome is cited by at least one commitment.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      unserved: 'no commitment cites outcome "{{outcome}}" ({{title}}); say which commitments serve it, or drop it',
      unservedDecided:
        'no commitment cites outcome "{{outcome}}" ({{title}}); if the compact says which commitments serve it, cite it from them, otherwise take it up at the next revision',
    },
    recommended: true,
  },
  check(compact, context) {
    if (!compact.outcomes?.length) return;
    const cited = citedIds(compact.commitments, 'outcomes');
    // Outcomes are optional: a compact whose commitments cite none does not group them under outcomes.
    if (cited.size === 0) return;
    const messageId = textIsOpen(compact.status) ? 'unserved' : 'unservedDecided';
    compact.outcomes?.forEach((outcome, index) => {
      if (cited.has(outcome.id)) return;
      context.report({ messageId, data: { outcome: outcome.id, title: outcome.title }, path: ['outcomes', index, 'id'] });
    });
  },
};
