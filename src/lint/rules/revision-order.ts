import { earliestDay, latestDay } from '../../domain/dates.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'revision-order';

export const revisionOrder: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'Revisions are listed oldest first, and the last one is the compact\'s `version`.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      outOfOrder: 'revision "{{version}}" ({{date}}) is dated before the revision listed above it, "{{previous}}" ({{previousDate}}); list revisions oldest first',
      versionMismatch: 'the compact\'s version is "{{version}}" but the last revision is "{{last}}"; add the revision "{{version}}" or correct the version',
    },
    recommended: true,
  },
  check(compact, context) {
    const revisions = compact.revisions ?? [];
    revisions.forEach((revision, index) => {
      const previous = revisions[index - 1];
      // Partial dates are spans: two revisions are out of order only when the later one certainly ends before the earlier one begins.
      if (!previous || latestDay(revision.date) >= earliestDay(previous.date)) return;
      context.report({
        messageId: 'outOfOrder',
        data: { version: String(revision.version), date: revision.date, previous: String(previous.version), previousDate: previous.date },
        path: ['revisions', index, 'date'],
      });
    });
    const last = revisions.at(-1);
    if (compact.version === undefined || last === undefined || String(last.version) === String(compact.version)) return;
    context.report({ messageId: 'versionMismatch', data: { version: String(compact.version), last: String(last.version) }, path: ['version'] });
  },
};
