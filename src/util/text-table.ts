/** Paints one padded cell: `row` is 0 for the header, then 1, 2, … for the rows. */
export type CellPainter = (text: string, column: number, row: number) => string;

/**
 * A header and rows as lines of columns for the terminal: each cell padded to its column's widest, two spaces
 * between columns and before the first. `paint` colours a cell after padding, so colour codes do not upset widths.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], paint: CellPainter = (text) => text): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  return [header, ...rows].map((cells, row) => `  ${cells.map((cell, column) => paint(cell.padEnd(widths[column]!), column, row)).join('  ')}`.trimEnd());
}
