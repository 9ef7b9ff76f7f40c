import { isInForce } from '../../domain/status.js';
import type { Meeting } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import { firstPresentPath } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'annual-follow-up';

/** Frequencies that meet at least once a year; `as-needed` and `once` promise no follow-up. */
const AT_LEAST_YEARLY: ReadonlySet<Meeting['frequency']> = new Set(['yearly', 'twice-yearly', 'quarterly', 'monthly']);

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
    const meetings = compact.governance?.meetings ?? [];
    if (meetings.some((meeting) => AT_LEAST_YEARLY.has(meeting.frequency))) return;
    const path = firstPresentPath(compact, [['governance', 'meetings'], ['governance'], ['status']]);
    context.report({ messageId: 'noFollowUp', path, at: 'key' });
  },
};
