import { isInForce, statusInWords } from '../../domain/status.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'contact-present';

export const contactPresent: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A compact in force names someone to contact about it.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noContact: 'the compact is {{status}} but names no contact; add governance.contacts so organisations know whom to ask',
    },
    recommended: true,
  },
  check(compact, context) {
    if (!isInForce(compact.status) || compact.governance?.contacts?.length) return;
    context.report({ messageId: 'noContact', data: { status: statusInWords(compact.status) }, ...whereMissing(compact, ['governance', 'contacts']) });
  },
};
