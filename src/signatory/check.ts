import { orgNumberProblem } from '../domain/org-number.js';
import { unknownPartyMessage } from '../domain/parties.js';
import type { Compact, Signatory } from '../model/index.js';
import { closestMatch } from '../util/suggest.js';

export interface SignatoryProblem {
  ruleId: 'known-party-ref' | 'signatory-org-number' | 'signatory-duplicate';
  field: 'party' | 'org_number' | 'organisation';
  message: string;
}

/** The checks lint makes on a signatory (same rule ids and messages), for one entry. */
export function signatoryProblems(signatory: Signatory, compact: Pick<Compact, 'parties'>): SignatoryProblem[] {
  const problems: SignatoryProblem[] = [];
  const partyIds = (compact.parties ?? []).map((party) => party.id);
  if (!partyIds.includes(signatory.party)) {
    const where = `signatory "${signatory.organisation}"`;
    const problem = unknownPartyMessage(signatory.party, partyIds);
    const suggestion = closestMatch(signatory.party, partyIds);
    problems.push({ ruleId: 'known-party-ref', field: 'party', message: suggestion ? `${where}: ${problem}; did you mean "${suggestion}"?` : `${where}: ${problem}` });
  }
  if (signatory.org_number !== undefined) {
    const problem = orgNumberProblem(signatory.org_number);
    if (problem) problems.push({ ruleId: 'signatory-org-number', field: 'org_number', message: `${signatory.organisation}: ${problem}` });
  }
  return problems;
}

export function duplicateProblem(signatory: Signatory, index: number): SignatoryProblem {
  const by = signatory.org_number ? `organisationsnummer ${signatory.org_number}` : `"${signatory.organisation}"`;
  return {
    ruleId: 'signatory-duplicate',
    field: 'organisation',
    message: `${signatory.organisation}: already recorded as signatory ${index + 1} for party "${signatory.party}" (${by})`,
  };
}
