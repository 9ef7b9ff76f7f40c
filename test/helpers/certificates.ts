import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TestIdentity {
  /** PKCS#12 with 3DES (what node-forge writes), holding the key, the certificate and `chain`. */
  p12: Buffer;
  certificatePem: string;
  keyPem: string;
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

export interface IdentityOptions {
  commonName?: string;
  passphrase?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Sign the certificate with this identity instead of itself. */
  issuer?: TestIdentity;
  ca?: boolean;
}

let serial = 1;

/** A throwaway RSA key and certificate made at test time; nothing secret is ever committed. */
export function makeIdentity(options: IdentityOptions = {}): TestIdentity {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  certificate.serialNumber = String(serial++).padStart(2, '0');
  certificate.validity.notBefore = options.notBefore ?? new Date(Date.now() - 24 * 3600 * 1000);
  certificate.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const subject = [{ name: 'commonName', value: options.commonName ?? 'Test Signer' }, { name: 'organizationName', value: 'Exempelföreningen' }];
  certificate.setSubject(subject);
  certificate.setIssuer(options.issuer ? options.issuer.certificate.subject.attributes : subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: options.ca === true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, keyCertSign: options.ca === true },
  ]);
  certificate.sign(options.issuer?.key ?? key, forge.md.sha256.create());
  const chain = options.issuer ? [certificate, options.issuer.certificate] : [certificate];
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(key, chain, options.passphrase ?? 'test-passphrase', { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary'), certificatePem: forge.pki.certificateToPem(certificate), keyPem, key, certificate };
}

/** The same identity exported by `openssl pkcs12 -export` with OpenSSL 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC) unless `extra` says otherwise. */
export function opensslP12(identity: TestIdentity, passphrase: string, directory: string, extra: string[] = []): Buffer {
  writeFileSync(join(directory, 'openssl-key.pem'), identity.keyPem, { mode: 0o600 });
  writeFileSync(join(directory, 'openssl-cert.pem'), identity.certificatePem);
  return execFileSync('openssl', ['pkcs12', '-export', ...extra, '-passout', 'env:P12_PASS', '-inkey', join(directory, 'openssl-key.pem'), '-in', join(directory, 'openssl-cert.pem')], {
    env: { ...process.env, P12_PASS: passphrase },
  });
}
