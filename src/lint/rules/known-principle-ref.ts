import { notYetCited } from '../../domain/citations.js';
import { closestMatch } from '../../util/suggest.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'known-principle-ref';

export const knownPrincipleRef: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'Every principle a commitment cites is declared under `principles`.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      unknown: 'commitment "{{commitment}}" cites "{{principle}}", which is not a principle of this compact',
      unknownSuggest: 'commitment "{{commitment}}" cites "{{principle}}", which is not a principle of this compact; did you mean "{{suggestion}}"?',
      replace: 'replace "{{principle}}" with "{{suggestion}}"',
    },
    recommended: true,
  },
  check(compact, context) {
    const declared = new Set(compact.principles.map((principle) => principle.id));
    compact.commitments?.forEach((commitment, index) => {
      commitment.principles?.forEach((principle, position, cited) => {
        if (declared.has(principle)) return;
        // A principle the commitment cites already is no fix: the list would name it twice.
        const suggestion = closestMatch(principle, notYetCited(declared, cited));
        const data = { commitment: commitment.id, principle, ...(suggestion ? { suggestion } : {}) };
        context.report({
          messageId: suggestion ? 'unknownSuggest' : 'unknown',
          data,
          path: ['commitments', index, 'principles', position],
          ...(suggestion
            ? { suggestions: [{ messageId: 'replace', data: { principle, suggestion }, fix: (fixer) => fixer.replaceValue(['commitments', index, 'principles', position], suggestion) }] }
            : {}),
        });
      });
    });
  },
};
