import { notYetCited } from '../../domain/citations.js';
import { closestMatch } from '../../util/suggest.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'known-outcome-ref';

export const knownOutcomeRef: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'Every outcome a commitment cites is declared under `outcomes`.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      unknown: 'commitment "{{commitment}}" cites outcome "{{outcome}}", which is not declared; add it under `outcomes:` (id and title), or correct the id',
      unknownSuggest: 'commitment "{{commitment}}" cites outcome "{{outcome}}", which is not declared; did you mean "{{suggestion}}"?',
      noneDeclared:
        'commitment "{{commitment}}" cites outcome "{{outcome}}", but the compact declares no outcomes; add a top-level `outcomes:` list with an entry for it (id and title)',
    },
    recommended: true,
  },
  check(compact, context) {
    const declared = new Set((compact.outcomes ?? []).map((outcome) => outcome.id));
    compact.commitments?.forEach((commitment, index) => {
      commitment.outcomes?.forEach((outcome, position, cited) => {
        if (declared.has(outcome)) return;
        const path = ['commitments', index, 'outcomes', position];
        if (declared.size === 0) {
          context.report({ messageId: 'noneDeclared', data: { commitment: commitment.id, outcome }, path });
          return;
        }
        const suggestion = closestMatch(outcome, notYetCited(declared, cited));
        const data = { commitment: commitment.id, outcome, ...(suggestion ? { suggestion } : {}) };
        context.report({ messageId: suggestion ? 'unknownSuggest' : 'unknown', data, path });
      });
    });
  },
};
