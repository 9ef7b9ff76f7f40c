import { generateKeyPairSync, webcrypto, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import * as pkijs from 'pkijs';

pkijs.setEngine('node-webcrypto', new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }));

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

/** A throwaway RSA key and certificate made at test time with node-forge; nothing secret is ever committed. */
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

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sign');

/**
 * PKCS#12 files written once by `openssl pkcs12 -export` (OpenSSL 3.0) and kept as fixtures, with their
 * passphrases; all issued by the fixture test CA (test-ca.pem, key test-ca.key.pem). See test/fixtures/sign/README.md.
 */
export const FIXTURE_P12 = {
  /** ECDSA P-256 "Åsa Öberg, Västerby kommun", OpenSSL 3 defaults: PBES2/PBKDF2/AES-256-CBC, HMAC-SHA-256 MAC. */
  ecP256: { file: 'ec-p256-openssl3.p12', passphrase: 'kommun-2026', commonName: 'Åsa Öberg' },
  /** The same key and certificate exported with -legacy (RC2-40 certificates, 3DES key, SHA-1 MAC). */
  ecP256Legacy: { file: 'ec-p256-legacy.p12', passphrase: 'kommun-2026', commonName: 'Åsa Öberg' },
  /** The same, OpenSSL 3 defaults, with a passphrase in Swedish letters. */
  ecP256NonAscii: { file: 'ec-p256-nonascii.p12', passphrase: 'Hemligt-lösen-åäö', commonName: 'Åsa Öberg' },
  /** ECDSA P-384 "Per Ek, Föreningen Framåt", OpenSSL 3 defaults. */
  ecP384: { file: 'ec-p384-openssl3.p12', passphrase: 'kommun-2026', commonName: 'Per Ek' },
  /** An RSA-PSS key "Lena Ström", OpenSSL 3 defaults. */
  rsaPss: { file: 'rsa-pss-openssl3.p12', passphrase: 'kommun-2026', commonName: 'Lena Ström' },
  /** RSA "Omar Haddad", -legacy, with a passphrase in Swedish letters. */
  rsaLegacy: { file: 'rsa-legacy.p12', passphrase: 'Hemligt-lösen-åäö', commonName: 'Omar Haddad' },
} as const;

export function fixtureP12(name: keyof typeof FIXTURE_P12): Buffer {
  return readFileSync(join(FIXTURES, FIXTURE_P12[name].file));
}

export function fixturePath(file: string): string {
  return join(FIXTURES, file);
}

/** The fixture CA that issued every fixture PKCS#12, with its key (for CRLs in tests). */
export async function fixtureCa(): Promise<PkiIdentity> {
  const pem = readFileSync(join(FIXTURES, 'test-ca.pem'), 'utf8');
  const keyPem = readFileSync(join(FIXTURES, 'test-ca.key.pem'), 'utf8');
  const der = pemBody(pem);
  const keyDer = pemBody(keyPem);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', keyDer, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return { certificate: pkijs.Certificate.fromBER(der), der, pem, privateKey };
}

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** A certificate and its WebCrypto private key, made with pkijs. */
export interface PkiIdentity {
  certificate: pkijs.Certificate;
  der: Buffer;
  pem: string;
  privateKey: webcrypto.CryptoKey;
  keyObject?: KeyObject;
}

export interface PkiOptions {
  commonName: string;
  issuer?: PkiIdentity;
  ca?: boolean;
  /** Extended key usage timeStamping, critical, as RFC 3161 requires of a TSA certificate. */
  timeStamping?: boolean;
  notBefore?: Date;
  notAfter?: Date;
}

