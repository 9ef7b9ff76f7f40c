import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { lazyRequire } from '../util/lazy-require.js';
import { DecryptionFailed, UnsupportedAlgorithm, algorithmName, decryptWithPassphrase, macMatches } from './pkcs12-crypto.js';
import { describeKey, signatureAlgorithmFor, type SignatureAlgorithm } from './signature-algorithm.js';

/** What a signature needs from a PKCS#12 file: the key, its certificate and any other certificates in the file. */
export interface SigningMaterial {
  privateKey: KeyObject;
  certificate: X509Certificate;
  /** Other certificates in the file (the issuing chain), in file order. */
  chain: X509Certificate[];
  /** How this key signs: digest, padding and the CMS algorithm identifiers. */
  algorithm: SignatureAlgorithm;
}

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
};

/**
 * Reads a PKCS#12 (.p12/.pfx) file: its structure with pkijs, its encryption with node:crypto — OpenSSL 3's default
 * (PBES2: PBKDF2 and AES-256-CBC, HMAC-SHA-256 MAC) and the legacy schemes (3DES, RC2) — for RSA, RSA-PSS and
 * ECDSA (P-256, P-384, P-521) keys. Passphrases with any letters work: the MAC and legacy ciphers take them as
 * BMPString, PBES2 as UTF-8, as OpenSSL writes them. Messages name the file and never repeat the passphrase.
 */
export async function readP12(p12: Uint8Array, passphrase: string, label = 'the certificate file'): Promise<SigningMaterial> {
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const notPkcs12 = () => new CompactError(t('sign.p12.notPkcs12', { file: label }));
  let pfx: import('pkijs').PFX;
  let authSafeBytes: Buffer;
  try {
    const parsed = asn1js.fromBER(p12);
    if (parsed.offset === -1) throw notPkcs12();
    pfx = new pkijs.PFX({ schema: parsed.result });
    if (pfx.authSafe.contentType !== OIDS.data) {
      throw new CompactError(t('sign.p12.unsupported', { file: label, algorithm: `${pfx.authSafe.contentType} (public-key integrity)` }));
    }
    authSafeBytes = octets(pfx.authSafe.content);
  } catch (error) {
    if (error instanceof CompactError) throw error;
    throw notPkcs12();
  }

  try {
    if (pfx.macData) {
      const mac = pfx.macData;
      const ok = macMatches(passphrase, authSafeBytes, mac.mac.digestAlgorithm.algorithmId, mac.mac.digest.valueBlock.valueHexView, mac.macSalt.valueBlock.valueHexView, mac.iterations ?? 1);
      if (!ok) throw new DecryptionFailed('MAC');
    }
    const keys: Buffer[] = [];
    const certificates: X509Certificate[] = [];
    const safe = new pkijs.AuthenticatedSafe({ schema: asn1js.fromBER(authSafeBytes).result });
    for (const info of safe.safeContents) {
      let contents: Buffer;
      if (info.contentType === OIDS.data) contents = octets(info.content);
      else if (info.contentType === OIDS.encryptedData) {
        const encrypted = new pkijs.EncryptedData({ schema: info.content });
        const eci = encrypted.encryptedContentInfo;
        contents = decryptWithPassphrase(eci.contentEncryptionAlgorithm, octets(eci.encryptedContent!), passphrase);
      } else throw new UnsupportedAlgorithm(`${info.contentType} (content type)`);
      collectBags(contents, passphrase, keys, certificates);
    }
    return chooseMaterial(keys, certificates, label);
  } catch (error) {
    if (error instanceof CompactError) throw error;
    if (error instanceof DecryptionFailed) throw new CompactError(t('sign.p12.wrongPassphrase', { file: label }));
    if (error instanceof UnsupportedAlgorithm) throw new CompactError(t('sign.p12.unsupported', { file: label, algorithm: algorithmName(error.algorithm) }));
    throw notPkcs12();
  }
}

function collectBags(safeContents: Buffer, passphrase: string, keys: Buffer[], certificates: X509Certificate[]): void {
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const bags = asn1js.fromBER(safeContents).result as import('asn1js').Sequence;
  for (const bag of bags.valueBlock.value as import('asn1js').Sequence[]) {
    const [id, wrapped] = bag.valueBlock.value as [import('asn1js').ObjectIdentifier, import('asn1js').Constructed];
    const value = wrapped.valueBlock.value[0] as import('asn1js').Sequence;
    const bagId = id.valueBlock.toString();
    if (bagId === OIDS.keyBag) keys.push(Buffer.from(value.toBER()));
    else if (bagId === OIDS.shroudedKeyBag) {
      const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
      const [algorithm, data] = value.valueBlock.value as [import('asn1js').Sequence, import('asn1js').OctetString];
      keys.push(decryptWithPassphrase(new pkijs.AlgorithmIdentifier({ schema: algorithm }), octets(data), passphrase));
    } else if (bagId === OIDS.certBag) {
      const [certId, certValue] = value.valueBlock.value as [import('asn1js').ObjectIdentifier, import('asn1js').Constructed];
      if (certId.valueBlock.toString() !== OIDS.x509Certificate) continue;
      certificates.push(new X509Certificate(octets(certValue.valueBlock.value[0] as import('asn1js').OctetString)));
    }
  }
}

function chooseMaterial(keys: Buffer[], certificates: X509Certificate[], label: string): SigningMaterial {
  if (keys.length === 0) throw new CompactError(t('sign.p12.noKey', { file: label }));
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: keys[0]!, format: 'der', type: 'pkcs8' });
  } catch {
    throw new CompactError(t('sign.p12.unsupported', { file: label, algorithm: keyAlgorithmOid(keys[0]!) }));
  }
  const algorithm = signatureAlgorithmFor(privateKey);
  if (!algorithm) throw new CompactError(t('sign.p12.unsupported', { file: label, algorithm: describeKey(privateKey) }));
  const publicDer = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const own = certificates.find((cert) => cert.publicKey.export({ type: 'spki', format: 'der' }).equals(publicDer));
  if (!own) throw new CompactError(t('sign.p12.noCertificate', { file: label }));
  return { privateKey, certificate: own, chain: certificates.filter((cert) => cert !== own), algorithm };
}

/** The key algorithm's OID in a PrivateKeyInfo, for naming a key type Node cannot load. */
function keyAlgorithmOid(der: Buffer): string {
  try {
    const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
    const info = asn1js.fromBER(der).result as import('asn1js').Sequence;
    const algorithm = info.valueBlock.value[1] as import('asn1js').Sequence;
    return (algorithm.valueBlock.value[0] as import('asn1js').ObjectIdentifier).valueBlock.toString();
  } catch {
    return 'unknown key type';
  }
}

/** The bytes of an OCTET STRING (or an implicitly tagged one), joined when it is written in constructed (BER) pieces. */
function octets(value: unknown): Buffer {
  const block = value as { idBlock?: { isConstructed: boolean }; valueBlock?: { value?: unknown[]; valueHexView?: Uint8Array } };
  if (!block?.idBlock || !block.valueBlock) throw new Error('expected an OCTET STRING');
  if (block.idBlock.isConstructed) return Buffer.concat((block.valueBlock.value ?? []).map((part) => octets(part)));
  return Buffer.from(block.valueBlock.valueHexView ?? []);
}
