import { X509Certificate, createHash } from 'node:crypto';
import { CompactError } from '../errors.js';
import { checkValidationDataArguments } from './arguments.js';
import { t } from '../i18n/index.js';
import { checkCms } from './cms-verify.js';
import { findSignatures } from './find-signatures.js';
import { PdfRevision, isDict, isRef, rawStream, serialize } from './incremental.js';
import { assertSignablePdf } from './pdf-structure.js';
import { checkTimestampToken } from './timestamp.js';

/** Validation data for PAdES B-LT: certificates, CRLs and OCSP responses, each DER. */
export interface ValidationData {
  certificates?: Uint8Array[];
  crls?: Uint8Array[];
  ocsps?: Uint8Array[];
}

/**
 * Adds (or extends) the Document Security Store (ISO 32000-2 §12.8.4.3, ETSI EN 319 142-1 5.4) as an incremental
 * update: every certificate the signatures and their timestamps carry, plus the CRLs and OCSP responses given,
 * and for each signature a VRI entry keyed by the uppercase hex SHA-1 of its /Contents. Nothing earlier in the file
 * changes, so every signature stays valid; the signatures become PAdES B-LT.
 */
export async function addValidationData(pdf: Uint8Array, data: ValidationData, names: { pdf?: string } = {}): Promise<Buffer> {
  checkValidationDataArguments(pdf, data);
  const pdfName = names.pdf ?? 'the PDF';
  assertSignablePdf(pdf, pdfName);
  const bytes = Buffer.from(pdf);
  const signatures = findSignatures(bytes).filter((found) => found.contents && found.byteRange);
  if (signatures.length === 0) throw new CompactError(t('sign.ltv.noSignatures', { file: pdfName }));
  const revision = new PdfRevision(bytes);
  const crls = (data.crls ?? []).map((crl) => Buffer.from(crl));
  const ocsps = (data.ocsps ?? []).map((ocsp) => Buffer.from(ocsp));

  const certificates = new Map<string, Buffer>();
  const addCertificate = (cert: X509Certificate) => certificates.set(cert.fingerprint256, Buffer.from(cert.raw));
  for (const der of data.certificates ?? []) addCertificate(new X509Certificate(Buffer.from(der)));
  const perSignature: { key: string; fingerprints: string[] }[] = [];
  for (const found of signatures) {
    const [start, gapStart, gapEnd, length] = found.byteRange!;
    const signed = Buffer.concat([bytes.subarray(start, gapStart), bytes.subarray(gapEnd, gapEnd + length)]);
    const certs: X509Certificate[] = [];
    if (found.subFilter === 'ETSI.RFC3161') certs.push(...(await checkTimestampToken(found.contents!.bytes, signed, [])).certificates);
    else {
      const check = await checkCms(found.contents!.bytes, signed);
      certs.push(...check.certificates);
      for (const token of check.timestampTokens ?? []) certs.push(...(await checkTimestampToken(token, check.signatureValue ?? Buffer.alloc(0), [])).certificates);
    }
    certs.forEach(addCertificate);
    perSignature.push({ key: vriKey(found.contents!.bytes), fingerprints: certs.map((cert) => cert.fingerprint256) });
  }

  const existing = readDss(revision);
  let next = revision.size;
  const objects = new Map<number, Buffer | string>();
  const store = (body: Buffer) => {
    const number = next++;
    objects.set(number, body);
    return number;
  };
  const certRefs = new Map<string, number>();
  for (const [fingerprint, der] of certificates) {
    if (!existing.certFingerprints.has(fingerprint)) certRefs.set(fingerprint, store(rawStream(der)));
  }
  const crlRefs = crls.map((crl) => store(rawStream(crl)));
  const ocspRefs = ocsps.map((ocsp) => store(rawStream(ocsp)));
  const refs = (numbers: number[]) => numbers.map((n) => `${n} 0 R`).join(' ');
  const vri = perSignature
    .filter(({ key }) => !existing.vriKeys.has(key))
    .map(({ key, fingerprints }) => {
      const certs = fingerprints.flatMap((fp) => (certRefs.has(fp) ? [certRefs.get(fp)!] : existing.certFingerprints.has(fp) ? [existing.certFingerprints.get(fp)!] : []));
      const entries = [`/Cert [${refs([...new Set(certs)])}]`, ...(crlRefs.length ? [`/CRL [${refs(crlRefs)}]`] : []), ...(ocspRefs.length ? [`/OCSP [${refs(ocspRefs)}]`] : [])];
      return `/${key} << ${entries.join(' ')} >>`;
    });
  const dss = [
    '<< /Type /DSS',
    `/Certs [${[...existing.certs, ...refs([...certRefs.values()]).split(' ').filter(Boolean)].join(' ')}]`,
    `/CRLs [${[...existing.crls, refs(crlRefs)].filter(Boolean).join(' ')}]`,
    `/OCSPs [${[...existing.ocsps, refs(ocspRefs)].filter(Boolean).join(' ')}]`,
    `/VRI << ${[...existing.vri, ...vri].join(' ')} >>`,
    '>>',
  ].join('\n');
  const dssNumber = store(Buffer.from(dss, 'latin1'));

  const root = revision.trailer.entries.get('Root');
  if (!isRef(root)) throw new CompactError(t('sign.ltv.noCatalog', { file: pdfName }));
  const catalog = revision.rawValue(root.num).replace(/\/DSS\s+\d+\s+\d+\s+R/, '');
  const closing = catalog.lastIndexOf('>>');
  objects.set(root.num, `${catalog.slice(0, closing).trimEnd()}\n/DSS ${dssNumber} 0 R\n>>`);
  return revision.append(objects, next);
}

