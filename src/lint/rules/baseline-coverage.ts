import { getBaseline } from '../../domain/baselines.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'baseline-coverage';

export const baselineCoverage: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'When a baseline is named (`baseline: se-2008`), every principle of it is realised by a principle of the compact.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      uncovered:
        'no principle realises "{{principle}}" ({{title}}) of {{baseline}}; mark the principle that does with `baseline: {{principle}}`, or add one',
    },
    recommended: true,
  },
  check(compact, context) {
    if (compact.baseline === undefined) return;
    const baseline = getBaseline(compact.baseline);
    if (!baseline) return;
    const realised = new Set<string>(compact.principles.flatMap((principle) => (principle.baseline ? [principle.baseline] : [])));
    for (const principle of baseline.principles) {
      if (realised.has(principle.id)) continue;
      context.report({
        messageId: 'uncovered',
        data: { principle: principle.id, title: principle.title[compact.language], baseline: baseline.id },
        path: ['baseline'],
      });
    }
  },
};
