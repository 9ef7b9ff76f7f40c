import { cadesDetachedSignature, type CadesOptions } from './cades.js';
import type { SigningMaterial } from './p12.js';

type SignerBase = typeof import('@signpdf/utils').Signer;

/**
 * A @signpdf Signer that writes a PAdES B-B CMS (see cades.ts) instead of P12Signer's, which adds a CMS
 * signing-time and no signing-certificate-v2. Made per signature, like P12Signer, from the lazily loaded base class.
 */
export function createCadesSigner(Signer: SignerBase, material: SigningMaterial, options: CadesOptions = {}): InstanceType<SignerBase> {
  class CadesSigner extends Signer {
    override async sign(content: Buffer): Promise<Buffer> {
      return cadesDetachedSignature(content, material, options);
    }
  }
  return new CadesSigner();
}

/** A @signpdf Signer whose "signature" is an RFC 3161 timestamp token over the signed bytes (a document timestamp). */
export function createTimestampSigner(Signer: SignerBase, timestamp: (content: Buffer) => Promise<Uint8Array>): InstanceType<SignerBase> {
  class TimestampSigner extends Signer {
    override async sign(content: Buffer): Promise<Buffer> {
      return Buffer.from(await timestamp(content));
    }
  }
  return new TimestampSigner();
}
