import { escapeXml as escape } from '../../report/xml.js';
import { REVIEW_STATES, type CompactRow, type Overview, type OverviewRow, type ReviewState } from '../types.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { accessionText, adoptedText, baselineText, compactName, lintText, NO_VALUE, nextReviewText, perPartyText, reviewLabel, statusLabel, summaryText, yesNo } from './cells.js';
import type { OverviewFormatter } from './types.js';
import { count } from '../../util/plural.js';

/** Bar colours with at least 3:1 contrast against white (WCAG non-text contrast). */
const STATE_COLOURS: Record<ReviewState, string> = {
  overdue: '#b3261e',
  'due-soon': '#a15c00',
  'on-time': '#2e7d32',
  'no-date': '#5f6368',
  'under-revision': '#1565c0',
  draft: '#6a4c93',
  ended: '#795548',
};

interface Column {
  column: string;
  /** How the column sorts: as text, or by the number in each cell's data-sort. */
  type: 'text' | 'number';
}

const COLUMNS: Column[] = [
  { column: 'compact', type: 'text' },
  { column: 'status', type: 'text' },
  { column: 'adopted', type: 'text' },
  { column: 'nextReview', type: 'text' },
  { column: 'baseline', type: 'number' },
  { column: 'principles', type: 'number' },
  { column: 'commitments', type: 'number' },
  { column: 'yearlyMeeting', type: 'text' },
  { column: 'signatories', type: 'number' },
  { column: 'lintErrors', type: 'number' },
  { column: 'lintWarnings', type: 'number' },
];

/**
 * One self-contained HTML page: a bar chart of the review states (an SVG with a text alternative) and a table of
 * the compacts whose column headers are buttons that sort it (`aria-sort` tells assistive technology the order).
 * No external resources; a print stylesheet drops the buttons' look and keeps the table on the page.
 */
export const html: OverviewFormatter = (overview, context = {}) => {
  const summary = summaryText(overview.totals);
  return `<!DOCTYPE html>
<html lang="${escape(context.lang ?? currentLanguage())}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('report.page.title', { today: overview.today }))}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${escape(t('report.page.heading'))}</h1>
<p>${escape(t('report.page.summary', { today: overview.today, summary }))}</p>
${chart(overview)}
<h2 id="compacts-heading">${escape(t('report.page.compacts'))}</h2>
<div class="scroll" role="region" aria-labelledby="compacts-heading" tabindex="0">
<table id="overview">
<caption>${escape(t('report.page.caption', { count: overview.rows.length, today: overview.today }))}</caption>
<thead>
<tr>${COLUMNS.map((column, index) => `<th scope="col"${index === 0 ? ' aria-sort="ascending"' : ''} data-type="${column.type}"><button type="button">${escape(t('report.page.column', { column: column.column }))}</button></th>`).join('')}</tr>
</thead>
<tbody>
${overview.rows.map(tableRow).join('\n')}
</tbody>
<tfoot>
${totalsRow(overview)}
</tfoot>
</table>
</div>
</main>
<script>
${SCRIPT}
</script>
</body>
</html>
`;
};

function tableRow(row: OverviewRow): string {
  const name = `<th scope="row"><span class="name">${escape(compactName(row))}</span><br><code>${escape(row.file)}</code></th>`;
  if (row.state !== 'ok') {
    const blanks = COLUMNS.slice(2, -2).map((column) => `<td data-sort="${column.type === 'number' ? -1 : '~'}">${NO_VALUE}</td>`);
    const state = `<td data-sort="~${row.state}"><strong>${escape(t('report.rowState', { state: row.state === 'invalid' ? 'invalid' : 'unreadable' }))}</strong><br><small>${escape(row.problem)}</small></td>`;
    return `<tr class="problem">${name}${state}${blanks.join('')}${numberCell(row.lint.errors, String(row.lint.errors))}${numberCell(row.lint.warnings, String(row.lint.warnings))}</tr>`;
  }
  return `<tr>${name}${[
    textCell(statusLabel(row.status)),
    textCell(adoptedText(row), row.adopted?.date ?? ''),
    reviewCell(row),
    numberCell(row.baseline ? row.baseline.covered / Math.max(1, row.baseline.total) : -1, baselineText(row), row.baseline?.missing.length ? t('report.page.baselineMissing', { principles: row.baseline.missing.join(', ') }) : undefined),
    numberCell(row.principles, String(row.principles)),
    numberCell(row.commitments.total, commitmentsHtml(row)),
    textCell(yesNo(row.yearlyMeeting)),
    numberCell(
      row.signatories.total,
      `${row.signatories.total ? `${row.signatories.total}<br><small>${escape(perPartyText(row.signatories.byParty))}</small>` : '0'}${accessionText(row) ? `<br><small>${escape(accessionText(row))}</small>` : ''}`,
    ),
    numberCell(row.lint.errors, String(row.lint.errors)),
    numberCell(row.lint.warnings, String(row.lint.warnings)),
  ].join('')}</tr>`;
}

function textCell(text: string, sortKey = text): string {
  return `<td data-sort="${escape(sortKey)}">${escape(text)}</td>`;
}

