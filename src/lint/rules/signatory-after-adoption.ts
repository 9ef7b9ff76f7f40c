import { earliestDay, latestDay } from '../../domain/dates.js';
import type { Compact, Revision } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'signatory-after-adoption';

/** The latest earlier revision in force on `date`: adopted by then, and certainly before the current adoption's `firstDay`. */
function earlierRevisionAt(compact: Compact, date: string, firstDay: string): Revision | undefined {
  const earlier = (compact.revisions ?? []).filter((revision) => earliestDay(revision.date) <= date && latestDay(revision.date) < firstDay);
  return earlier.sort((a, b) => earliestDay(a.date).localeCompare(earliestDay(b.date))).at(-1);
}

export const signatoryAfterAdoption: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'No signature is dated before the adoption or after today.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      beforeAdoption: '"{{organisation}}" signed on {{date}}, before the compact was adopted ({{adopted}})',
      earlierVersion:
        '"{{organisation}}" signed on {{date}}, so it signed version "{{version}}" (adopted {{versionDate}}), not this version (adopted {{adopted}}); record its signature of this version, or remove the old signature',
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
        const earlier = earlierRevisionAt(compact, date, firstDay);
        if (earlier) {
          const data = { organisation: signatory.organisation, date, version: String(earlier.version), versionDate: earlier.date, adopted: adopted! };
          context.report({ messageId: 'earlierVersion', data, path });
        } else {
          context.report({ messageId: 'beforeAdoption', data: { organisation: signatory.organisation, date, adopted: adopted! }, path });
        }
      } else if (date > context.today) {
        context.report({ messageId: 'inFuture', data: { organisation: signatory.organisation, date, today: context.today }, path });
      }
    });
  },
};
