import { earliestDay } from '../../domain/dates.js';
import { isInForce, statusInWords } from '../../domain/status.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'status-consistency';

export const statusConsistency: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'The status agrees with the rest of the record: adoption, signatures and review.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      draftAdopted: 'the compact is a draft but records an adoption; set status to adopted, or remove adoption',
      draftSigned: 'the compact is a draft but lists signatories; a compact is signed after it is adopted',
      adoptedInFuture: 'the compact is {{status}} but its adoption date {{date}} is after today ({{today}})',
      endedWithReview: 'the compact is {{status}} but its next review is planned for {{date}}; remove review.next_review, or correct the status',
      publicPartyUnsigned:
        'signatories are listed, but none signs for {{party}} ({{name}}); add who signed for it (for a municipality usually its leading politician: kommunstyrelsens ordförande, or in England the Leader of the Council)',
    },
    recommended: true,
  },
  check(compact, context) {
    const { status } = compact;
    const { today } = context;
    if (status === 'draft') {
      if (compact.adoption) context.report({ messageId: 'draftAdopted', path: ['adoption'], at: 'key' });
      if (compact.signatories?.length) context.report({ messageId: 'draftSigned', path: ['signatories'], at: 'key' });
      return;
    }
    const adopted = compact.adoption?.date;
    if (adopted !== undefined && earliestDay(adopted) > today) {
      context.report({ messageId: 'adoptedInFuture', data: { status: statusInWords(status), date: adopted, today }, path: ['adoption', 'date'] });
    }
    const nextReview = compact.review?.next_review;
    if ((status === 'expired' || status === 'superseded') && nextReview !== undefined && nextReview > today) {
      context.report({ messageId: 'endedWithReview', data: { status: statusInWords(status), date: nextReview }, path: ['review', 'next_review'] });
    }
    const signatories = compact.signatories ?? [];
    if (isInForce(status) && signatories.length > 0) {
      const signed = new Set(signatories.map((signatory) => signatory.party));
      for (const party of compact.parties) {
        if (party.role !== 'public' || signed.has(party.id)) continue;
        context.report({ messageId: 'publicPartyUnsigned', data: { party: party.id, name: party.name }, path: ['signatories'], at: 'key' });
      }
    }
  },
};
