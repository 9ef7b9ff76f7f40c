import { CompactError } from '../errors.js';
import { checkSignArguments, checkTimestampArguments } from './arguments.js';
import { commonJsExport } from '../util/common-js.js';
import { lazyRequire } from '../util/lazy-require.js';
import { addSignatureAppearance } from './appearance.js';
import { readP12 } from './p12.js';
import { assertSignablePdf, plainRewrite } from './pdf-structure.js';
import { signatureAlgorithmFor } from './signature-algorithm.js';
import { createCadesSigner, createTimestampSigner } from './signer.js';
import { requestTimestamp, type TsaOptions } from './timestamp.js';
import { applyTextPatches, protectText, type TextPatch } from './text-fields.js';
import { t } from '../i18n/index.js';
import { boxInBlock, placeFor, signaturePlaces } from './signature-places.js';
import type { Rect, SignOptions } from './types.js';
import { commonName, distinguishedNameField } from './x509.js';

interface SignPdfInstance {
  sign(pdf: Buffer, signer: unknown, signingTime?: Date): Promise<Buffer>;
}

/** Room for the CMS: the fixed part plus the certificates it carries, hex-encoded in /Contents. */
const BASE_SIGNATURE_BYTES = 8192;
/** Room for a timestamp token: its own CMS with the authority's certificate chain. */
const TIMESTAMP_TOKEN_BYTES = 16384;

/**
 * Signs a PDF with a PAdES baseline B-B signature (sub-filter ETSI.CAdES.detached) appended as an incremental
 * update, so signatures already in the file stay valid; with `tsa`, a B-T signature (the authority's timestamp
 * over the signature value as the unsigned attribute signature-time-stamp).
 */
export async function signPdf(pdf: Uint8Array, options: SignOptions): Promise<Buffer> {
  checkSignArguments(pdf, options);
  const pdfName = options.names?.pdf ?? 'the PDF';
  const p12Name = options.names?.p12 ?? 'the certificate file';
  assertSignablePdf(pdf, pdfName);
  const signingTime = options.signingTime ?? new Date();
  const material = await readP12(options.p12, options.passphrase, p12Name);
  if (options.rsaPss && material.privateKey.asymmetricKeyType === 'rsa') material.algorithm = signatureAlgorithmFor(material.privateKey, true)!;
  assertValidAt(material.certificate, signingTime, p12Name);
  const visible = options.visible ? visiblePlace(Buffer.from(pdf), options.visible, material.certificate, pdfName) : undefined;

  // Bundled into dist (see scripts/build.mjs): installed as a package it would pull in pdfkit 0.10 as a peer.
  const plainAddPlaceholder = commonJsExport(await import('@signpdf/placeholder-plain'), 'plainAddPlaceholder');
  const utils = lazyRequire<typeof import('@signpdf/utils')>('@signpdf/utils');
  // CommonJS with the SignPdf instance as its default export.
  const signpdf = lazyRequire<{ default: SignPdfInstance }>('@signpdf/signpdf').default;
  const certificateBytes = [material.certificate, ...material.chain].reduce((sum, cert) => sum + cert.raw.length, 0);
  const patches: TextPatch[] = [];
  let prepared: Buffer;
  try {
    prepared = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: protectText(options.reason ?? '', patches),
      contactInfo: protectText(options.contactInfo ?? '', patches),
      name: protectText(options.name ?? commonName(material.certificate) ?? '', patches),
      location: protectText(options.location ?? '', patches),
      signingTime,
      signatureLength: BASE_SIGNATURE_BYTES + certificateBytes + (options.tsa ? TIMESTAMP_TOKEN_BYTES : 0),
      subFilter: utils.SUBFILTER_ETSI_CADES_DETACHED,
      widgetRect: visible?.rect ?? [0, 0, 0, 0],
      appName: 'compact',
    });
  } catch (error) {
    throw new CompactError(t('sign.pdf.unsupportedStructure', { file: pdfName, error: errorText(error), command: plainRewrite(pdfName) }));
  }
  applyTextPatches(prepared, patches);
  if (visible) {
    prepared = addSignatureAppearance(prepared, visible.rect, {
      signer: options.name ?? commonName(material.certificate) ?? '',
      signingTime,
      ...(options.reason ? { reason: options.reason } : {}),
      ...(options.location ? { location: options.location } : {}),
    }, visible.page);
  }
  const tsa = options.tsa;
  const timestamp = tsa ? (signatureValue: Buffer) => requestTimestamp(signatureValue, tsa) : undefined;
  return withRoomForSignature(() => signpdf.sign(prepared, createCadesSigner(utils.Signer, material, timestamp ? { timestamp } : {}), signingTime));
}

