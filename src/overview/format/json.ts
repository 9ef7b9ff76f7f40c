import type { OverviewFormatter } from './types.js';

/** The overview as JSON: `{ today, rows, totals }`, the same shape `buildOverview` returns. */
export const json: OverviewFormatter = (overview) => `${JSON.stringify(overview, null, 2)}\n`;
