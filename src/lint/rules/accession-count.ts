import { organisationKey } from '../../domain/signatories.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'accession-count';

export const accessionCount: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'The number of organisations that have joined (`accession.count`) is not below the number of civil-society signatories listed.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      belowSignatories:
        'accession.count is {{count}}, but {{listed}} civil-society organisations are listed as signatories; correct the count (and accession.as_of), or the signatories',
    },
    recommended: true,
  },
  check(compact, context) {
    const count = compact.accession?.count;
    if (count === undefined) return;
    const civilSociety = new Set(compact.parties.filter((party) => party.role === 'civil-society').map((party) => party.id));
    const organisations = new Set((compact.signatories ?? []).filter((signatory) => civilSociety.has(signatory.party)).map((signatory) => organisationKey(signatory.organisation)));
    if (count >= organisations.size) return;
    context.report({ messageId: 'belowSignatories', data: { count, listed: organisations.size }, path: ['accession', 'count'] });
  },
};
