import { t } from '../i18n/index.js';
import type { ChalkInstance } from 'chalk';
import type { SignatureReport, Trust } from './types.js';
import { count } from '../util/plural.js';
import { textTable } from '../util/text-table.js';

/** A verification report as a table, one row per signature, with notes under it. */
export function formatSignatureReports(file: string, reports: readonly SignatureReport[], color: ChalkInstance): string {
  if (reports.length === 0) return `${t('verify.none', { file })}\n`;
  const header = ['#', ...['signer', 'signedAt', 'reason', 'location', 'intact', 'covers', 'trust'].map((column) => t('verify.column', { column })), t('verify.column.level')];
  const rows = reports.map((report) => [
    String(report.index),
    report.signer ?? '?',
    report.signingTime ? `${report.signingTime.slice(0, 16).replace('T', ' ')} UTC` : '?',
    report.reason ?? '',
    report.location ?? '',
    report.intact ? t('common.yes') : t('verify.notIntact'),
    coverage(report),
    trustWords(report.trust),
    report.kind === 'document-timestamp' ? t('verify.documentTimestamp') : (report.level ?? ''),
  ]);
  const paint = (text: string, column: number, row: number): string => {
    if (row === 0) return color.bold(text);
    const report = reports[row - 1]!;
    if (column === 5) return report.intact ? color.green(text) : color.red(text);
    return column === 7 && report.trust === 'trusted' ? color.green(text) : text;
  };
  const out = [`${file}: ${count(reports.length, 'signature')}`, ...textTable(header, rows, paint)];
  for (const report of reports) {
    for (const note of notes(report)) out.push(`  #${report.index}: ${note}`);
  }
  return `${out.join('\n')}\n`;
}

/** The trust of a signature or timestamp in the reader's words. */
function trustWords(trust: Trust): string {
  return t('verify.trust', { trust: trust === 'trusted' ? 'trusted' : trust.includes('no CA') ? 'no_ca' : 'chain' });
}

function coverage(report: SignatureReport): string {
  if (report.coversWholeDocument) return t('verify.covers.whole');
  // A byte range that ends past the end of the file (or is missing) signs no revision of this file.
  return report.bytesAfter > 0 ? t('verify.covers.revision', { bytes: report.bytesAfter }) : t('verify.covers.none');
}

function notes(report: SignatureReport): string[] {
  const found: string[] = [];
  if (report.problem) found.push(report.problem);
  const certificate = report.certificate;
  if (certificate?.expiredAtSigning) found.push(t('verify.note.expiredAtSigning', { date: certificate.notAfter.slice(0, 10) }));
  else if (certificate?.notYetValidAtSigning) found.push(t('verify.note.notYetValid', { date: certificate.notBefore.slice(0, 10) }));
  else if (certificate?.expiredNow) found.push(t('verify.note.expiredNow', { date: certificate.notAfter.slice(0, 10) }));
  if (report.subFilter && report.subFilter !== 'ETSI.CAdES.detached' && report.kind !== 'document-timestamp') found.push(t('verify.note.subFilter', { subFilter: report.subFilter }));
  const stamp = report.timestamp;
  if (stamp && report.kind !== 'document-timestamp') {
    const values = { time: stamp.time ? `${stamp.time.slice(0, 19).replace('T', ' ')} UTC` : '?', authority: stamp.authority ?? '?', trust: trustWords(stamp.trust) };
    if (stamp.intact) found.push(t(stamp.source === 'document' ? 'verify.note.documentTimestamp' : 'verify.note.timestamp', values));
    else found.push(t('verify.note.timestampBroken', { ...values, problem: stamp.problem ?? '' }));
  }
  const revocation = report.revocation;
  if (revocation?.status === 'revoked') found.push(t('verify.note.revoked', { date: (revocation.revokedAt ?? '?').slice(0, 19).replace('T', ' '), source: revocation.source ?? '' }));
  else if (revocation?.status === 'good') found.push(t('verify.note.notRevoked', { source: revocation.source ?? '' }));
  else if (revocation?.status === 'unknown') found.push(t('verify.note.revocationUnknown'));
  return found;
}
