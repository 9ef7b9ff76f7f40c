import { checkObject, checkString } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import type { Signatory } from '../model/index.js';
import { appendSignatories, loadForAppend, type AppendResult } from './append.js';
import { normaliseSignatory, SIGNATORY_FIELDS, type SignatoryField } from './fields.js';

export type SignatoryInput = Partial<Record<SignatoryField, string>> & Pick<Signatory, 'party' | 'organisation'>;

/**
 * Adds a signatory to a compact file, keeping the file's comments, blank lines and formatting; the result is
 * checked (schema, declared party, organisationsnummer, duplicates) and written atomically only when it is valid.
 */
export async function addSignatory(file: string, signatory: SignatoryInput, options: { dryRun?: boolean } = {}): Promise<AppendResult> {
  checkString('addSignatory', 'file', file, t('api.compactPath'));
  checkObject('addSignatory', 'signatory', signatory, t('api.objectSuchAs', { example: "{ party: 'civilsamhallet', organisation: 'Föreningen Gemenskap' }" }));
  checkObject('addSignatory', 'options', options, t('api.objectSuchAs', { example: '{ dryRun: true }' }), true);
  checkSignatoryFields(signatory);
  return appendSignatories(await loadForAppend(file, options), [normaliseSignatory(signatory)], options);
}

const REQUIRED_FIELDS: readonly SignatoryField[] = ['party', 'organisation'];

/** Each field a text; party and organisation present (an empty one is left to the compact's own checks). */
function checkSignatoryFields(signatory: Record<string, unknown>): void {
  for (const field of SIGNATORY_FIELDS) {
    const value = signatory[field];
    if (typeof value === 'string' || (value === undefined && !REQUIRED_FIELDS.includes(field))) continue;
    checkString('addSignatory', `signatory.${field}`, value, t('api.text'));
  }
}
