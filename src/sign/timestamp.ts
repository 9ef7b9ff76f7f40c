import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { lazyRequire } from '../util/lazy-require.js';
import { caCertificates, chainTrust, type CaCertificate } from './chain.js';
import { checkCms } from './cms-verify.js';
import { DIGESTS, OID } from './oids.js';
import { commonName, oneLineName } from './x509.js';

/** Where to ask for RFC 3161 timestamps and whom to trust for them. */
export interface TsaOptions {
  url: string;
  /** Milliseconds to wait for an answer (default 30 s). */
  timeoutMs?: number;
  /**
   * CA certificates the TSA's certificate must chain to (PEM or DER bytes, PEM text, or X509Certificate objects, as
   * verifyPdf's `ca`); without them any TSA is taken.
   */
  ca?: CaCertificate[];
}

export const DEFAULT_TSA_TIMEOUT_MS = 30_000;

const STATUS_NAMES = ['granted', 'grantedWithMods', 'rejection', 'waiting', 'revocationWarning', 'revocationNotification'];
const FAILURE_BITS = ['badAlg', '', 'badRequest', '', '', 'badDataFormat', '', '', '', '', '', '', '', '', 'timeNotAvailable', 'unacceptedPolicy', 'unacceptedExtension', 'addInfoNotAvailable', '', '', '', '', '', '', '', 'systemFailure'];

/**
 * Asks an RFC 3161 time-stamping authority for a timestamp token over `data` (SHA-256 message imprint, a random
 * nonce, the TSA's certificate requested) by HTTP POST application/timestamp-query, and checks the answer: the
 * status, the imprint, the nonce, the token's signature, and with `ca` that the TSA's certificate chains to it.
 * Returns the token (a CMS ContentInfo) as DER.
 */
export async function requestTimestamp(data: Uint8Array, options: TsaOptions): Promise<Buffer> {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const imprint = createHash('sha256').update(data).digest();
  const nonce = randomBytes(8);
  nonce[0] = nonce[0]! & 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  const body = Buffer.from(request.toSchema().toBER());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TSA_TIMEOUT_MS;
  let answer: Buffer;
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new CompactError(t('sign.tsa.httpStatus', { url: options.url, status: response.status }));
    answer = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof CompactError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') throw new CompactError(t('sign.tsa.timeout', { url: options.url, seconds: timeoutMs / 1000 }));
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new CompactError(t('sign.tsa.noAnswer', { url: options.url, reason: cause }));
  }

  let reply: import('pkijs').TimeStampResp;
  try {
    reply = pkijs.TimeStampResp.fromBER(new Uint8Array(answer));
  } catch {
    throw new CompactError(t('sign.tsa.notReply', { url: options.url }));
  }
  const status = reply.status.status;
  if (status !== 0 && status !== 1) {
    const text = reply.status.statusStrings?.map((s) => s.valueBlock.value).join('; ');
    const bits = reply.status.failInfo ? failureNames(Buffer.from(reply.status.failInfo.valueBlock.valueHexView), reply.status.failInfo.valueBlock.unusedBits) : [];
    const reason = [STATUS_NAMES[status] ?? `status ${status}`, ...bits, ...(text ? [text] : [])].join(', ');
    throw new CompactError(t('sign.tsa.refused', { url: options.url, reason }));
  }
  if (!reply.timeStampToken) throw new CompactError(t('sign.tsa.notReply', { url: options.url }));
  // The token exactly as the authority wrote it: re-encoding it through pkijs could change its bytes.
  const replyBlock = asn1js.fromBER(answer).result as import('asn1js').Sequence;
  const token = Buffer.from(replyBlock.valueBlock.value[1]!.valueBeforeDecodeView);
  const anchors = caCertificates('requestTimestamp', 'tsa.ca', options.ca);
  const check = await checkTimestampToken(token, data, anchors);
  if (check.problem) throw new CompactError(t('sign.tsa.badToken', { url: options.url, reason: check.problem }));
  if (check.nonce !== nonce.toString('hex').replace(/^(00)+/, '')) throw new CompactError(t('sign.tsa.badToken', { url: options.url, reason: t('sign.tsa.nonceMismatch') }));
  if (anchors.length > 0 && check.trust !== 'trusted') {
    throw new CompactError(t('sign.tsa.untrusted', { url: options.url, authority: check.authority ?? '?' }));
  }
  return token;
}

