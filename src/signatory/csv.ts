import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface CsvRecord {
  /** 1-based record number, the header being record 1 (the row number a spreadsheet shows). */
  row: number;
  /** The line of the file the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: ',' | ';' | '\t';
  records: CsvRecord[];
}

/**
 * Parses CSV as RFC 4180 describes it, plus what spreadsheets write: a UTF-8 byte order mark, `;` as the separator
 * (Excel with a Swedish locale) or a tab, and CR, LF or CRLF line ends. The separator is the one of `,` `;` tab that
 * occurs most in the header line. Blank lines are skipped.
 */
export function parseCsv(input: string, name = 'the CSV file'): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let cellStarted = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !cellStarted)) records.push({ row: records.length + 1, line: recordLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      cellStarted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
      cellStarted = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (quoted) throw new CompactError(t('signatory.csv.unclosedQuote', { file: name, line: String(recordLine) }));
  if (cell !== '' || cells.length > 0 || cellStarted) endRecord();
  return { separator, records };
}

function detectSeparator(text: string): CsvTable['separator'] {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  const candidates: CsvTable['separator'][] = [',', ';', '\t'];
  return candidates.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string, separator = ','): string {
  return value.includes(separator) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
