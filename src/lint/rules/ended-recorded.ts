import { statusInWords } from '../../domain/status.js';
import { hasEnded } from '../advice.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'ended-recorded';

export const endedRecorded: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'An expired or superseded compact records when and why it ended (`ended`); a draft or a compact in force records no end.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      notRecorded:
        'the compact is {{status}} but does not say when it stopped applying; add `ended:` with its date (YYYY-MM-DD, or YYYY-MM or YYYY when only that is known), the body that decided and the reason',
      endedDraft: 'the compact is a draft but records an end (`ended`); a draft that was dropped is not a compact to record as ended: remove `ended`, or set status to expired if it was once adopted',
      endedInForce: 'the compact is {{status}} but records an end (`ended`); set status to expired (or superseded, if a newer compact replaced it), or remove `ended`',
    },
    recommended: true,
  },
  check(compact, context) {
    const { status } = compact;
    if (hasEnded(status)) {
      if (compact.ended === undefined) context.report({ messageId: 'notRecorded', data: { status: statusInWords(status) }, ...whereMissing(compact, ['ended']) });
      return;
    }
    if (compact.ended === undefined) return;
    if (status === 'draft') context.report({ messageId: 'endedDraft', path: ['ended'], at: 'key' });
    else context.report({ messageId: 'endedInForce', data: { status: statusInWords(status) }, path: ['ended'], at: 'key' });
  },
};
