import { earliestDay } from '../../domain/dates.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'signatory-after-adoption';

export const signatoryAfterAdoption: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'No signature is dated before the adoption or after today.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      beforeAdoption: '"{{organisation}}" signed on {{date}}, before the compact was adopted ({{adopted}})',
      inFuture: '"{{organisation}}" signed on {{date}}, which is after today ({{today}})',
    },
    recommended: true,
  },
  check(compact, context) {
    const adopted = compact.adoption?.date;
    // A partial adoption date ("2018") is a span: only a signature before its first day is certainly early.
    const firstDay = adopted === undefined ? undefined : earliestDay(adopted);
    compact.signatories?.forEach((signatory, index) => {
      const date = signatory.date;
      if (date === undefined) return;
      const path = ['signatories', index, 'date'];
      if (firstDay !== undefined && date < firstDay) {
        context.report({ messageId: 'beforeAdoption', data: { organisation: signatory.organisation, date, adopted: adopted! }, path });
      } else if (date > context.today) {
        context.report({ messageId: 'inFuture', data: { organisation: signatory.organisation, date, today: context.today }, path });
      }
    });
  },
};
