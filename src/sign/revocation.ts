import { X509Certificate } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';
import type { DssContents } from './dss.js';

/** What the revocation data in the DSS says about a certificate. */
export interface RevocationStatus {
  /** good: a CRL or OCSP response from its issuer covers it and does not list it; revoked: one lists it; unknown: none covers it. */
  status: 'good' | 'revoked' | 'unknown';
  source?: 'crl' | 'ocsp';
  /** When it was revoked, ISO 8601. */
  revokedAt?: string;
  /** The time of the CRL (thisUpdate) or OCSP response (producedAt) that decided it. */
  checkedAt?: string;
}

/**
 * Checks a certificate against the CRLs and OCSP responses in a DSS: a CRL counts when its issuer is the
 * certificate's issuer and its signature verifies with that issuer's certificate (from `issuers`); an OCSP
 * response counts when it names the certificate's serial number and its signature verifies.
 */
export async function revocationStatus(certificate: X509Certificate, issuers: readonly X509Certificate[], dss: DssContents): Promise<RevocationStatus> {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const target = pkijs.Certificate.fromBER(certificate.raw);
  const issuer = issuers.find((candidate) => certificate.checkIssued(candidate) && safeVerify(certificate, candidate));
  const serial = Buffer.from(target.serialNumber.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '');
  let good: RevocationStatus | undefined;
  for (const der of dss.crls) {
    let crl: import('pkijs').CertificateRevocationList;
    try {
      crl = pkijs.CertificateRevocationList.fromBER(new Uint8Array(der));
    } catch {
      continue;
    }
    if (!issuer || !crl.issuer.isEqual(target.issuer)) continue;
    const verified = await crl.verify({ issuerCertificate: pkijs.Certificate.fromBER(issuer.raw) }).catch(() => false);
    if (!verified) continue;
    const checkedAt = crl.thisUpdate.value.toISOString();
    const entry = crl.revokedCertificates?.find((revoked) => Buffer.from(revoked.userCertificate.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '') === serial);
    if (entry) return { status: 'revoked', source: 'crl', revokedAt: entry.revocationDate.value.toISOString(), checkedAt };
    good ??= { status: 'good', source: 'crl', checkedAt };
  }
  for (const der of dss.ocsps) {
    const found = await ocspStatus(der, serial, issuer ? [issuer, ...issuers] : [...issuers]);
    if (found?.status === 'revoked') return found;
    if (found?.status === 'good') good ??= found;
  }
  return good ?? { status: 'unknown' };
}

async function ocspStatus(der: Buffer, serial: string, trusted: X509Certificate[]): Promise<RevocationStatus | undefined> {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  try {
    const response = pkijs.OCSPResponse.fromBER(new Uint8Array(der));
    if (!response.responseBytes) return undefined;
    const basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(response.responseBytes.response.valueBlock.valueHexView));
    const verified = await basic.verify({ trustedCerts: trusted.map((cert) => pkijs.Certificate.fromBER(new Uint8Array(cert.raw))) }).catch(() => false);
    if (!verified) return undefined;
    const checkedAt = basic.tbsResponseData.producedAt.toISOString();
    for (const single of basic.tbsResponseData.responses) {
      if (Buffer.from(single.certID.serialNumber.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '') !== serial) continue;
      const tag = single.certStatus.idBlock.tagNumber;
      if (tag === 0) return { status: 'good', source: 'ocsp', checkedAt };
      if (tag === 1) {
        const time = single.certStatus.valueBlock.value?.[0];
        const revokedAt = time && typeof time.toDate === 'function' ? (time.toDate() as Date).toISOString() : undefined;
        return { status: 'revoked', source: 'ocsp', checkedAt, ...(revokedAt ? { revokedAt } : {}) };
      }
      return { status: 'unknown', source: 'ocsp', checkedAt };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function safeVerify(certificate: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return certificate.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
