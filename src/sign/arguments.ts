import { checkArray, checkBytes, checkObject, checkString } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import { caCertificates } from './chain.js';

/** Checks signPdf(pdf, options). */
export function checkSignArguments(pdf: unknown, options: unknown): void {
  checkBytes('signPdf', 'pdf', pdf, t('api.pdf'));
  checkObject('signPdf', 'options', options, t('api.objectSuchAs', { example: "{ p12: await readFile('anna.p12'), passphrase }" }));
  checkBytes('signPdf', 'options.p12', options!.p12, t('api.p12'));
  if (typeof options!.passphrase !== 'string') checkString('signPdf', 'options.passphrase', options!.passphrase, t('api.passphrase'));
  checkObject('signPdf', 'options.visible', options!.visible, t('api.objectSuchAs', { example: '{ page: 1 }' }), true);
  if (options!.tsa !== undefined) checkTsaOptions('signPdf', 'options.tsa', options!.tsa);
}

/** Checks the `tsa` of signPdf and timestampPdf: a URL and CA certificates in any form verifyPdf takes. */
export function checkTsaOptions(fn: string, name: string, tsa: unknown): void {
  checkObject(fn, name, tsa, t('api.objectSuchAs', { example: "{ url: 'https://tsa.example/' }" }));
  checkString(fn, `${name}.url`, tsa!.url, t('api.tsaUrl'));
  caCertificates(fn, `${name}.ca`, tsa!.ca);
}

/** Checks timestampPdf(pdf, tsa). */
export function checkTimestampArguments(pdf: unknown, tsa: unknown): void {
  checkBytes('timestampPdf', 'pdf', pdf, t('api.pdf'));
  checkTsaOptions('timestampPdf', 'tsa', tsa);
}

/** Checks addValidationData(pdf, data). */
export function checkValidationDataArguments(pdf: unknown, data: unknown): void {
  checkBytes('addValidationData', 'pdf', pdf, t('api.pdf'));
  checkObject('addValidationData', 'data', data, t('api.objectSuchAs', { example: '{ certificates: [der], crls: [der] }' }));
  for (const key of ['certificates', 'crls', 'ocsps']) {
    const list = data![key];
    checkArray('addValidationData', `data.${key}`, list, t('api.derBytes'), true);
    for (const [index, item] of (list ?? []).entries()) checkBytes('addValidationData', `data.${key}[${index}]`, item, t('api.derStructure'));
  }
}

/** Checks verifyPdf(pdf, options). */
export function checkVerifyArguments(pdf: unknown, options: unknown): void {
  checkBytes('verifyPdf', 'pdf', pdf, t('api.pdf'));
  checkObject('verifyPdf', 'options', options, t('api.objectSuchAs', { example: "{ ca: [await readFile('ca.pem')] }" }), true);
}
