import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { makePkiIdentity, type PkiIdentity } from './certificates.js';

/** How the local authority answers: a token, a refusal (status rejection), bytes that are no reply, or nothing. */
export type TsaBehaviour = 'grant' | 'reject' | 'garbage' | 'silent';

export interface LocalTsa {
  url: string;
  /** The TSA's CA certificate (PEM): what --tsa-ca and verify --ca take. */
  caPem: string;
  tsa: PkiIdentity;
  /** How many requests it has answered. */
  requests: number;
  behaviour: TsaBehaviour;
  close(): Promise<void>;
}

const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const POLICY = '1.2.752.99.1.1';

/**
 * An RFC 3161 time-stamping authority on 127.0.0.1, written with pkijs: a test CA, a TSA certificate with the
 * critical extended key usage timeStamping, and tokens with signing-certificate-v2, the request's nonce and the
 * clock's time (or `time`).
 */
export async function startLocalTsa(options: { time?: () => Date } = {}): Promise<LocalTsa> {
  const ca = await makePkiIdentity({ commonName: 'Västerby Test TSA CA', ca: true });
  const tsa = await makePkiIdentity({ commonName: 'Västerby Test TSA', issuer: ca, timeStamping: true });
  let serial = 1;
  const state: LocalTsa = {
    url: '',
    caPem: ca.pem,
    tsa,
    requests: 0,
    behaviour: 'grant',
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.requests++;
      if (state.behaviour === 'silent') return;
      const send = (body: Uint8Array | ArrayBuffer) => {
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
        response.end(Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : body));
      };
      if (request.headers['content-type'] !== 'application/timestamp-query') {
        response.writeHead(415);
        response.end();
        return;
      }
      if (state.behaviour === 'garbage') return send(Buffer.from('<html>not a timestamp</html>'));
      if (state.behaviour === 'reject') {
        const reply = new pkijs.TimeStampResp({
          status: new pkijs.PKIStatusInfo({
            status: 2,
            statusStrings: [new asn1js.Utf8String({ value: 'policy not accepted' })],
            failInfo: new asn1js.BitString({ valueHex: new Uint8Array([0x00, 0x01]).buffer, unusedBits: 0 }),
          }),
        });
        return send(reply.toSchema().toBER());
      }
      const query = pkijs.TimeStampReq.fromBER(Buffer.concat(chunks));
      void grant(query, ca, tsa, serial++, options.time?.() ?? new Date()).then(send, (error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  return state;
}

async function grant(query: pkijs.TimeStampReq, ca: PkiIdentity, tsa: PkiIdentity, serial: number, time: Date): Promise<ArrayBuffer> {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: POLICY,
    messageImprint: query.messageImprint,
    serialNumber: new asn1js.Integer({ value: serial }),
    genTime: new Date(Math.floor(time.getTime() / 1000) * 1000),
    ordering: false,
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ...(query.nonce ? { nonce: query.nonce } : {}),
  });
  const tstInfoDer = Buffer.from(tstInfo.toSchema().toBER());
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: createHash('sha256').update(tsa.der).digest() })] });
  const attributes = [
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: TST_INFO })] }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: createHash('sha256').update(tstInfoDer).digest() })] }),
    new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.47', values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })] }),
  ];
  const signedData = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: TST_INFO, eContent: new asn1js.OctetString({ valueHex: tstInfoDer }) }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: tsa.certificate.issuer, serialNumber: tsa.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: query.certReq ? [tsa.certificate, ca.certificate] : [],
  });
  await signedData.sign(tsa.privateKey, 0, 'SHA-256');
  // pkijs writes eContent as a constructed OCTET STRING; RFC 3161 authorities (and DER) write it primitive.
  const schema = signedData.toSchema(true) as asn1js.Sequence;
  const encapsulated = schema.valueBlock.value[2] as asn1js.Sequence;
  (encapsulated.valueBlock.value[1] as asn1js.Constructed).valueBlock.value = [new asn1js.OctetString({ valueHex: tstInfoDer })];
  const token = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: schema });
  return new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 0 }), timeStampToken: token }).toSchema().toBER();
}