/** @signpdf's "Signature exceeds placeholder length" as a message that says what happened. */
async function withRoomForSignature(sign: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await sign();
  } catch (error) {
    const match = /exceeds placeholder length: (\d+) > (\d+)/.exec(error instanceof Error ? error.message : '');
    if (match) throw new CompactError(t('sign.tooLarge', { needed: Math.ceil(Number(match[1]) / 2), room: Math.floor(Number(match[2]) / 2) }));
    throw error;
  }
}

/**
 * Adds a document timestamp (sub-filter ETSI.RFC3161, /Type /DocTimeStamp) as its own incremental update: the
 * authority's token over the whole file as it is, which extends the life of every signature and of the DSS in it
 * (PAdES B-LTA when it follows validation data).
 */
export async function timestampPdf(pdf: Uint8Array, tsa: TsaOptions, names: { pdf?: string } = {}): Promise<Buffer> {
  checkTimestampArguments(pdf, tsa);
  const pdfName = names.pdf ?? 'the PDF';
  assertSignablePdf(pdf, pdfName);
  const plainAddPlaceholder = commonJsExport(await import('@signpdf/placeholder-plain'), 'plainAddPlaceholder');
  const utils = lazyRequire<typeof import('@signpdf/utils')>('@signpdf/utils');
  const signpdf = lazyRequire<{ default: SignPdfInstance }>('@signpdf/signpdf').default;
  const marker = 'compact-document-timestamp';
  let prepared: Buffer;
  try {
    prepared = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: marker,
      contactInfo: '',
      name: '',
      location: '',
      signatureLength: TIMESTAMP_TOKEN_BYTES,
      subFilter: 'ETSI.RFC3161',
      widgetRect: [0, 0, 0, 0],
      appName: 'compact',
    });
  } catch (error) {
    throw new CompactError(t('sign.pdf.unsupportedStructure', { file: pdfName, error: errorText(error), command: plainRewrite(pdfName) }));
  }
  asDocumentTimestamp(prepared, marker);
  return withRoomForSignature(() => signpdf.sign(prepared, createTimestampSigner(utils.Signer, (content) => requestTimestamp(content, tsa))));
}

/**
 * The placeholder is written as /Type /Sig with a reason, time, name and place; a document timestamp has
 * /Type /DocTimeStamp and none of those. The entries are rewritten in place with the same number of bytes, so
 * every offset in the file stays right.
 */
function asDocumentTimestamp(prepared: Buffer, marker: string): void {
  const text = prepared.toString('latin1');
  const reasonAt = text.lastIndexOf(`/Reason (${marker})`);
  const typeAt = text.lastIndexOf('/Type /Sig', reasonAt);
  const buildAt = text.indexOf('/Prop_Build', reasonAt);
  if (reasonAt < 0 || typeAt < 0 || buildAt < 0) throw new Error('the document timestamp placeholder was not written as expected');
  const entries = '/Type /DocTimeStamp';
  Buffer.from(' '.repeat('/Type /Sig'.length), 'latin1').copy(prepared, typeAt);
  Buffer.from(entries.padEnd(buildAt - reasonAt, ' '), 'latin1').copy(prepared, reasonAt);
}

/** Where a PDF that compact did not render gets its box when no --rect is given: bottom left of page 1. */
export const DEFAULT_VISIBLE_RECT: Rect = [40, 40, 260, 100];

function visiblePlace(pdf: Buffer, wanted: NonNullable<SignOptions['visible']>, certificate: import('node:crypto').X509Certificate, pdfName: string): { page: number; rect: Rect } {
  if (wanted.rect) return { page: wanted.page ?? 1, rect: wanted.rect };
  const places = signaturePlaces(pdf);
  const organisation = distinguishedNameField(certificate.subject, 'O');
  const name = commonName(certificate);
  const place = placeFor(places, { ...(wanted.signatory !== undefined ? { signatory: wanted.signatory } : {}), ...(organisation ? { organisation } : {}), ...(name ? { name } : {}) });
  if (place) return { page: place.page, rect: boxInBlock(place.rect) };
  if (wanted.signatory !== undefined || places.length > 0) {
    throw new CompactError(t('sign.visible.noPlace', { who: wanted.signatory ?? [name, organisation].filter(Boolean).join(', '), file: pdfName }));
  }
  return { page: wanted.page ?? 1, rect: DEFAULT_VISIBLE_RECT };
}

function assertValidAt(certificate: import('node:crypto').X509Certificate, when: Date, p12Name: string): void {
  const notAfter = new Date(certificate.validTo);
  const notBefore = new Date(certificate.validFrom);
  if (when > notAfter) {
    throw new CompactError(t('sign.certificateExpired', { file: p12Name, date: notAfter.toISOString().slice(0, 10) }));
  }
  if (when < notBefore) {
    throw new CompactError(t('sign.certificateNotYetValid', { file: p12Name, date: notBefore.toISOString().slice(0, 10) }));
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s+/g, ' ').replace(/\.$/, '') : String(error);
}
