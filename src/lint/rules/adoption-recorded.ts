import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'adoption-recorded';

export const adoptionRecorded: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'info',
    description: 'The adoption says when (`adoption.date`) and by which body (`adoption.body`) the compact was adopted.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noDate: 'the adoption does not say when; add adoption.date (YYYY-MM-DD, or YYYY-MM or YYYY when only that is known)',
      noBody: 'the adoption does not say which body adopted the compact; add adoption.body (usually Kommunfullmäktige)',
    },
    recommended: false,
  },
  check(compact, context) {
    const adoption = compact.adoption;
    if (compact.status === 'draft' || !adoption) return;
    if (adoption.date === undefined) context.report({ messageId: 'noDate', path: ['adoption'], at: 'key' });
    if (adoption.body === undefined) context.report({ messageId: 'noBody', path: ['adoption'], at: 'key' });
  },
};
