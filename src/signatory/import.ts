import { checkString } from '../api/arguments.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Compact, Signatory } from '../model/index.js';
import { isCalendarDate } from '../validate/formats.js';
import { appendSignatories, loadForAppend, type AppendResult } from './append.js';
import { duplicateProblem, duplicateRowProblem, signatoryProblems } from './check.js';
import { columnsFromHeader } from './csv-columns.js';
import { parseCsv } from './csv.js';
import { normaliseSignatory, type SignatoryField } from './fields.js';

export interface RefusedRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  organisation?: string;
  reasons: string[];
}

export interface ImportResult extends Omit<AppendResult, 'ok'> {
  /** True when every row was accepted, or rows were refused and --skip-invalid let the rest be added. */
  ok: boolean;
  rows: number;
  refused: RefusedRow[];
}

export interface ImportOptions {
  /** Add the good rows even when some are refused. */
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** The party for rows without one (no party column, or an empty cell). */
  party?: string;
  /** The CSV file's name, for messages. */
  csvName?: string;
}

/**
 * Imports signatories from CSV (a header row of signatory field names) into a compact file. Every row is checked
 * (required fields, date, declared party, organisationsnummer, duplicates of recorded or earlier rows); nothing is
 * written when a row is refused, unless `skipInvalid`.
 */
export async function importSignatories(file: string, csvText: string, options: ImportOptions = {}): Promise<ImportResult> {
  checkString('importSignatories', 'file', file, t('api.compactPath'));
  if (typeof csvText !== 'string') checkString('importSignatories', 'csvText', csvText, t('api.csvText'));
  const loaded = await loadForAppend(file, options);
  const csvName = options.csvName ?? t('signatory.csv.theFile');
  const table = parseCsv(csvText, csvName);
  const [header, ...rows] = table.records;
  if (!header) throw new CompactError(t('signatory.csv.empty', { csv: csvName }));
  if (rows.length === 0) throw new CompactError(t('signatory.csv.noRows', { csv: csvName }));
  const columns = columnsFromHeader(header.cells, csvName);
  if (!columns.includes('organisation')) throw new CompactError(t('signatory.csv.noOrganisation', { csv: csvName }));
  if (!columns.includes('party') && !options.party) throw new CompactError(t('signatory.csv.noParty', { csv: csvName }));

  const compact = loaded.data as Compact;
  const recorded: Signatory[] = [...(compact.signatories ?? [])];
  const accepted: Signatory[] = [];
  const acceptedRows: { row: number; signatory: Signatory }[] = [];
  const refused: RefusedRow[] = [];
  for (const record of rows) {
    const values: Partial<Record<SignatoryField, string>> = {};
    columns.forEach((field, index) => (values[field] = record.cells[index] ?? ''));
    if (!values.party?.trim() && options.party) values.party = options.party;
    const reasons = rowProblems(record.cells.length, columns.length, values);
    const signatory = normaliseSignatory(values);
    if (reasons.length === 0) {
      reasons.push(...signatoryProblems(signatory, compact).map((problem) => problem.message));
      const duplicate = duplicateProblem(signatory, recorded)?.message ?? duplicateRowProblem(signatory, acceptedRows, csvName);
      if (duplicate) reasons.push(duplicate);
    }
    if (reasons.length > 0) refused.push({ row: record.row, ...(signatory.organisation ? { organisation: signatory.organisation } : {}), reasons });
    else {
      accepted.push(signatory);
      acceptedRows.push({ row: record.row, signatory });
    }
  }

  const proceed = accepted.length > 0 && (refused.length === 0 || options.skipInvalid === true);
  if (!proceed) {
    return { file, ok: refused.length === 0, written: false, findings: [], text: loaded.text, added: [], rows: rows.length, refused };
  }
  const appended = await appendSignatories(loaded, accepted, options.dryRun ? { dryRun: true } : {});
  return { ...appended, rows: rows.length, refused };
}

function rowProblems(cellCount: number, columnCount: number, values: Partial<Record<SignatoryField, string>>): string[] {
  const reasons: string[] = [];
  if (cellCount > columnCount) reasons.push(t('signatory.row.tooManyFields', { cells: cellCount, columns: columnCount }));
  if (!values.party?.trim()) reasons.push(t('signatory.row.emptyField', { field: 'party' }));
  if (!values.organisation?.trim()) reasons.push(t('signatory.row.emptyField', { field: 'organisation' }));
  const date = values.date?.trim();
  if (date && !isCalendarDate(date)) reasons.push(t('signatory.row.badDate', { date }));
  return reasons;
}
