import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { SIGNATORY_FIELDS, type SignatoryField } from './fields.js';
import { ownValue } from '../util/own-value.js';

/** Column headings accepted besides the field names themselves: Swedish, and common spellings. */
export const COLUMN_ALIASES: Record<string, SignatoryField> = {
  part: 'party',
  organization: 'organisation',
  forening: 'organisation',
  förening: 'organisation',
  organisationsnummer: 'org_number',
  orgnr: 'org_number',
  org_nr: 'org_number',
  namn: 'name',
  roll: 'role',
  befattning: 'role',
  ort: 'place',
  plats: 'place',
  datum: 'date',
};

/** Maps each header cell to a signatory field; refuses unknown or repeated headings. */
export function columnsFromHeader(header: readonly string[], csvName: string): SignatoryField[] {
  const seen = new Set<SignatoryField>();
  return header.map((cell, index) => {
    const key = cell.trim().toLocaleLowerCase('sv').replace(/[\s-]+/g, '_');
    const field = (SIGNATORY_FIELDS as readonly string[]).includes(key) ? (key as SignatoryField) : ownValue(COLUMN_ALIASES, key);
    if (!field) {
      throw new CompactError(t('signatory.csv.unknownColumn', { csv: csvName, column: index + 1, heading: cell, fields: SIGNATORY_FIELDS.join(', ') }));
    }
    if (seen.has(field)) throw new CompactError(t('signatory.csv.columnTwice', { csv: csvName, field }));
    seen.add(field);
    return field;
  });
}
