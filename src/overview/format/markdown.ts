import { cell, inlineCode, tableRow } from '../../report/markdown.js';
import type { OverviewRow } from '../types.js';
import { accessionText, adoptedText, baselineText, commitmentsText, compactName, lintText, NO_VALUE, nextReviewText, perPartyText, summaryText, yesNo } from './cells.js';
import type { OverviewFormatter } from './types.js';

const HEADERS = ['File', 'Compact', 'Status', 'Adopted', 'Next review', 'Baseline', 'Principles', 'Commitments', 'Yearly meeting', 'Signatories', 'Lint'];

/** A Markdown page: a heading, the summary and a table of the compacts (for a wiki page or a pull request). */
export const markdown: OverviewFormatter = (overview) => {
  const rows = overview.rows.map((row) => tableRow(cellsFor(row)));
  return [
    '# Compact overview',
    '',
    `On ${overview.today}: ${summaryText(overview.totals)}.`,
    '',
    tableRow(HEADERS),
    tableRow(HEADERS.map(() => '---')),
    ...rows,
    '',
  ].join('\n');
};

function cellsFor(row: OverviewRow): string[] {
  const file = inlineCode(row.file);
  if (row.state !== 'ok') {
    const blanks = Array.from({ length: HEADERS.length - 4 }, () => NO_VALUE);
    return [file, cell(compactName(row)), `**${row.state}**: ${cell(row.problem)}`, ...blanks, lintText(row.lint)];
  }
  const review = nextReviewText(row);
  return [
    file,
    cell(compactName(row)),
    row.status,
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
