import { cadesDetachedSignature } from './cades.js';
import type { SigningMaterial } from './p12.js';

type SignerBase = typeof import('@signpdf/utils').Signer;

/**
 * A @signpdf Signer that writes a PAdES B-B CMS (see cades.ts) instead of P12Signer's, which adds a CMS
 * signing-time and no signing-certificate-v2. Made per signature, like P12Signer, from the lazily loaded base class.
 */
export function createCadesSigner(Signer: SignerBase, material: SigningMaterial): InstanceType<SignerBase> {
  class CadesSigner extends Signer {
    override async sign(content: Buffer): Promise<Buffer> {
      return cadesDetachedSignature(content, material);
    }
  }
  return new CadesSigner();
}
