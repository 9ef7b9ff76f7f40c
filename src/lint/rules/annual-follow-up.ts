import { hasYearlyFollowUp } from '../../domain/meetings.js';
import { isInForce } from '../../domain/status.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'annual-follow-up';

export const annualFollowUp: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A compact in force is followed up at a meeting held at least once a year.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noFollowUp:
        'no meeting follows up the compact at least once a year; add a recurring meeting (a yearly dialogträff or stormöte) under governance.meetings',
    },
    recommended: true,
  },
  check(compact, context) {
    if (!isInForce(compact.status)) return;
    if (hasYearlyFollowUp(compact)) return;
    context.report({ messageId: 'noFollowUp', ...whereMissing(compact, ['governance', 'meetings']) });
  },
};
