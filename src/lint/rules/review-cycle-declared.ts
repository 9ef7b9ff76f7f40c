import { isInForce, statusInWords } from '../../domain/status.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Fixer, Rule } from '../types.js';

const ID = 'review-cycle-declared';

export const reviewCycleDeclared: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A compact in force says how often it is reviewed (`review.cycle_years`).',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      noCycle: 'the compact is {{status}} but does not say how often it is evaluated; add review.cycle_years (typically 3)',
      addCycle: 'add review.cycle_years: 3 (evaluated every third year)',
    },
    recommended: true,
    hasSuggestions: true,
  },
  check(compact, context) {
    if (!isInForce(compact.status) || compact.review?.cycle_years !== undefined) return;
    const addCycle = (fixer: Fixer) => (compact.review ? fixer.insertIntoMapping(['review'], 'cycle_years', 3, 'first') : fixer.insertIntoMapping([], 'review', { raw: '{ cycle_years: 3 }' }));
    // Points at `review:` when it is there, else at the key it would follow in the file.
    context.report({
      messageId: 'noCycle',
      data: { status: statusInWords(compact.status) },
      ...whereMissing(compact, ['review']),
      suggestions: [{ messageId: 'addCycle', fix: addCycle }],
    });
  },
};
