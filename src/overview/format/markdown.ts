import { cell, inlineCode, tableRow } from '../../report/markdown.js';
import type { OverviewRow } from '../types.js';
import { t } from '../../i18n/index.js';
import { accessionText, adoptedText, baselineText, commitmentsText, compactName, lintText, NO_VALUE, nextReviewText, perPartyText, statusLabel, summaryText, yesNo } from './cells.js';
import type { OverviewFormatter } from './types.js';

const COLUMNS = ['file', 'compact', 'status', 'adopted', 'nextReview', 'baseline', 'principles', 'commitments', 'yearlyMeeting', 'signatories', 'lint'];

/** A Markdown page: a heading, the summary and a table of the compacts (for a wiki page or a pull request). */
export const markdown: OverviewFormatter = (overview) => {
  const rows = overview.rows.map((row) => tableRow(cellsFor(row)));
  const headers = COLUMNS.map((column) => t('report.page.column', { column }));
  return [
    `# ${t('report.page.heading')}`,
    '',
    t('report.page.summary', { today: overview.today, summary: summaryText(overview.totals) }),
    '',
    tableRow(headers),
    tableRow(headers.map(() => '---')),
    ...rows,
    '',
  ].join('\n');
};

function cellsFor(row: OverviewRow): string[] {
  const file = inlineCode(row.file);
  if (row.state !== 'ok') {
    const blanks = Array.from({ length: COLUMNS.length - 4 }, () => NO_VALUE);
    return [file, cell(compactName(row)), `**${t('report.rowState', { state: row.state === 'invalid' ? 'invalid' : 'unreadable' })}**: ${cell(row.problem)}`, ...blanks, lintText(row.lint)];
  }
  const review = nextReviewText(row);
  return [
    file,
    cell(compactName(row)),
    statusLabel(row.status),
    cell(adoptedText(row)),
    row.review.state === 'overdue' ? `**${cell(review)}**` : cell(review),
    baselineText(row),
    String(row.principles),
    cell(commitmentsText(row)) || NO_VALUE,
    yesNo(row.yearlyMeeting),
    [row.signatories.total ? `${row.signatories.total} (${cell(perPartyText(row.signatories.byParty))})` : '0', accessionText(row)].filter(Boolean).join('; '),
    lintText(row.lint),
  ];
}
