import { constants, sign, type KeyObject } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';

/** How a key signs in a CMS signer info: the digest and the signatureAlgorithm written for it. */
export interface SignatureAlgorithm {
  /** node:crypto's hash name: sha256, sha384 or sha512. */
  digest: 'sha256' | 'sha384' | 'sha512';
  digestOid: string;
  /** 'pkcs1' (RSASSA-PKCS1-v1_5), 'pss' (RSASSA-PSS) or 'ecdsa'. */
  scheme: 'pkcs1' | 'pss' | 'ecdsa';
  /** What a person reads: "ECDSA P-256 with SHA-256". */
  description: string;
}

const DIGEST_OIDS = { sha256: '2.16.840.1.101.3.4.2.1', sha384: '2.16.840.1.101.3.4.2.2', sha512: '2.16.840.1.101.3.4.2.3' } as const;
const ECDSA_OIDS = { sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3', sha512: '1.2.840.10045.4.3.4' } as const;
const RSA_PKCS1_OIDS = { sha256: '1.2.840.113549.1.1.11', sha384: '1.2.840.113549.1.1.12', sha512: '1.2.840.113549.1.1.13' } as const;
const RSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
const SALT_LENGTHS = { sha256: 32, sha384: 48, sha512: 64 } as const;
const CURVES: Record<string, { name: string; digest: SignatureAlgorithm['digest'] }> = {
  prime256v1: { name: 'P-256', digest: 'sha256' },
  secp384r1: { name: 'P-384', digest: 'sha384' },
  secp521r1: { name: 'P-521', digest: 'sha512' },
};

/**
 * The signature algorithm for a private key: ECDSA on the NIST curves with the digest of matching strength, RSA
 * with PKCS#1 v1.5 (or PSS when `rsaPss`, and always for an RSA-PSS key), SHA-256. Undefined for a key type a
 * PAdES signature cannot use (Ed25519, DSA, other curves).
 */
export function signatureAlgorithmFor(key: KeyObject, rsaPss = false): SignatureAlgorithm | undefined {
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec') {
    const curve = CURVES[details.namedCurve ?? ''];
    if (!curve) return undefined;
    return { digest: curve.digest, digestOid: DIGEST_OIDS[curve.digest], scheme: 'ecdsa', description: `ECDSA ${curve.name} with ${label(curve.digest)}` };
  }
  if (key.asymmetricKeyType === 'rsa-pss' || (key.asymmetricKeyType === 'rsa' && rsaPss)) {
    const digest = (['sha384', 'sha512'] as const).find((name) => details.hashAlgorithm === name) ?? 'sha256';
    return { digest, digestOid: DIGEST_OIDS[digest], scheme: 'pss', description: `RSASSA-PSS with ${label(digest)}` };
  }
  if (key.asymmetricKeyType === 'rsa') return { digest: 'sha256', digestOid: DIGEST_OIDS.sha256, scheme: 'pkcs1', description: 'RSA PKCS#1 v1.5 with SHA-256' };
  return undefined;
}

/** A key's type for a refusal: "Ed25519", "EC curve secp256k1". */
export function describeKey(key: KeyObject): string {
  if (key.asymmetricKeyType === 'ec') return `EC curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`;
  const names: Record<string, string> = { ed25519: 'Ed25519', ed448: 'Ed448', dsa: 'DSA', x25519: 'X25519', x448: 'X448', dh: 'DH' };
  return names[key.asymmetricKeyType ?? ''] ?? String(key.asymmetricKeyType);
}

function label(digest: string): string {
  return digest.replace('sha', 'SHA-');
}

/** Signs `data` (the DER of the signed attributes) as the algorithm says; ECDSA signatures are DER, as CMS wants. */
export function signWith(algorithm: SignatureAlgorithm, key: KeyObject, data: Uint8Array): Buffer {
  if (algorithm.scheme === 'pss') {
    return sign(algorithm.digest, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: SALT_LENGTHS[algorithm.digest] });
  }
  return sign(algorithm.digest, data, key);
}

/** The CMS signatureAlgorithm identifier: ecdsa-with-SHAn, sha256WithRSAEncryption or RSASSA-PSS with its parameters. */
export function signatureAlgorithmIdentifier(algorithm: SignatureAlgorithm): import('pkijs').AlgorithmIdentifier {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  if (algorithm.scheme === 'ecdsa') return new pkijs.AlgorithmIdentifier({ algorithmId: ECDSA_OIDS[algorithm.digest] });
  if (algorithm.scheme === 'pkcs1') return new pkijs.AlgorithmIdentifier({ algorithmId: RSA_PKCS1_OIDS[algorithm.digest], algorithmParams: new asn1js.Null() });
  const hash = new pkijs.AlgorithmIdentifier({ algorithmId: algorithm.digestOid, algorithmParams: new asn1js.Null() });
  const params = new pkijs.RSASSAPSSParams({
    hashAlgorithm: hash,
    maskGenAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: MGF1, algorithmParams: hash.toSchema() }),
    saltLength: SALT_LENGTHS[algorithm.digest],
  });
  return new pkijs.AlgorithmIdentifier({ algorithmId: RSA_PSS, algorithmParams: params.toSchema() });
}
