import type { Rule } from '../types.js';
import { accessionCount } from './accession-count.js';
import { actionPlanCurrent } from './action-plan-current.js';
import { adoptionRecorded } from './adoption-recorded.js';
import { annualFollowUp } from './annual-follow-up.js';
import { baselineCoverage } from './baseline-coverage.js';
import { commitmentCitesPrinciple } from './commitment-cites-principle.js';
import { contactPresent } from './contact-present.js';
import { endedRecorded } from './ended-recorded.js';
import { governanceBothParties } from './governance-both-parties.js';
import { knownOutcomeRef } from './known-outcome-ref.js';
import { knownPartyRef } from './known-party-ref.js';
import { knownPrincipleRef } from './known-principle-ref.js';
import { outcomeServed } from './outcome-served.js';
import { partyHasCommitments } from './party-has-commitments.js';
import { principleServed } from './principle-served.js';
import { reviewCycleDeclared } from './review-cycle-declared.js';
import { reviewCycleExpected } from './review-cycle-expected.js';
import { reviewDueSoon } from './review-due-soon.js';
import { reviewOverdue } from './review-overdue.js';
import { revisionOrder } from './revision-order.js';
import { signatoryAfterAdoption } from './signatory-after-adoption.js';
import { signatoryOrgNumber } from './signatory-org-number.js';
import { signatoryUnique } from './signatory-unique.js';
import { statusConsistency } from './status-consistency.js';
import { uniqueIds } from './unique-ids.js';

/**
 * Every lint rule, in the order `compact rules` lists them: references and ids first, then the
 * substance (principles, commitments, baseline), governance, the record (status, adoption,
 * revisions), review and signatures.
 */
export const RULES: readonly Rule<any>[] = [
  uniqueIds,
  knownPartyRef,
  knownPrincipleRef,
  knownOutcomeRef,
  commitmentCitesPrinciple,
  principleServed,
  outcomeServed,
  partyHasCommitments,
  baselineCoverage,
  governanceBothParties,
  annualFollowUp,
  actionPlanCurrent,
  contactPresent,
  statusConsistency,
  endedRecorded,
  adoptionRecorded,
  revisionOrder,
  reviewCycleDeclared,
  reviewCycleExpected,
  reviewOverdue,
  reviewDueSoon,
  signatoryOrgNumber,
  signatoryAfterAdoption,
  signatoryUnique,
  accessionCount,
];
