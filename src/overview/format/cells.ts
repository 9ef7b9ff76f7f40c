import { basename } from 'node:path';
import { t } from '../../i18n/index.js';
import { count } from '../../util/plural.js';
import type { CompactRow, OverviewRow, OverviewTotals, PartyCount, ReviewState } from '../types.js';

/** A review state in words: "due soon" / "utvärdering snart". */
export function reviewLabel(state: ReviewState): string {
  return t('report.reviewState', { state: state.replace(/-/g, '_') });
}

/** A compact's status as a table shows it: "adopted" / "antagen". */
export function statusLabel(status: string): string {
  return t('report.status', { status: status.replace(/-/g, '_') });
}

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
  if (state === 'ended' && row.ended?.date) return `${reviewLabel('ended')} ${row.ended.date}`;
  if (!date) return reviewLabel(state);
  const mark = REVIEW_MARKS[state];
  return mark ? `${mark} ${date} ${reviewLabel(state)}` : date;
}

export function baselineText(row: CompactRow): string {
  return row.baseline ? `${row.baseline.covered}/${row.baseline.total}` : NO_VALUE;
}

/** `Örebro kommun 12, Det civila samhället 10, joint 3`. */
export function perPartyText(byParty: readonly PartyCount[], joint?: number): string {
  const parts = byParty.map((entry) => `${entry.name} ${entry.count}`);
  if (joint) parts.push(`${t('report.joint')} ${joint}`);
  return parts.join(', ');
}

/** `41 joined (2022-12)`: the organisations that have joined the compact, when it says so; else empty. */
export function accessionText(row: CompactRow): string {
  const joined = row.accession?.count;
  if (joined === undefined) return '';
  return `${joined} joined${row.accession?.asOf ? ` (${row.accession.asOf})` : ''}`;
}

export function commitmentsText(row: CompactRow): string {
  return perPartyText(row.commitments.byParty, row.commitments.joint);
}

export function yesNo(value: boolean): string {
  return value ? t('common.yes') : t('common.no');
}

/** `1 error, 4 warnings` (infos only when there are some). */
export function lintText(lint: OverviewRow['lint']): string {
  const parts = [count(lint.errors, 'error'), count(lint.warnings, 'warning')];
  if (lint.infos) parts.push(count(lint.infos, 'info'));
  return parts.join(', ');
}

/** `4 files: 1 overdue, 1 on time, 1 under revision, 1 draft; 1 error, 14 warnings`. */
export function summaryText(totals: OverviewTotals): string {
  const states = (Object.entries(totals.review) as [ReviewState, number][]).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${reviewLabel(state)}`);
  if (totals.invalid) states.push(`${totals.invalid} ${t('report.rowState', { state: 'invalid' })}`);
  if (totals.unreadable) states.push(`${totals.unreadable} ${t('report.rowState', { state: 'unreadable' })}`);
  return t('report.summary', { files: count(totals.files, 'file'), states: states.join(', ') || t('report.none'), lint: lintText(totals.lint) });
}
