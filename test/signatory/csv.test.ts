import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from '../../src/signatory/csv.js';

describe('parseCsv', () => {
  it('reads commas, quoted fields with separators, doubled quotes and line breaks', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hej""","two\nlines"\r\nlast,,\r\n');
    expect(table.separator).toBe(',');
    expect(table.records.map((record) => record.cells)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hej"', 'two\nlines'],
      ['last', '', ''],
    ]);
    expect(table.records.map((record) => [record.row, record.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('reads what Excel writes in Sweden: a byte order mark and semicolons', () => {
    const table = parseCsv('\ufeffparty;organisation;org_number\ncivilsamhallet;"Förening; med semikolon";802000-0009\n');
    expect(table.separator).toBe(';');
    expect(table.records[1]!.cells).toEqual(['civilsamhallet', 'Förening; med semikolon', '802000-0009']);
  });

  it('skips blank lines, keeps a last line without a line break, and reads tabs', () => {
    expect(parseCsv('a\tb\n\n1\t2').records.map((record) => record.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses a quoted field that is never closed, naming its line', () => {
    expect(() => parseCsv('a,b\n1,"open\n', 'list.csv')).toThrow('list.csv:2: a quoted field is never closed');
  });

  it('quotes a field only when it must', () => {
    expect([csvField('plain'), csvField('a,b'), csvField('say "hej"'), csvField(' padded')]).toEqual(['plain', '"a,b"', '"say ""hej"""', '" padded"']);
  });

  it('reads back what csvField writes', () => {
    const values = ['Förening, "Gemenskap"', 'rad ett\nrad två', ';', ''];
    expect(parseCsv(`${values.map((value) => csvField(value)).join(',')}\n`).records[0]!.cells).toEqual(values);
  });
});
