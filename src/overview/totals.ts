import { REVIEW_STATES, type OverviewRow, type OverviewTotals, type ReviewState } from './types.js';

export function overviewTotals(rows: readonly OverviewRow[]): OverviewTotals {
  const review = Object.fromEntries(REVIEW_STATES.map((state) => [state, 0])) as Record<ReviewState, number>;
  const totals: OverviewTotals = {
    files: rows.length,
    compacts: 0,
    unreadable: 0,
    invalid: 0,
    review,
    principles: 0,
    commitments: 0,
    signatories: 0,
    lint: { errors: 0, warnings: 0, infos: 0 },
  };
  for (const row of rows) {
    totals.lint.errors += row.lint.errors;
    totals.lint.warnings += row.lint.warnings;
    totals.lint.infos += row.lint.infos;
    if (row.state !== 'ok') {
      totals[row.state]++;
      continue;
    }
    totals.compacts++;
    review[row.review.state]++;
    totals.principles += row.principles;
    totals.commitments += row.commitments.total;
    totals.signatories += row.signatories.total;
  }
  return totals;
}
