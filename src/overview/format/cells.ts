import { basename } from 'node:path';
import { count } from '../../util/plural.js';
import type { CompactRow, OverviewRow, OverviewTotals, PartyCount, ReviewState } from '../types.js';

export const REVIEW_LABELS: Record<ReviewState, string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  'on-time': 'on time',
  'no-date': 'no review date',
  'under-revision': 'under revision',
  draft: 'draft',
  'not-in-force': 'not in force',
};

/** The mark put before an overdue review (⚠) or one due soon (…), so it shows without colour too. */
export const REVIEW_MARKS: Partial<Record<ReviewState, string>> = { overdue: '⚠', 'due-soon': '◷' };

export const NO_VALUE = '–';

/** What the compact is called: its jurisdiction, else its title, else its id, else the file's name. */
export function compactName(row: OverviewRow): string {
  return row.jurisdiction ?? row.title ?? row.id ?? basename(row.file);
}

/** `2018-05-24 (Kommunfullmäktige)`, `2018`, or `–`. */
export function adoptedText(row: CompactRow): string {
  const { date, body } = row.adopted ?? {};
  if (date && body) return `${date} (${body})`;
  return date ?? body ?? NO_VALUE;
}

/** For a narrow column: the adoption's date, else the body that adopted it, else `–`. */
export function adoptedShortText(row: CompactRow): string {
  return row.adopted?.date ?? row.adopted?.body ?? NO_VALUE;
}

/** `⚠ 2021-12-31 overdue`, `2027-03-01`, `draft`. */
export function nextReviewText(row: CompactRow): string {
  const { state, date } = row.review;
  if (!date) return REVIEW_LABELS[state];
  const mark = REVIEW_MARKS[state];
  return mark ? `${mark} ${date} ${REVIEW_LABELS[state]}` : date;
}

export function baselineText(row: CompactRow): string {
  return row.baseline ? `${row.baseline.covered}/${row.baseline.total}` : NO_VALUE;
}

/** `Örebro kommun 12, Det civila samhället 10, joint 3`. */
export function perPartyText(byParty: readonly PartyCount[], joint?: number): string {
  const parts = byParty.map((entry) => `${entry.name} ${entry.count}`);
  if (joint) parts.push(`joint ${joint}`);
  return parts.join(', ');
}

export function commitmentsText(row: CompactRow): string {
  return perPartyText(row.commitments.byParty, row.commitments.joint);
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** `1 error, 4 warnings` (infos only when there are some). */
export function lintText(lint: OverviewRow['lint']): string {
  const parts = [count(lint.errors, 'error'), count(lint.warnings, 'warning')];
  if (lint.infos) parts.push(count(lint.infos, 'info', 'infos'));
  return parts.join(', ');
}

/** `4 files: 1 overdue, 1 on time, 1 under revision, 1 draft; 1 error, 14 warnings`. */
export function summaryText(totals: OverviewTotals): string {
  const states = (Object.entries(totals.review) as [ReviewState, number][]).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${REVIEW_LABELS[state]}`);
  if (totals.invalid) states.push(`${totals.invalid} invalid`);
  if (totals.unreadable) states.push(`${totals.unreadable} unreadable`);
  return `${count(totals.files, 'file')}: ${states.join(', ') || 'none'}; ${lintText(totals.lint)}`;
}