/** The VRI key of a signature: the uppercase hex SHA-1 of its /Contents as written (padding included), as pyHanko and Adobe compute it. */
export function vriKey(contents: Uint8Array): string {
  return createHash('sha1').update(contents).digest('hex').toUpperCase();
}

interface ExistingDss {
  certs: string[];
  crls: string[];
  ocsps: string[];
  vri: string[];
  vriKeys: Set<string>;
  certFingerprints: Map<string, number>;
}

function readDss(revision: PdfRevision): ExistingDss {
  const empty: ExistingDss = { certs: [], crls: [], ocsps: [], vri: [], vriKeys: new Set(), certFingerprints: new Map() };
  const dss = dssDictionary(revision);
  if (!dss) return empty;
  const refsOf = (key: string) => {
    const value = revision.resolve(dss.entries.get(key));
    return Array.isArray(value) ? value.filter(isRef) : [];
  };
  const certs = refsOf('Certs');
  for (const ref of certs) {
    const data = revision.streamData(ref.num);
    if (data) empty.certFingerprints.set(new X509Certificate(data).fingerprint256, ref.num);
  }
  const vri = revision.resolve(dss.entries.get('VRI'));
  if (isDict(vri)) {
    for (const [key, value] of vri.entries) {
      empty.vriKeys.add(key);
      empty.vri.push(`/${key} ${serialize(value)}`);
    }
  }
  return {
    ...empty,
    certs: certs.map((ref) => `${ref.num} ${ref.gen} R`),
    crls: refsOf('CRLs').map((ref) => `${ref.num} ${ref.gen} R`),
    ocsps: refsOf('OCSPs').map((ref) => `${ref.num} ${ref.gen} R`),
  };
}

function dssDictionary(revision: PdfRevision) {
  const catalog = revision.resolve(revision.trailer.entries.get('Root'));
  if (!isDict(catalog)) return undefined;
  const dss = revision.resolve(catalog.entries.get('DSS'));
  return isDict(dss) ? dss : undefined;
}

/** What the DSS of a revision of the file holds, decoded. */
export interface DssContents {
  certificates: X509Certificate[];
  crls: Buffer[];
  ocsps: Buffer[];
  vriKeys: Set<string>;
}

/** Reads the DSS of the PDF (as of the end of `pdf`), or undefined when there is none. */
export function readDssContents(pdf: Buffer): DssContents | undefined {
  let revision: PdfRevision;
  try {
    revision = new PdfRevision(pdf);
  } catch {
    return undefined;
  }
  const dss = dssDictionary(revision);
  if (!dss) return undefined;
  const streams = (key: string) => {
    const value = revision.resolve(dss.entries.get(key));
    return (Array.isArray(value) ? value.filter(isRef) : []).flatMap((ref) => {
      const data = revision.streamData(ref.num);
      return data ? [data] : [];
    });
  };
  const certificates = streams('Certs').flatMap((der) => {
    try {
      return [new X509Certificate(der)];
    } catch {
      return [];
    }
  });
  const vri = revision.resolve(dss.entries.get('VRI'));
  return { certificates, crls: streams('CRLs'), ocsps: streams('OCSPs'), vriKeys: new Set(isDict(vri) ? vri.entries.keys() : []) };
}
