import type { X509Certificate } from 'node:crypto';
import { t } from '../i18n/index.js';
import { checkVerifyArguments } from './arguments.js';
import { caCertificates, chainTrust } from './chain.js';
import { checkCms, type CmsCheck } from './cms-verify.js';
import { readDssContents, vriKey, type DssContents } from './dss.js';
import { findSignatures, type FoundSignature } from './find-signatures.js';
import { revocationStatus } from './revocation.js';
import { checkTimestampToken, type TimestampCheck } from './timestamp.js';
import { pdfDate } from './pdf-objects.js';
import { assertPdf } from './pdf-structure.js';
import type { SignatureLevel, SignatureReport, TimestampReport, VerifyOptions } from './types.js';
import { commonName, oneLineName } from './x509.js';

const CMS_SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached', 'adbe.pkcs7.sha1']);

/**
 * Reports on every signature in a PDF: whether the signed bytes are intact, whether the signature covers the
 * whole file or only an earlier revision, who signed and when, and whether the signer's certificate chains to
 * one of the given CA certificates (without them, nothing is trusted).
 */
export async function verifyPdf(pdf: Uint8Array, options: VerifyOptions = {}): Promise<SignatureReport[]> {
  checkVerifyArguments(pdf, options);
  const name = options.name ?? 'the PDF';
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  assertPdf(bytes, name);
  const anchors = caCertificates('verifyPdf', 'options.ca', options.ca);
  const now = options.now ?? new Date();
  const reports: SignatureReport[] = [];
  const found = findSignatures(bytes);
  for (const [index, signature] of found.entries()) {
    reports.push(await report(index + 1, signature, bytes, anchors, now));
  }
  await addLevels(reports, found, bytes);
  return reports;
}

/**
 * The PAdES level of each signature (ETSI EN 319 142-1): B-B; B-T with a trustworthy time for it (its own
 * signature timestamp, or a later document timestamp); B-LT when the DSS of a later revision holds the validation
 * data for it (its VRI entry, or certificates with CRLs or OCSP responses); B-LTA when a document timestamp
 * covers that DSS. Revocation data in the DSS is checked against the signer's certificate.
 */
async function addLevels(reports: SignatureReport[], found: FoundSignature[], pdf: Buffer): Promise<void> {
  const ends = found.map((f) => (f.byteRange ? f.byteRange[2] + f.byteRange[3] : 0));
  const dss = readDssContents(pdf);
  for (const [i, report] of reports.entries()) {
    if (report.kind === 'document-timestamp') continue;
    const laterDocTimestamp = reports.find((other, j) => other.kind === 'document-timestamp' && other.intact && ends[j]! > ends[i]!);
    if (!report.timestamp && laterDocTimestamp?.timestamp) report.timestamp = { ...laterDocTimestamp.timestamp, source: 'document' };
    const timestamped = report.timestamp?.intact === true;
    let level: SignatureLevel = 'B-B';
    if (timestamped) level = 'B-T';
    const contents = found[i]!.contents;
    if (dss && timestamped && contents) {
      const signerFingerprint = report.signerCertificate?.fingerprint256;
      const chainStored = signerFingerprint !== undefined && dss.certificates.some((cert) => cert.fingerprint256 === signerFingerprint);
      const covered = dss.vriKeys.has(vriKey(contents.bytes)) || (chainStored && dss.crls.length + dss.ocsps.length > 0);
      if (covered) {
        level = 'B-LT';
        const ltaAt = reports.findIndex((other, j) => other.kind === 'document-timestamp' && other.intact && ends[j]! > ends[i]! && dssBefore(pdf, other.byteRange[1]));
        if (ltaAt >= 0) level = 'B-LTA';
      }
    }
    report.level = level;
    if (dss && report.signerCertificate) await addRevocation(report, report.signerCertificate, dss);
    if (report.timestamp?.time && report.certificate && report.timestamp.intact) {
      const at = new Date(report.timestamp.time);
      report.certificate.judgedAt = report.timestamp.time;
      report.certificate.expiredAtSigning = at > new Date(report.certificate.notAfter);
      report.certificate.notYetValidAtSigning = at < new Date(report.certificate.notBefore);
    }
  }
  for (const report of reports) {
    delete report.signerCertificate;
    delete report.chainCertificates;
  }
}

/** Whether the revision that ends before `offset` (the last %%EOF before it) has a DSS. */
function dssBefore(pdf: Buffer, offset: number): boolean {
  const eof = pdf.lastIndexOf('%%EOF', offset);
  if (eof < 0) return false;
  return (readDssContents(pdf.subarray(0, eof + 5))?.certificates.length ?? 0) > 0;
}

async function addRevocation(report: SignatureReport, signer: X509Certificate, dss: DssContents): Promise<void> {
  const issuers = [...(report.chainCertificates ?? []), ...dss.certificates];
  const status: NonNullable<SignatureReport['revocation']> = await revocationStatus(signer, issuers, dss);
  report.revocation = status;
  if (status.status === 'revoked' && status.revokedAt) {
    const signedAt = report.timestamp?.intact && report.timestamp.time ? report.timestamp.time : report.signingTime;
    status.revokedBeforeSigning = signedAt === undefined || new Date(status.revokedAt) <= new Date(signedAt);
  }
  delete report.chainCertificates;
}

