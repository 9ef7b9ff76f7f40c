import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { CompactError } from '../errors.js';
import { lazyRequire } from '../util/lazy-require.js';

/** What a signature needs from a PKCS#12 file: the key, its certificate and any other certificates in the file. */
export interface SigningMaterial {
  privateKey: KeyObject;
  certificate: X509Certificate;
  /** Other certificates in the file (the issuing chain), in file order. */
  chain: X509Certificate[];
}

/**
 * Reads a PKCS#12 (.p12/.pfx) file with node-forge: legacy (3DES/RC2) and OpenSSL 3 default (AES-256/PBKDF2,
 * SHA-256 MAC) files both work. Messages name the file and never repeat the passphrase or key material.
 */
export async function readP12(p12: Uint8Array, passphrase: string, label = 'the certificate file'): Promise<SigningMaterial> {
  const forge = lazyRequire<typeof import('node-forge')>('node-forge');
  let asn1: import('node-forge').asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
  } catch {
    throw new CompactError(`cannot read ${label}: it is not a PKCS#12 (.p12/.pfx) file or it is damaged`);
  }
  let parsed: import('node-forge').pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    throw new CompactError(p12Problem(error, label, /[^\x00-\x7f]/.test(passphrase)));
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const certBags = parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const forgeKey = keyBags.find((bag) => bag.key)?.key as import('node-forge').pki.rsa.PrivateKey | undefined;
  if (!forgeKey) throw new CompactError(`${label} holds no private key; export the certificate together with its key (openssl pkcs12 -export -inkey KEY.pem -in CERT.pem)`);
  const certificates = certBags.flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as import('node-forge').pki.rsa.PublicKey;
    return publicKey.n?.equals(forgeKey.n) && publicKey.e?.equals(forgeKey.e);
  });
  if (!own) throw new CompactError(`${label} holds no certificate for its private key; export the key with its certificate`);
  const toX509 = (cert: import('node-forge').pki.Certificate) =>
    new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'));
  return {
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(forgeKey)),
    certificate: toX509(own),
    chain: certificates.filter((cert) => cert !== own).map(toX509),
  };
}

function p12Problem(error: unknown, label: string, nonAsciiPassphrase: boolean): string {
  const message = error instanceof Error ? error.message : '';
  if (/MAC could not be verified|Invalid password|decrypt/i.test(message) || (nonAsciiPassphrase && /Too few bytes|Unparsed DER|invalid/i.test(message))) {
    // node-forge derives AES (PBES2) keys from the passphrase's low bytes, not its UTF-8, so å/ä/ö fail there.
    const hint = nonAsciiPassphrase ? '; if the file was made by OpenSSL 3 (AES), a passphrase with letters such as å, ä, ö cannot be used — re-export it with openssl pkcs12 -export -legacy' : '';
    return `cannot open ${label}: wrong passphrase (or the file is damaged)${hint}`;
  }
  if (/not RSA|Unknown OID|unsupported/i.test(message)) {
    return `cannot read ${label}: it uses a key type or encryption that is not supported (only RSA keys are); export an RSA key, or re-export with openssl pkcs12 -export -legacy`;
  }
  return `cannot read ${label}: it is not a PKCS#12 (.p12/.pfx) file or it is damaged`;
}
