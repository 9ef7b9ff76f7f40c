import type { X509Certificate } from 'node:crypto';
import { chainTrust, readCertificates } from './chain.js';
import { checkCms, type CmsCheck } from './cms-verify.js';
import { findSignatures, type FoundSignature } from './find-signatures.js';
import { pdfDate } from './pdf-objects.js';
import { assertPdf } from './pdf-structure.js';
import type { SignatureReport, VerifyOptions } from './types.js';
import { commonName, oneLineName } from './x509.js';

const CMS_SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached', 'adbe.pkcs7.sha1']);

/**
 * Reports on every signature in a PDF: whether the signed bytes are intact, whether the signature covers the
 * whole file or only an earlier revision, who signed and when, and whether the signer's certificate chains to
 * one of the given CA certificates (without them, nothing is trusted).
 */
export async function verifyPdf(pdf: Uint8Array, options: VerifyOptions = {}): Promise<SignatureReport[]> {
  const name = options.name ?? 'the PDF';
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  assertPdf(bytes, name);
  const anchors = (options.ca ?? []).flatMap((ca, index) => readCertificates(ca, `CA file ${index + 1}`));
  const now = options.now ?? new Date();
  const reports: SignatureReport[] = [];
  for (const [index, found] of findSignatures(bytes).entries()) {
    reports.push(await report(index + 1, found, bytes, anchors, now));
  }
  return reports;
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
  };
  copyDefined(base, { field: found.field, reason: found.reason, location: found.location, subFilter: found.subFilter });
  const problem = found.problem ?? byteRangeProblem(found, pdf);
  if (problem) return withDictionaryDetails({ ...base, problem }, found);
  if (!found.subFilter || !CMS_SUBFILTERS.has(found.subFilter)) {
    return withDictionaryDetails({ ...base, problem: `signatures of sub-filter ${found.subFilter ?? '(none)'} are not checked` }, found);
  }
  const signedBytes = Buffer.concat([pdf.subarray(0, byteRange[1]), pdf.subarray(byteRange[2], signedEnd)]);
  const check = await checkCms(found.contents!.bytes, signedBytes, found.subFilter === 'adbe.pkcs7.sha1');
  return describeCheck(base, found, check, anchors, now);
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
    return `its /ByteRange [${found.byteRange!.join(' ')}] does not fit the file (${pdf.length} bytes)`;
  }
  if (found.contents!.start !== gapStart || found.contents!.end !== gapEnd) {
    return 'its /ByteRange does not leave out exactly the signature value (/Contents); the signature does not sign this file as written';
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
