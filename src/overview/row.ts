import { getBaseline } from '../domain/baselines.js';
import { daysBetween } from '../domain/dates.js';
import { hasYearlyFollowUp } from '../domain/meetings.js';
import { JOINT } from '../domain/parties.js';
import { DUE_SOON_DAYS, nextReview } from '../domain/review.js';
import { countFindings, type Finding } from '../findings.js';
import type { Compact } from '../model/index.js';
import type { CompactRow, LintCounts, PartyCount, ProblemRow, ReviewOverview } from './types.js';

/** The overview row of a valid compact, with its lint findings counted. */
export function compactRow(file: string, compact: Compact, findings: readonly Finding[], today: string): CompactRow {
  const commitments = compact.commitments ?? [];
  const signatories = compact.signatories ?? [];
  return {
    file,
    state: 'ok',
    id: compact.id,
    title: compact.title,
    ...(compact.jurisdiction !== undefined ? { jurisdiction: compact.jurisdiction } : {}),
    status: compact.status,
    ...(compact.adoption ? { adopted: { date: compact.adoption.date, body: compact.adoption.body } } : {}),
    review: reviewOverview(compact, today),
    ...(compact.baseline !== undefined ? { baseline: baselineCoverage(compact) } : {}),
    principles: compact.principles.length,
    commitments: {
      total: commitments.length,
      byParty: countByParty(compact, commitments.map((commitment) => commitment.party)),
      joint: commitments.filter((commitment) => commitment.party === JOINT).length,
    },
    yearlyMeeting: hasYearlyFollowUp(compact),
    signatories: { total: signatories.length, byParty: countByParty(compact, signatories.map((signatory) => signatory.party)) },
    ...(compact.ended ? { ended: { ...(compact.ended.date ? { date: compact.ended.date } : {}), ...(compact.ended.body ? { body: compact.ended.body } : {}) } } : {}),
    ...(compact.accession?.count !== undefined
      ? { accession: { count: compact.accession.count, ...(compact.accession.as_of ? { asOf: compact.accession.as_of } : {}) } }
      : {}),
    lint: lintCounts(findings),
  };
}

/** The row of a file that could not be read or is not a valid compact; what can be told of it is kept. */
export function problemRow(file: string, state: ProblemRow['state'], findings: readonly Finding[], data?: unknown): ProblemRow {
  const first = findings.find((finding) => finding.severity === 'error') ?? findings[0];
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const more = errors > 1 ? ` (and ${errors - 1} more ${errors === 2 ? 'error' : 'errors'})` : '';
  const problem = first ? `${first.line}:${first.column}: ${first.message}${more}` : 'the file cannot be read';
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return {
    file,
    state,
    problem,
    ...textField('id', record.id),
    ...textField('title', record.title),
    ...textField('jurisdiction', record.jurisdiction),
    lint: lintCounts(findings),
  };
}

function textField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

function reviewOverview(compact: Compact, today: string): ReviewOverview {
  const next = compact.status === 'draft' ? undefined : nextReview(compact);
  const dated: Omit<ReviewOverview, 'state'> = next ? { date: next.date, basis: next.basis, daysLeft: daysBetween(today, next.date) } : {};
  switch (compact.status) {
    case 'draft':
      return { state: 'draft' };
    case 'under-revision':
      return { state: 'under-revision', ...dated };
    case 'superseded':
    case 'expired':
      // A compact that has ended is not reviewed any more: no due date.
      return { state: 'ended' };
    case 'adopted': {
      const daysLeft = dated.daysLeft;
      if (daysLeft === undefined) return { state: 'no-date' };
      return { state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-time', ...dated };
    }
  }
}

function baselineCoverage(compact: Compact): CompactRow['baseline'] {
  const id = compact.baseline!;
  const principles = getBaseline(id)?.principles ?? [];
  const realised = new Set<string>(compact.principles.flatMap((principle) => (principle.baseline ? [principle.baseline] : [])));
  const missing = principles.filter((principle) => !realised.has(principle.id)).map((principle) => principle.id);
  return { id, covered: principles.length - missing.length, total: principles.length, missing };
}

/** How many of `partyIds` name each declared party, in the order the parties are declared. */
function countByParty(compact: Compact, partyIds: readonly string[]): PartyCount[] {
  return compact.parties.map((party) => ({ party: party.id, name: party.name, count: partyIds.filter((id) => id === party.id).length }));
}

function lintCounts(findings: readonly Finding[]): LintCounts {
  const { errors, warnings, infos } = countFindings(findings);
  return { errors, warnings, infos };
}
