import { createHash, sign } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';
import { OID } from './oids.js';
import type { SigningMaterial } from './p12.js';

/**
 * A detached CMS SignedData for PAdES baseline B-B (ETSI EN 319 142-1): signed attributes content-type,
 * message-digest and ESS signing-certificate-v2, and no CMS signing-time (the claimed time is the signature
 * dictionary's /M). SHA-256 throughout.
 */
export async function cadesDetachedSignature(content: Uint8Array, material: SigningMaterial): Promise<Buffer> {
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const certificate = pkijs.Certificate.fromBER(material.certificate.raw);
  const chain = material.chain.map((cert) => pkijs.Certificate.fromBER(cert.raw));

  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: createHash('sha256').update(content).digest() })],
    }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(asn1js, certificate, material.certificate.raw)] }),
  ];
  // DER orders the members of a SET by their encodings.
  const encoded = attributes.map((attribute) => Buffer.from(attribute.toSchema().toBER()));
  const order = encoded.map((bytes, index) => ({ bytes, index })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const sortedAttributes = order.map(({ index }) => attributes[index]!);
  const signedAttributesDer = Buffer.from(new asn1js.Set({ value: sortedAttributes.map((attribute) => attribute.toSchema()) }).toBER());

  const keyType = material.privateKey.asymmetricKeyType;
  const signature = sign('sha256', signedAttributesDer, material.privateKey);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sortedAttributes }),
    signatureAlgorithm:
      keyType === 'ec'
        ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 })
        : new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
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
