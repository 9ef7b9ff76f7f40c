import { createDecipheriv, createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';

/** Thrown when a bag or MAC uses an algorithm this reader does not implement; `algorithm` names it. */
export class UnsupportedAlgorithm extends Error {
  constructor(readonly algorithm: string) {
    super(`unsupported algorithm ${algorithm}`);
  }
}

/** Thrown when decryption fails: with PKCS#12 that means the passphrase is wrong (or the file damaged). */
export class DecryptionFailed extends Error {}

const HASHES: Record<string, { name: string; block: number }> = {
  '1.3.14.3.2.26': { name: 'sha1', block: 64 },
  '2.16.840.1.101.3.4.2.4': { name: 'sha224', block: 64 },
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', block: 64 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', block: 128 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', block: 128 },
};

const PBKDF2_PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

const PBES2_CIPHERS: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};

/** PKCS#12 password-based encryption (RFC 7292 appendix C): key and IV from the PKCS#12 KDF with SHA-1. */
const PKCS12_PBE: Record<string, { cipher: 'des-ede3-cbc' | 'rc2'; keyLength: number; name: string }> = {
  '1.2.840.113549.1.12.1.3': { cipher: 'des-ede3-cbc', keyLength: 24, name: 'pbeWithSHAAnd3-KeyTripleDES-CBC' },
  '1.2.840.113549.1.12.1.5': { cipher: 'rc2', keyLength: 16, name: 'pbeWithSHAAnd128BitRC2-CBC' },
  '1.2.840.113549.1.12.1.6': { cipher: 'rc2', keyLength: 5, name: 'pbeWithSHAAnd40BitRC2-CBC' },
};

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';

/** Readable names for algorithms a refusal may mention. */
const ALGORITHM_NAMES: Record<string, string> = {
  '1.2.840.113549.1.12.1.1': 'pbeWithSHAAnd128BitRC4',
  '1.2.840.113549.1.12.1.2': 'pbeWithSHAAnd40BitRC4',
  '1.2.840.113549.1.12.1.4': 'pbeWithSHAAnd2-KeyTripleDES-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
};

export function algorithmName(oid: string): string {
  return ALGORITHM_NAMES[oid] ?? PKCS12_PBE[oid]?.name ?? PBES2_CIPHERS[oid]?.name ?? oid;
}

/** The passphrase as PKCS#12 wants it for its own KDF: BMPString (UTF-16BE) with two zero bytes at the end. */
function bmpPassword(passphrase: string): Buffer {
  if (passphrase === '') return Buffer.alloc(0);
  return Buffer.concat([Buffer.from(passphrase, 'utf16le').swap16(), Buffer.alloc(2)]);
}

