import { basename } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { CompactRow, OverviewRow } from '../types.js';
import { t } from '../../i18n/index.js';
import { contextColor } from '../../report/color.js';
import { adoptedShortText, baselineText, compactName, REVIEW_MARKS, reviewLabel, statusLabel, summaryText, yesNo } from './cells.js';
import type { OverviewFormatter } from './types.js';

const DEFAULT_WIDTH = 100;
const GAP = '  ';
const MIN_NAME = 12;
/** A date's width: the body that adopted a compact, shown when no date is recorded, is cut to it. */
const ADOPTED_WIDTH = 10;

interface Cell {
  text: string;
  paint?: (text: string) => string;
  align?: 'right';
}

const COLUMNS = ['compact', 'status', 'adopted', 'nextReview', 'base', 'pr', 'commitments', 'yearly', 'sig', 'lint'];
const RIGHT = new Set(['base', 'pr', 'sig']);

/**
 * A table for the terminal: one line per compact, cut to fit the width (the compact's name is shortened first).
 * Commitments read "12/10 +3": per party in the order declared, then the joint ones. An overdue review is red
 * and marked ⚠, one due soon yellow and marked ◷, so the marks survive without colour. Adopted and next review read
 * as in every other format (cells.ts), shortened: the adoption's date, else its body; the review's date, else its state.
 */
export const table: OverviewFormatter = (overview, context = {}) => {
  const c = contextColor(context.color);
  const width = context.width ?? DEFAULT_WIDTH;
  const header: Cell[] = COLUMNS.map((column) => ({ text: t('report.table.column', { column }), paint: c.bold, ...(RIGHT.has(column) ? { align: 'right' as const } : {}) }));
  const names = rowNames(overview.rows);
  const body = overview.rows.map((row, index) => cellsFor(row, names[index]!, c));
  const full = [header, ...body].filter((cells) => cells.length === COLUMNS.length);
  // A problem row's name and state fill their columns; its message takes the rest of the line.
  const widths = COLUMNS.map((_, index) =>
    Math.max(...full.map((cells) => length(cells[index]!.text)), ...body.map((cells) => (index < 2 ? length(cells[index]!.text) : 0))),
  );
  const fixed = widths.slice(1).reduce((sum, w) => sum + w + GAP.length, 0);
  widths[0] = Math.max(MIN_NAME, Math.min(widths[0]!, width - fixed));
  const lines = [header, ...body].map((cells) => line(cells, widths, width));
  return `${lines.join('\n')}\n\n${c.dim(wrap(t('report.table.legend'), width))}\n${wrap(t('report.table.summary', { summary: summaryText(overview.totals), today: overview.today }), width)}\n`;
};

/** Each row's name; rows that share one (revisions of a compact side by side) are named by their file instead, as the table has no file column. */
function rowNames(rows: readonly OverviewRow[]): string[] {
  const names = rows.map(compactName);
  return names.map((name, index) => (names.indexOf(name) === names.lastIndexOf(name) ? name : basename(rows[index]!.file)));
}

function cellsFor(row: OverviewRow, name: string, c: ChalkInstance): Cell[] {
  if (row.state !== 'ok') {
    const label = t('report.rowState', { state: row.state === 'invalid' ? 'invalid' : 'unreadable' });
    return [{ text: name }, { text: label, paint: c.red }, { text: `${row.file}: ${row.problem}`, paint: c.dim }];
  }
  return [
    { text: name },
    { text: statusLabel(row.status) },
    { text: fit(adoptedShortText(row), ADOPTED_WIDTH) },
    reviewCell(row, c),
    { text: baselineText(row), align: 'right', ...(row.baseline && row.baseline.covered < row.baseline.total ? { paint: c.yellow } : {}) },
    { text: String(row.principles), align: 'right' },
    { text: commitmentsShort(row) },
    { text: yesNo(row.yearlyMeeting), ...(row.yearlyMeeting ? {} : { paint: c.yellow }) },
    // The terminal table stays narrow: the accession count is in the Markdown, HTML, CSV and JSON reports.
    { text: String(row.signatories.total), align: 'right' },
    lintCell(row, c),
  ];
}

/** The date, marked; without one, the review state in the words every other format uses (reviewLabel). */
function reviewCell(row: CompactRow, c: ChalkInstance): Cell {
  const { state, date } = row.review;
  if (!date) return state === 'no-date' ? { text: reviewLabel(state), paint: c.yellow } : { text: reviewLabel(state) };
  const mark = REVIEW_MARKS[state];
  const text = mark ? `${date} ${mark}` : date;
  if (state === 'overdue') return { text, paint: c.red.bold };
  if (state === 'due-soon') return { text, paint: c.yellow };
  return { text };
}

function commitmentsShort(row: CompactRow): string {
  const perParty = row.commitments.byParty.map((entry) => entry.count).join('/');
  return row.commitments.joint ? `${perParty} +${row.commitments.joint}` : perParty;
}

function lintCell(row: OverviewRow, c: ChalkInstance): Cell {
  const { errors, warnings, infos } = row.lint;
  return { text: t('report.table.lintCell', { errors, warnings, infos }), ...(errors ? { paint: c.red } : warnings ? { paint: c.yellow } : {}) };
}

/** A row's cells padded to the column widths; a problem row's last cell takes the rest of the line. */
function line(cells: readonly Cell[], widths: readonly number[], width: number): string {
  const total = Math.max(width, widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1));
  let used = 0;
  const parts = cells.map((cell, index) => {
    const last = index === cells.length - 1;
    const available = last ? Math.max(1, total - used) : widths[index]!;
    const text = fit(cell.text, available);
    const padding = ' '.repeat(Math.max(0, available - length(text)));
    used += available + GAP.length;
    const painted = cell.paint ? cell.paint(text) : text;
    if (last) return cell.align === 'right' ? padding + painted : painted;
    return cell.align === 'right' ? padding + painted : painted + padding;
  });
  return parts.join(GAP).trimEnd();
}

/** Breaks text at spaces into lines of at most `width` characters. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && length(current) + 1 + length(word) > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return [...lines, current].join('\n');
}

function fit(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}

function length(text: string): number {
  return [...text].length;
}