/** A number cell: `content` is already HTML. */
function numberCell(value: number, content: string, title?: string): string {
  return `<td class="number" data-sort="${value}"${title ? ` title="${escape(title)}"` : ''}>${content}</td>`;
}

function reviewCell(row: CompactRow): string {
  const state = row.review.state;
  return `<td class="review ${state}" data-sort="${escape(row.review.date ?? `~${reviewLabel(state)}`)}">${escape(nextReviewText(row))}</td>`;
}

function commitmentsHtml(row: CompactRow): string {
  const parts = row.commitments.byParty.map((entry) => `${escape(entry.name)}: ${entry.count}`);
  if (row.commitments.joint) parts.push(`${escape(t('report.joint'))}: ${row.commitments.joint}`);
  return `${row.commitments.total}${parts.length ? `<br><small>${parts.join('<br>')}</small>` : ''}`;
}

function totalsRow(overview: Overview): string {
  const totals = overview.totals;
  const cells = [
    `<th scope="row">${escape(t('report.page.total', { files: count(totals.files, 'file') }))}</th>`,
    `<td colspan="4">${escape(lintText(totals.lint))}</td>`,
    `<td class="number">${totals.principles}</td>`,
    `<td class="number">${totals.commitments}</td>`,
    `<td>${NO_VALUE}</td>`,
    `<td class="number">${totals.signatories}</td>`,
    `<td class="number">${totals.lint.errors}</td>`,
    `<td class="number">${totals.lint.warnings}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

/** A horizontal bar chart of how many compacts are in each review state, with the same numbers as a list. */
function chart(overview: Overview): string {
  const counts = REVIEW_STATES.map((state) => ({ state, count: overview.totals.review[state] }));
  const max = Math.max(1, ...counts.map((entry) => entry.count));
  const labelWidth = 130;
  const barWidth = 300;
  const rowHeight = 26;
  const height = counts.length * rowHeight + 8;
  const bars = counts
    .map(({ state, count }, index) => {
      const y = 4 + index * rowHeight;
      const width = Math.round((count / max) * barWidth);
      return `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escape(reviewLabel(state))}</text><rect x="${labelWidth}" y="${y + 3}" width="${width}" height="18" fill="${STATE_COLOURS[state]}"/><text x="${labelWidth + width + 6}" y="${y + 16}">${count}</text>`;
    })
    .join('\n');
  const description = counts.map(({ state, count }) => `${reviewLabel(state)}: ${count}`).join(', ');
  return `<section aria-labelledby="review-heading">
<h2 id="review-heading">${escape(t('report.page.reviewHeading'))}</h2>
<figure>
<svg role="img" aria-labelledby="chart-title chart-desc" width="${labelWidth + barWidth + 40}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 40} ${height}" font-size="13">
<title id="chart-title">${escape(t('report.page.chartTitle'))}</title>
<desc id="chart-desc">${escape(description)}</desc>
${bars}
</svg>
<figcaption>${escape(t('report.page.chartCaption', { description }))}</figcaption>
</figure>
</section>`;
}

const STYLE = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0; color: #1b1b1b; background: #fff; }
main { max-width: 100rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
figure { margin: 0; }
figcaption { font-size: .9rem; color: #444; max-width: 40rem; }
svg text { fill: #1b1b1b; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; padding: .25rem 0 .5rem; color: #444; }
th, td { border-bottom: 1px solid #d0d0d0; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; white-space: nowrap; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " ↕"; color: #666; }
th[aria-sort="ascending"] button::after { content: " ▲"; color: inherit; }
th[aria-sort="descending"] button::after { content: " ▼"; color: inherit; }
th button:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
tbody th { font-weight: normal; }
.name { font-weight: 600; }
code { font-size: .8rem; color: #444; }
small { color: #444; }
td.number { text-align: right; }
td.review.overdue { color: #b3261e; font-weight: 700; }
td.review.due-soon { color: #8a4f00; font-weight: 600; }
tr.problem td, tr.problem th { background: #fdecea; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid #1b1b1b; }
@media print {
  main { max-width: none; padding: 0; }
  th button { font-weight: 600; }
  th button::after { content: ""; }
  .scroll { overflow: visible; }
  tr { break-inside: avoid; }
}`;

const SCRIPT = `(() => {
  const table = document.getElementById('overview');
  const headers = Array.from(table.tHead.rows[0].cells);
  const body = table.tBodies[0];
  const key = (row, index, type) => {
    const value = row.cells[index] ? row.cells[index].dataset.sort ?? row.cells[index].textContent : '';
    return type === 'number' ? Number(value) : value;
  };
  headers.forEach((header, index) => {
    header.querySelector('button').addEventListener('click', () => {
      const descending = header.getAttribute('aria-sort') === 'ascending';
      const type = header.dataset.type;
      const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = key(a, index, type);
        const y = key(b, index, type);
        const order = type === 'number' ? x - y : collator.compare(x, y);
        return descending ? -order : order;
      });
      for (const row of rows) body.appendChild(row);
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    });
  });
})();`;