function failureNames(bytes: Buffer, unusedBits: number): string[] {
  const names: string[] = [];
  const bitCount = bytes.length * 8 - unusedBits;
  for (let bit = 0; bit < bitCount; bit++) {
    if (bytes[bit >> 3]! & (0x80 >> (bit & 7))) names.push(FAILURE_BITS[bit] || `failure bit ${bit}`);
  }
  return names;
}

/** What a timestamp token says and whether it holds. */
export interface TimestampCheck {
  /** The time the authority certifies (TSTInfo genTime), ISO 8601. */
  time?: string;
  /** The authority: the common name of the certificate that signed the token, else its subject. */
  authority?: string;
  /** The authority certificate's subject on one line. */
  authoritySubject?: string;
  /** The token's signature verifies, it covers `data`, and its signer may issue timestamps. */
  intact: boolean;
  problem?: string;
  trust: import('./types.js').Trust;
  /** The nonce in the token, hex without leading zero bytes. */
  nonce?: string;
  signer?: X509Certificate;
  certificates: X509Certificate[];
}

/**
 * Checks an RFC 3161 timestamp token against the data it should cover: the CMS signature over the TSTInfo, the
 * message imprint against `data`'s digest, the signer's extended key usage (timeStamping), and trust in `anchors`.
 */
export async function checkTimestampToken(token: Uint8Array, data: Uint8Array, anchors: readonly X509Certificate[]): Promise<TimestampCheck> {
  const pkijs = lazyRequire<typeof import('pkijs')>('pkijs');
  const asn1js = lazyRequire<typeof import('asn1js')>('asn1js');
  const untrusted = anchors.length === 0 ? ('untrusted (no CA given)' as const) : ('untrusted (chain does not reach the given CA)' as const);
  let tstInfoDer: Buffer;
  let tstInfo: import('pkijs').TSTInfo;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: asn1js.fromBER(token).result });
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) throw new Error('not a TSTInfo');
    const eContent = signedData.encapContentInfo.eContent;
    tstInfoDer = eContent.idBlock.isConstructed
      ? Buffer.concat((eContent.valueBlock.value as import('asn1js').OctetString[]).map((part) => Buffer.from(part.valueBlock.valueHexView)))
      : Buffer.from(eContent.valueBlock.valueHexView);
    tstInfo = pkijs.TSTInfo.fromBER(new Uint8Array(tstInfoDer));
  } catch {
    return { intact: false, problem: t('verify.problem.notTimestampToken'), trust: untrusted, certificates: [] };
  }
  const time = tstInfo.genTime.toISOString();
  const nonce = tstInfo.nonce ? Buffer.from(tstInfo.nonce.valueBlock.valueHexView).toString('hex').replace(/^(00)+/, '') : undefined;
  const cms = await checkCms(token, tstInfoDer);
  const signer = cms.signer;
  const base: TimestampCheck = {
    time,
    intact: false,
    trust: untrusted,
    certificates: cms.certificates,
    ...(nonce ? { nonce } : {}),
    ...(signer ? { signer, authority: commonName(signer) ?? oneLineName(signer.subject), authoritySubject: oneLineName(signer.subject) } : {}),
  };
  if (!cms.intact) return { ...base, problem: t('verify.problem.timestampSignature', { problem: cms.problem ?? t('verify.problem.unknownReason') }) };
  const digestName = DIGESTS[tstInfo.messageImprint.hashAlgorithm.algorithmId];
  if (!digestName) return { ...base, problem: t('verify.problem.timestampDigest', { algorithm: tstInfo.messageImprint.hashAlgorithm.algorithmId }) };
  const expected = createHash(digestName).update(data).digest();
  if (!expected.equals(Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView))) {
    return { ...base, problem: t('verify.problem.timestampImprint') };
  }
  if (!signer!.keyUsage?.includes(OID.timeStamping)) return { ...base, problem: t('verify.problem.timestampNotForTimeStamping') };
  const trust = chainTrust(signer!, cms.certificates.filter((cert) => cert !== signer), anchors);
  return { ...base, intact: true, trust };
}
