import { checkArray, checkBytes, checkObject, checkString } from '../api/arguments.js';
import { caCertificates } from './chain.js';

const PDF = 'a PDF';

/** Checks signPdf(pdf, options). */
export function checkSignArguments(pdf: unknown, options: unknown): void {
  checkBytes('signPdf', 'pdf', pdf, PDF);
  checkObject('signPdf', 'options', options, "an object such as { p12: await readFile('anna.p12'), passphrase }");
  checkBytes('signPdf', 'options.p12', options!.p12, 'a PKCS#12 (.p12) file');
  if (typeof options!.passphrase !== 'string') checkString('signPdf', 'options.passphrase', options!.passphrase, 'the passphrase of the .p12 file (a text)');
  checkObject('signPdf', 'options.visible', options!.visible, 'an object such as { page: 1 }', true);
  if (options!.tsa !== undefined) checkTsaOptions('signPdf', 'options.tsa', options!.tsa);
}

/** Checks the `tsa` of signPdf and timestampPdf: a URL and CA certificates in any form verifyPdf takes. */
export function checkTsaOptions(fn: string, name: string, tsa: unknown): void {
  checkObject(fn, name, tsa, "an object such as { url: 'https://tsa.example/' }");
  checkString(fn, `${name}.url`, tsa!.url, 'the URL of an RFC 3161 time-stamping authority');
  caCertificates(fn, `${name}.ca`, tsa!.ca);
}

/** Checks timestampPdf(pdf, tsa). */
export function checkTimestampArguments(pdf: unknown, tsa: unknown): void {
  checkBytes('timestampPdf', 'pdf', pdf, PDF);
  checkTsaOptions('timestampPdf', 'tsa', tsa);
}

/** Checks addValidationData(pdf, data). */
export function checkValidationDataArguments(pdf: unknown, data: unknown): void {
  checkBytes('addValidationData', 'pdf', pdf, PDF);
  checkObject('addValidationData', 'data', data, 'an object such as { certificates: [der], crls: [der] }');
  for (const key of ['certificates', 'crls', 'ocsps']) {
    const list = data![key];
    checkArray('addValidationData', `data.${key}`, list, 'DER bytes', true);
    for (const [index, item] of (list ?? []).entries()) checkBytes('addValidationData', `data.${key}[${index}]`, item, 'a DER structure');
  }
}

/** Checks verifyPdf(pdf, options). */
export function checkVerifyArguments(pdf: unknown, options: unknown): void {
  checkBytes('verifyPdf', 'pdf', pdf, PDF);
  checkObject('verifyPdf', 'options', options, 'an object such as { ca: [await readFile(\'ca.pem\')] }', true);
}
