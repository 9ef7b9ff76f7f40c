import { normalisedOrgNumber, orgNumberProblem } from '../../domain/org-number.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'signatory-org-number';

export const signatoryOrgNumber: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'A signatory\'s organisationsnummer is written NNNNNN-NNNN and has a valid Luhn check digit.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      invalid: '{{organisation}}: {{problem}}',
    },
    recommended: true,
    fixable: 'code',
  },
  check(compact, context) {
    compact.signatories?.forEach((signatory, index) => {
      if (signatory.org_number === undefined) return;
      const problem = orgNumberProblem(signatory.org_number);
      if (!problem) return;
      const path = ['signatories', index, 'org_number'];
      const written = normalisedOrgNumber(signatory.org_number);
      context.report({ messageId: 'invalid', data: { organisation: signatory.organisation, problem }, path, ...(written ? { fix: (fixer) => fixer.replaceValue(path, written) } : {}) });
    });
  },
};