function timestampReport(check: TimestampCheck, source: TimestampReport['source']): TimestampReport {
  const out: TimestampReport = { source, intact: check.intact, trust: check.trust };
  if (check.time) out.time = check.time;
  if (check.authority) out.authority = check.authority;
  if (check.authoritySubject) out.authoritySubject = check.authoritySubject;
  if (check.problem) out.problem = check.problem;
  return out;
}

async function report(index: number, found: FoundSignature, pdf: Buffer, anchors: X509Certificate[], now: Date): Promise<SignatureReport> {
  const byteRange = found.byteRange ?? [0, 0, 0, 0];
  const signedEnd = byteRange[2] + byteRange[3];
  const base: SignatureReport = {
    index,
    byteRange,
    intact: false,
    coversWholeDocument: found.byteRange !== undefined && signedEnd === pdf.length,
    bytesAfter: Math.max(0, pdf.length - signedEnd),
    trust: anchors.length === 0 ? 'untrusted (no CA given)' : 'untrusted (chain does not reach the given CA)',
    kind: 'signature',
  };
  copyDefined(base, { field: found.field, reason: found.reason, location: found.location, subFilter: found.subFilter });
  const problem = found.problem ?? byteRangeProblem(found, pdf);
  if (problem) return withDictionaryDetails({ ...base, problem }, found);
  if (found.subFilter === 'ETSI.RFC3161') {
    const signedBytes = Buffer.concat([pdf.subarray(0, byteRange[1]), pdf.subarray(byteRange[2], signedEnd)]);
    const check = await checkTimestampToken(found.contents!.bytes, signedBytes, anchors);
    const result: SignatureReport = { ...base, kind: 'document-timestamp', intact: check.intact, timestamp: timestampReport(check, 'document'), trust: check.trust };
    if (check.problem) result.problem = check.problem;
    if (check.authority) result.signer = check.authority;
    if (check.time) {
      result.signingTime = check.time;
      result.signingTimeSource = 'timestamp';
    }
    return result;
  }
  if (!found.subFilter || !CMS_SUBFILTERS.has(found.subFilter)) {
    return withDictionaryDetails({ ...base, problem: t('verify.problem.subFilterNotChecked', { subFilter: found.subFilter ?? t('verify.problem.noSubFilter') }) }, found);
  }
  const signedBytes = Buffer.concat([pdf.subarray(0, byteRange[1]), pdf.subarray(byteRange[2], signedEnd)]);
  const check = await checkCms(found.contents!.bytes, signedBytes, found.subFilter === 'adbe.pkcs7.sha1');
  const result = describeCheck(base, found, check, anchors, now);
  const token = check.timestampTokens?.[0];
  if (token && check.signatureValue) {
    const tsCheck = await checkTimestampToken(token, check.signatureValue, anchors);
    result.timestamp = timestampReport(tsCheck, 'signature');
  }
  if (check.signer) {
    result.signerCertificate = check.signer;
    result.chainCertificates = check.certificates.filter((cert) => cert !== check.signer);
  }
  return result;
}

function describeCheck(base: SignatureReport, found: FoundSignature, check: CmsCheck, anchors: X509Certificate[], now: Date): SignatureReport {
  const result: SignatureReport = { ...base, intact: check.intact };
  if (check.problem) result.problem = check.problem;
  const signingTime = check.signingTime?.toISOString() ?? pdfDate(found.modified);
  if (signingTime) {
    result.signingTime = signingTime;
    result.signingTimeSource = check.signingTime ? 'cms' : 'dictionary';
  }
  const signer = check.signer;
  if (!signer) return withDictionaryDetails(result, found);
  const signerName = commonName(signer) ?? found.name;
  if (signerName) result.signer = signerName;
  result.subject = oneLineName(signer.subject);
  const notBefore = new Date(signer.validFrom);
  const notAfter = new Date(signer.validTo);
  const at = signingTime ? new Date(signingTime) : now;
  result.certificate = {
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    expiredAtSigning: at > notAfter,
    notYetValidAtSigning: at < notBefore,
    expiredNow: now > notAfter,
  };
  if (check.intact) result.trust = chainTrust(signer, check.certificates.filter((cert) => cert !== signer), anchors);
  return result;
}

/** The gap the byte range leaves must be exactly the /Contents string, and the range must lie inside the file. */
function byteRangeProblem(found: FoundSignature, pdf: Buffer): string | undefined {
  const [start, gapStart, gapEnd, length] = found.byteRange!;
  if (start !== 0 || gapStart <= 0 || gapEnd <= gapStart || gapEnd + length > pdf.length) {
    return t('verify.problem.byteRangeOutside', { range: found.byteRange!.join(' '), bytes: pdf.length });
  }
  if (found.contents!.start !== gapStart || found.contents!.end !== gapEnd) {
    return t('verify.problem.byteRangeGap');
  }
  return undefined;
}

function withDictionaryDetails(result: SignatureReport, found: FoundSignature): SignatureReport {
  if (!result.signer && found.name) result.signer = found.name;
  if (!result.signingTime) {
    const time = pdfDate(found.modified);
    if (time) {
      result.signingTime = time;
      result.signingTimeSource = 'dictionary';
    }
  }
  return result;
}

function copyDefined(target: SignatureReport, values: Partial<SignatureReport>): void {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) (target as unknown as Record<string, unknown>)[key] = value;
}
