import { duplicateSignatoryMessage, organisationKey } from '../../domain/signatories.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'signatory-unique';

export const signatoryUnique: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'No organisation signs twice for the same party (same name, ignoring case and spacing, or same organisationsnummer); two different people may co-sign for one organisation.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      duplicate: '{{problem}} (signatory {{earlier}} in the list)',
    },
    recommended: true,
  },
  check(compact, context) {
    // Keyed without the party: duplicateSignatoryMessage passes over an earlier signatory of another party.
    const byName = new Map<string, number[]>();
    const byNumber = new Map<string, number[]>();
    (compact.signatories ?? []).forEach((signatory, index, signatories) => {
      const nameKey = organisationKey(signatory.organisation);
      const numberKey = signatory.org_number?.trim();
      const sameName = byName.get(nameKey);
      const sameNumber = numberKey === undefined ? undefined : byNumber.get(numberKey);
      const candidates = sameName || sameNumber ? [...(sameName ?? []), ...(sameNumber ?? [])].sort((a, b) => a - b) : [];
      for (const earlier of candidates) {
        const problem = duplicateSignatoryMessage(signatory, signatories[earlier]!);
        if (!problem) continue;
        context.report({ messageId: 'duplicate', data: { problem, earlier: earlier + 1 }, path: ['signatories', index, 'organisation'] });
        break;
      }
      append(byName, nameKey, index);
      if (numberKey !== undefined) append(byNumber, numberKey, index);
    });
  },
};

function append(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
