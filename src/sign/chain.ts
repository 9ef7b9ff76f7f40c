import { X509Certificate } from 'node:crypto';
import { checkArray, checkThat } from '../api/arguments.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Trust } from './types.js';

const MAX_CHAIN = 10;

/**
 * Whether the signer's certificate chains to one of the given CA certificates, through intermediates carried in
 * the signature. Without CA certificates nothing is trusted.
 */
export function chainTrust(signer: X509Certificate, intermediates: readonly X509Certificate[], anchors: readonly X509Certificate[]): Trust {
  if (anchors.length === 0) return 'untrusted (no CA given)';
  let current = signer;
  const used = new Set<string>([signer.fingerprint256]);
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (anchors.some((anchor) => anchor.fingerprint256 === current.fingerprint256 || issuedBy(current, anchor))) return 'trusted';
    const next = intermediates.find((cert) => cert.ca && !used.has(cert.fingerprint256) && issuedBy(current, cert));
    if (!next) break;
    used.add(next.fingerprint256);
    current = next;
  }
  return 'untrusted (chain does not reach the given CA)';
}

function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** Reads CA certificates from PEM (any number of CERTIFICATE blocks) or a single DER certificate. */
export function readCertificates(bytes: Uint8Array, name: string): X509Certificate[] {
  const text = Buffer.from(bytes).toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  try {
    if (blocks) return blocks.map((block) => new X509Certificate(block));
    return [new X509Certificate(Buffer.from(bytes))];
  } catch {
    throw new CompactError(t('sign.caUnreadable', { file: name }));
  }
}

/** A trusted CA certificate as a caller gives it: PEM or DER bytes, PEM text, or a parsed certificate. */
export type CaCertificate = Uint8Array | string | X509Certificate;

/** The certificates of a `ca` option (verifyPdf's `ca`, a TSA's `ca`); anything else is a CompactError. */
export function caCertificates(fn: string, name: string, value: unknown): X509Certificate[] {
  checkArray(fn, name, value, t('api.caCertificates'), true);
  return (value ?? []).flatMap((item, index) => caCertificate(fn, `${name}[${index}]`, item));
}

function caCertificate(fn: string, name: string, item: unknown): X509Certificate[] {
  if (item instanceof X509Certificate) return [item];
  checkThat(fn, name, item, typeof item === 'string' || item instanceof Uint8Array, t('api.caCertificate'));
  const bytes = typeof item === 'string' ? Buffer.from(item, 'latin1') : (item as Uint8Array);
  return readCertificates(bytes, `${fn} ${name}`);
}
