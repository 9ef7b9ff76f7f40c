import { createHash } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';
import { OID } from './oids.js';
import type { SigningMaterial } from './p12.js';
import { signatureAlgorithmIdentifier, signWith } from './signature-algorithm.js';

export interface CadesOptions {
  /**
   * Asks a time-stamping authority for a token over the signature value (PAdES B-T); the token goes into the
   * unsigned attribute signature-time-stamp.
   */
  timestamp?: (signatureValue: Buffer) => Promise<Uint8Array>;
}

/**
 * A detached CMS SignedData for PAdES baseline B-B (ETSI EN 319 142-1): signed attributes content-type,
 * message-digest and ESS signing-certificate-v2, and no CMS signing-time (the claimed time is the signature
 * dictionary's /M). The digest follows the key (SHA-256, or SHA-384/512 for ECDSA P-384/P-521); with a
 * `timestamp` the signature becomes B-T.
 */
export async function cadesDetachedSignature(content: Uint8Array, material: SigningMaterial, options: CadesOptions = {}): Promise<Buffer> {
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const certificate = pkijs.Certificate.fromBER(material.certificate.raw);
  const chain = material.chain.map((cert) => pkijs.Certificate.fromBER(cert.raw));

  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: createHash(material.algorithm.digest).update(content).digest() })],
    }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(asn1js, certificate, material.certificate.raw)] }),
  ];
  // DER orders the members of a SET by their encodings.
  const encoded = attributes.map((attribute) => Buffer.from(attribute.toSchema().toBER()));
  const order = encoded.map((bytes, index) => ({ bytes, index })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const sortedAttributes = order.map(({ index }) => attributes[index]!);
  const signedAttributesDer = Buffer.from(new asn1js.Set({ value: sortedAttributes.map((attribute) => attribute.toSchema()) }).toBER());

  const algorithm = material.algorithm;
  const signature = signWith(algorithm, material.privateKey, signedAttributesDer);
  const token = options.timestamp ? await options.timestamp(signature) : undefined;
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: algorithm.digestOid }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sortedAttributes }),
    signatureAlgorithm: signatureAlgorithmIdentifier(algorithm),
    signature: new asn1js.OctetString({ valueHex: signature }),
    ...(token
      ? {
          unsignedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 1,
            attributes: [new pkijs.Attribute({ type: OID.signatureTimeStamp, values: [asn1js.fromBER(token).result] })],
          }),
        }
      : {}),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: algorithm.digestOid })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [certificate, ...chain],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER());
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with SHA-256 (the default, so not written). */
function signingCertificateV2(asn1js: typeof import('asn1js'), certificate: import('pkijs').Certificate, der: Uint8Array) {
  const issuerSerial = new asn1js.Sequence({
    value: [
      // GeneralNames holding one directoryName [4] (explicit, since Name is a CHOICE).
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: createHash('sha256').update(der).digest() }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}
