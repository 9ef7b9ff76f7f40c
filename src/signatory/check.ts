import { orgNumberProblem } from '../domain/org-number.js';
import { duplicateSignatoryMessage } from '../domain/signatories.js';
import { t } from '../i18n/index.js';
import { signatoryUnique } from '../lint/rules/signatory-unique.js';
import { unknownPartyMessage } from '../domain/parties.js';
import type { Compact, Signatory } from '../model/index.js';
import { closestMatch } from '../util/suggest.js';

export interface SignatoryProblem {
  ruleId: 'known-party-ref' | 'signatory-org-number' | 'signatory-unique';
  field: 'party' | 'org_number' | 'organisation';
  message: string;
}

/** The checks lint makes on a signatory (same rule ids and messages), for one entry. */
export function signatoryProblems(signatory: Signatory, compact: Pick<Compact, 'parties'>): SignatoryProblem[] {
  const problems: SignatoryProblem[] = [];
  const partyIds = (compact.parties ?? []).map((party) => party.id);
  if (!partyIds.includes(signatory.party)) {
    const where = t('rules.known-party-ref.where.signatory', { id: signatory.organisation });
    const problem = unknownPartyMessage(signatory.party, partyIds);
    const suggestion = closestMatch(signatory.party, partyIds);
    problems.push({ ruleId: 'known-party-ref', field: 'party', message: suggestion ? t('rules.known-party-ref.unknownPartySuggest', { where, problem, suggestion }) : `${where}: ${problem}` });
  }
  if (signatory.org_number !== undefined) {
    const problem = orgNumberProblem(signatory.org_number);
    if (problem) problems.push({ ruleId: 'signatory-org-number', field: 'org_number', message: `${signatory.organisation}: ${problem}` });
  }
  return problems;
}

/**
 * The first of `earlier` that `signatory` duplicates, as lint's signatory-unique rule reports it (same rule id, same
 * words, naming the organisation already recorded); undefined when there is none.
 */
export function duplicateProblem(signatory: Signatory, earlier: readonly Signatory[]): SignatoryProblem | undefined {
  for (const [index, other] of earlier.entries()) {
    const problem = duplicateSignatoryMessage(signatory, other);
    if (problem) return { ruleId: 'signatory-unique', field: 'organisation', message: duplicateText(problem, index + 1) };
  }
  return undefined;
}

/** The first of the rows accepted so far (with their row numbers) that `signatory` duplicates, and that row's number. */
export function duplicateRowProblem(signatory: Signatory, rows: readonly { row: number; signatory: Signatory }[], csvName: string): string | undefined {
  for (const { row, signatory: other } of rows) {
    const problem = duplicateSignatoryMessage(signatory, other);
    if (problem) return t('signatory.duplicateRow', { problem, row, csv: csvName });
  }
  return undefined;
}

function duplicateText(problem: string, earlier: number): string {
  return signatoryUnique.meta.messages.duplicate!.replace('{{problem}}', problem).replace('{{earlier}}', String(earlier));
}
