export { buildOverview, type OverviewOptions } from './build.js';
export { compactRow, problemRow } from './row.js';
export { overviewTotals } from './totals.js';
export { getOverviewFormatter, OVERVIEW_FORMATS, type OverviewFormat, type OverviewFormatContext, type OverviewFormatter } from './format/index.js';
export { REVIEW_STATES } from './types.js';
export type { CompactRow, LintCounts, Overview, OverviewRow, OverviewTotals, PartyCount, ProblemRow, ReviewOverview, ReviewState } from './types.js';
