import { csvField } from '../../signatory/csv.js';
import type { OverviewRow, PartyCount } from '../types.js';
import type { OverviewFormatter } from './types.js';

const COLUMNS: readonly [string, (row: OverviewRow) => string | number | boolean | undefined][] = [
  ['file', (row) => row.file],
  ['state', (row) => row.state],
  ['id', (row) => row.id],
  ['title', (row) => row.title],
  ['jurisdiction', (row) => row.jurisdiction],
  ['status', (row) => ok(row)?.status],
  ['adopted_date', (row) => ok(row)?.adopted?.date],
  ['adopted_by', (row) => ok(row)?.adopted?.body],
  ['next_review', (row) => ok(row)?.review.date],
  ['review_basis', (row) => ok(row)?.review.basis],
  ['review_state', (row) => ok(row)?.review.state],
  ['review_days_left', (row) => ok(row)?.review.daysLeft],
  ['baseline', (row) => ok(row)?.baseline?.id],
  ['baseline_covered', (row) => ok(row)?.baseline?.covered],
  ['baseline_total', (row) => ok(row)?.baseline?.total],
  ['principles', (row) => ok(row)?.principles],
  ['commitments', (row) => ok(row)?.commitments.total],
  ['commitments_by_party', (row) => byParty(ok(row)?.commitments.byParty)],
  ['commitments_joint', (row) => ok(row)?.commitments.joint],
  ['yearly_meeting', (row) => ok(row)?.yearlyMeeting],
  ['signatories', (row) => ok(row)?.signatories.total],
  ['signatories_by_party', (row) => byParty(ok(row)?.signatories.byParty)],
  ['accession_count', (row) => ok(row)?.accession?.count],
  ['accession_as_of', (row) => ok(row)?.accession?.asOf],
  ['ended', (row) => ok(row)?.ended?.date],
  ['lint_errors', (row) => row.lint.errors],
  ['lint_warnings', (row) => row.lint.warnings],
  ['lint_infos', (row) => row.lint.infos],
  ['problem', (row) => (row.state === 'ok' ? undefined : row.problem)],
];

/**
 * RFC 4180 CSV: a header row, then one record per file; CRLF line ends, fields quoted when they hold a comma,
 * a quote, a line break or spaces at either end. Per-party counts read `Örebro kommun: 12; Det civila samhället: 10`.
 */
export const csv: OverviewFormatter = (overview) => {
  const records = [COLUMNS.map(([name]) => name), ...overview.rows.map((row) => COLUMNS.map(([, value]) => text(value(row))))];
  return records.map((fields) => fields.map((field) => csvField(field)).join(',')).join('\r\n') + '\r\n';
};

function ok(row: OverviewRow) {
  return row.state === 'ok' ? row : undefined;
}

function byParty(counts: readonly PartyCount[] | undefined): string | undefined {
  return counts?.map((entry) => `${entry.name}: ${entry.count}`).join('; ');
}

function text(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}
