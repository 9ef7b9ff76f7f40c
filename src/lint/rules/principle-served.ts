import { textIsOpen } from '../advice.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';
import { citedIds } from '../../domain/citations.js';

const ID = 'principle-served';

export const principleServed: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Every principle is cited by at least one commitment.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      unserved: 'no commitment cites principle "{{principle}}" ({{title}}); say which commitments serve it, or drop it',
      unservedDecided:
        'no commitment cites principle "{{principle}}" ({{title}}); if the compact says which commitments serve it, cite it from them, otherwise take it up at the next revision',
    },
    recommended: true,
  },
  check(compact, context) {
    const commitments = compact.commitments ?? [];
    // A compact without commitments is reported by party-has-commitments, once per party.
    if (commitments.length === 0) return;
    const cited = citedIds(commitments, 'principles');
    // When no commitment cites any principle, commitment-cites-principle says so once; a finding per principle would repeat it.
    if (cited.size === 0) return;
    const messageId = textIsOpen(compact.status) ? 'unserved' : 'unservedDecided';
    compact.principles.forEach((principle, index) => {
      if (cited.has(principle.id)) return;
      context.report({ messageId, data: { principle: principle.id, title: principle.title }, path: ['principles', index, 'id'] });
    });
  },
};
