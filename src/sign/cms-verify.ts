import { X509Certificate, constants, createHash, verify } from 'node:crypto';
import { t } from '../i18n/index.js';
import { lazyRequire } from '../util/lazy-require.js';
import { DIGESTS, OID } from './oids.js';

export interface CmsCheck {
  intact: boolean;
  problem?: string;
  signer?: X509Certificate;
  certificates: X509Certificate[];
  /** From the CMS signing-time attribute, when there is one. */
  signingTime?: Date;
  /** The signer info's signature value (what a signature timestamp covers). */
  signatureValue?: Buffer;
  /** Timestamp tokens in the unsigned attribute signature-time-stamp (PAdES B-T). */
  timestampTokens?: Buffer[];
}

const RSA_PSS = '1.2.840.113549.1.1.10';

/**
 * Checks a detached CMS SignedData over `signedBytes`: the message digest in the signed attributes matches the
 * bytes, and the signature over the signed attributes verifies with the signer's certificate.
 * With `embeddedDigest` (adbe.pkcs7.sha1) the signed content is the SHA-1 of the bytes, carried in the CMS.
 */
export async function checkCms(cms: Uint8Array, signedBytes: Uint8Array, embeddedDigest = false): Promise<CmsCheck> {
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const parsed = asn1js.fromBER(cms);
  if (parsed.offset === -1) return { intact: false, problem: t('verify.problem.notCms'), certificates: [] };
  let signedData: import('pkijs').SignedData;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID.signedData) return { intact: false, problem: t('verify.problem.notSignedData'), certificates: [] };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return { intact: false, problem: t('verify.problem.notSignedData'), certificates: [] };
  }
  const pkiCertificates = (signedData.certificates ?? []).filter((cert): cert is import('pkijs').Certificate => cert instanceof pkijs.Certificate);
  const certificates = pkiCertificates.map((cert) => new X509Certificate(Buffer.from(cert.toSchema().toBER())));
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return { intact: false, problem: t('verify.problem.noSigner'), certificates };

  const sid = signerInfo.sid;
  const signerIndex = sid instanceof pkijs.IssuerAndSerialNumber ? pkiCertificates.findIndex((cert) => cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber)) : -1;
  const digestName = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!digestName) return { intact: false, problem: t('verify.problem.digestUnsupported', { algorithm: signerInfo.digestAlgorithm.algorithmId }), certificates };

  let content: Uint8Array = signedBytes;
  if (embeddedDigest) {
    const eContent = signedData.encapContentInfo.eContent?.valueBlock.valueHexView;
    if (!eContent || !Buffer.from(eContent).equals(createHash('sha1').update(signedBytes).digest())) {
      return { intact: false, problem: t('verify.problem.sha1Changed'), certificates };
    }
    content = eContent;
  }
  const contentDigest = createHash(digestName).update(content).digest();
  let signedPayload = content;
  let signingTime: Date | undefined;
  if (signerInfo.signedAttrs) {
    const attributes = signerInfo.signedAttrs.attributes;
    const messageDigest = attributes.find((attribute) => attribute.type === OID.messageDigest)?.values[0];
    const expected = messageDigest instanceof asn1js.OctetString ? Buffer.from(messageDigest.valueBlock.valueHexView) : undefined;
    if (!expected) return { intact: false, problem: t('verify.problem.noMessageDigest'), certificates };
    if (!expected.equals(contentDigest)) return { intact: false, problem: t('verify.problem.digestMismatch'), certificates };
    const time = attributes.find((attribute) => attribute.type === OID.signingTime)?.values[0];
    if (time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime) signingTime = time.toDate();
    signedPayload = new Uint8Array(signerInfo.signedAttrs.encodedValue);
  }

  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  const candidates = signerIndex >= 0 ? [certificates[signerIndex]!] : certificates;
  const signer = candidates.find((cert) => verifiesWith(cert, digestName, signedPayload, signature, signerInfo.signatureAlgorithm.algorithmId));
  const timestampTokens = (signerInfo.unsignedAttrs?.attributes ?? [])
    .filter((attribute) => attribute.type === OID.signatureTimeStamp)
    .flatMap((attribute) => attribute.values.map((value: { toBER(): ArrayBuffer }) => Buffer.from(value.toBER())));
  const base = { certificates, signatureValue: signature, timestampTokens, ...(signingTime ? { signingTime } : {}) };
  if (!signer) {
    if (candidates.length === 0) return { intact: false, problem: t('verify.problem.signerCertificateMissing'), ...base };
    return { intact: false, problem: t('verify.problem.signatureDoesNotVerify'), signer: candidates[0], ...base };
  }
  return { intact: true, signer, ...base };
}

function verifiesWith(certificate: X509Certificate, digest: string, data: Uint8Array, signature: Buffer, algorithm: string): boolean {
  try {
    const key = algorithm === RSA_PSS ? { key: certificate.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO } : certificate.publicKey;
    return verify(digest, data, key, signature);
  } catch {
    return false;
  }
}