/** The PKCS#12 key derivation function (RFC 7292 appendix B.2). `id` 1 = key, 2 = IV, 3 = MAC key. */
export function pkcs12Kdf(passphrase: string, salt: Uint8Array, iterations: number, id: 1 | 2 | 3, length: number, hashOid: string): Buffer {
  const hash = HASHES[hashOid];
  if (!hash) throw new UnsupportedAlgorithm(hashOid);
  const v = hash.block;
  const repeatTo = (bytes: Uint8Array) => {
    if (bytes.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(bytes.length / v));
    for (let i = 0; i < out.length; i++) out[i] = bytes[i % bytes.length]!;
    return out;
  };
  const input = Buffer.concat([repeatTo(salt), repeatTo(bmpPassword(passphrase))]);
  const diversifier = Buffer.alloc(v, id);
  const out: Buffer[] = [];
  let produced = 0;
  while (produced < length) {
    let a = createHash(hash.name).update(diversifier).update(input).digest();
    for (let i = 1; i < iterations; i++) a = createHash(hash.name).update(a).digest();
    out.push(a);
    produced += a.length;
    const b = repeatTo(a);
    for (let block = 0; block < input.length; block += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = input[block + k]! + b[k]! + carry;
        input[block + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, length);
}

/** Whether the PFX's MAC (HMAC with a PKCS#12-derived key) matches: the passphrase is right and the file whole. */
export function macMatches(passphrase: string, data: Uint8Array, hashOid: string, expected: Uint8Array, salt: Uint8Array, iterations: number): boolean {
  const hash = HASHES[hashOid];
  if (!hash) throw new UnsupportedAlgorithm(hashOid);
  const length = createHash(hash.name).digest().length;
  const key = pkcs12Kdf(passphrase, salt, iterations, 3, length, hashOid);
  return createHmac(hash.name, key).update(data).digest().equals(Buffer.from(expected));
}

/**
 * Decrypts password-encrypted content (an encrypted SafeContents or a shrouded key): PBES2 with PBKDF2 and
 * AES or 3DES (OpenSSL 3's default), or the legacy PKCS#12 schemes with 3DES or RC2.
 */
export function decryptWithPassphrase(algorithm: import('pkijs').AlgorithmIdentifier, encrypted: Uint8Array, passphrase: string): Buffer {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const oid = algorithm.algorithmId;
  if (oid === PBES2) {
    const params = new pkijs.PBES2Params({ schema: algorithm.algorithmParams });
    if (params.keyDerivationFunc.algorithmId !== PBKDF2) throw new UnsupportedAlgorithm(params.keyDerivationFunc.algorithmId);
    const kdf = new pkijs.PBKDF2Params({ schema: params.keyDerivationFunc.algorithmParams });
    const prfOid = kdf.prf?.algorithmId ?? '1.2.840.113549.2.7';
    const prf = PBKDF2_PRFS[prfOid];
    if (!prf) throw new UnsupportedAlgorithm(prfOid);
    const cipher = PBES2_CIPHERS[params.encryptionScheme.algorithmId];
    if (!cipher) throw new UnsupportedAlgorithm(params.encryptionScheme.algorithmId);
    const salt = kdf.salt instanceof asn1js.OctetString ? Buffer.from(kdf.salt.valueBlock.valueHexView) : undefined;
    const iv = params.encryptionScheme.algorithmParams;
    if (!salt || !(iv instanceof asn1js.OctetString)) throw new UnsupportedAlgorithm(`${PBES2} (parameters)`);
    // OpenSSL hands PBKDF2 the passphrase's bytes as typed: UTF-8.
    const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, kdf.iterationCount, cipher.keyLength, prf);
    return decipher(cipher.name, key, Buffer.from(iv.valueBlock.valueHexView), encrypted);
  }
  const pbe = PKCS12_PBE[oid];
  if (!pbe) throw new UnsupportedAlgorithm(oid);
  const params = algorithm.algorithmParams as import('asn1js').Sequence;
  const [saltValue, iterationsValue] = params.valueBlock.value as [import('asn1js').OctetString, import('asn1js').Integer];
  const salt = Buffer.from(saltValue.valueBlock.valueHexView);
  const iterations = iterationsValue.valueBlock.valueDec;
  const sha1 = '1.3.14.3.2.26';
  const key = pkcs12Kdf(passphrase, salt, iterations, 1, pbe.keyLength, sha1);
  const iv = pkcs12Kdf(passphrase, salt, iterations, 2, 8, sha1);
  if (pbe.cipher === 'des-ede3-cbc') return decipher('des-ede3-cbc', key, iv, encrypted);
  return rc2Decrypt(key, iv, encrypted);
}

function decipher(name: string, key: Buffer, iv: Buffer, encrypted: Uint8Array): Buffer {
  try {
    const d = createDecipheriv(name, key, iv);
    return Buffer.concat([d.update(encrypted), d.final()]);
  } catch {
    throw new DecryptionFailed('decryption failed');
  }
}

/** RC2 is not in OpenSSL 3's default provider, so Node cannot do it; node-forge has it in JavaScript. */
function rc2Decrypt(key: Buffer, iv: Buffer, encrypted: Uint8Array): Buffer {
  const forge = lazyRequire<typeof import('node-forge')>('node-forge');
  const cipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('binary')), key.length * 8);
  cipher.start(forge.util.createBuffer(iv.toString('binary')));
  cipher.update(forge.util.createBuffer(Buffer.from(encrypted).toString('binary')));
  if (!cipher.finish()) throw new DecryptionFailed('decryption failed');
  return Buffer.from(cipher.output.getBytes(), 'binary');
}