/** An ECDSA P-256 certificate made with pkijs and WebCrypto (no openssl binary). */
export async function makePkiIdentity(options: PkiOptions): Promise<PkiIdentity> {
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: 1000 + serial++ });
  const name = (target: pkijs.RelativeDistinguishedNames) => {
    target.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: options.commonName }) }));
  };
  name(certificate.subject);
  if (options.issuer) certificate.issuer = options.issuer.certificate.subject;
  else name(certificate.issuer);
  certificate.notBefore.value = options.notBefore ?? new Date(Date.now() - 24 * 3600 * 1000);
  certificate.notAfter.value = options.notAfter ?? new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  const extensions = [
    new pkijs.Extension({ extnID: '2.5.29.19', critical: true, extnValue: new pkijs.BasicConstraints({ cA: options.ca === true }).toSchema().toBER() }),
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: keyUsage(options.ca === true).toBER() }),
  ];
  if (options.timeStamping) {
    extensions.push(new pkijs.Extension({ extnID: '2.5.29.37', critical: true, extnValue: new pkijs.ExtKeyUsage({ keyPurposes: ['1.3.6.1.5.5.7.3.8'] }).toSchema().toBER() }));
  }
  certificate.extensions = extensions;
  await certificate.sign(options.issuer?.privateKey ?? keys.privateKey, 'SHA-256');
  const der = Buffer.from(certificate.toSchema().toBER());
  return { certificate, der, pem: toPem(der, 'CERTIFICATE'), privateKey: keys.privateKey };
}

function keyUsage(ca: boolean): asn1js.BitString {
  // digitalSignature (bit 0), nonRepudiation (1); keyCertSign (5) and cRLSign (6) for a CA.
  const bits = ca ? 0b1100_0110 : 0b1100_0000;
  return new asn1js.BitString({ valueHex: new Uint8Array([bits]).buffer, unusedBits: ca ? 1 : 6 });
}

export function toPem(der: Uint8Array, label: string): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${base64}\n-----END ${label}-----\n`;
}

/** A CRL signed by `issuer` listing `revokedSerials` (hex, as X509Certificate.serialNumber gives them). */
export async function makeCrl(issuer: PkiIdentity, revokedSerials: { serialHex: string; at: Date }[]): Promise<Buffer> {
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = issuer.certificate.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: new Date(Date.now() - 3600 * 1000) });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: new Date(Date.now() + 30 * 24 * 3600 * 1000) });
  if (revokedSerials.length > 0) {
    crl.revokedCertificates = revokedSerials.map(
      ({ serialHex, at }) => new pkijs.RevokedCertificate({ userCertificate: new asn1js.Integer({ valueHex: Buffer.from(serialHex.length % 2 ? `0${serialHex}` : serialHex, 'hex') }), revocationDate: new pkijs.Time({ type: 0, value: at }) }),
    );
  }
  await crl.sign(issuer.privateKey, 'SHA-256');
  return Buffer.from(crl.toSchema(true).toBER());
}

/** An OCSP response signed by `issuer` (the CA answers for itself) saying whether `certificateDer` is good or revoked. */
export async function makeOcspResponse(issuer: PkiIdentity, certificateDer: Uint8Array, revokedAt?: Date): Promise<Buffer> {
  const certificate = pkijs.Certificate.fromBER(certificateDer);
  const certID = new pkijs.CertID();
  await certID.createForCertificate(certificate, { hashAlgorithm: 'SHA-1', issuerCertificate: issuer.certificate });
  const status = revokedAt
    ? new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.GeneralizedTime({ valueDate: revokedAt })] })
    : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  const basic = new pkijs.BasicOCSPResponse();
  basic.tbsResponseData.responderID = issuer.certificate.subject;
  basic.tbsResponseData.producedAt = new Date();
  basic.tbsResponseData.responses.push(new pkijs.SingleResponse({ certID, certStatus: status, thisUpdate: new Date() }));
  basic.certs = [issuer.certificate];
  await basic.sign(issuer.privateKey, 'SHA-256');
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new pkijs.ResponseBytes({ responseType: '1.3.6.1.5.5.7.48.1.1', response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER() }) }),
  });
  return Buffer.from(response.toSchema().toBER());
}
