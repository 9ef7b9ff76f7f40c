import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as mupdf from 'mupdf';
import * as pkijs from 'pkijs';

pkijs.setEngine('oracle-webcrypto', new pkijs.CryptoEngine({ name: 'oracle-webcrypto', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }));

/** One signature field as an independent reader sees it. */
export interface OracleSignature {
  field: string;
  subFilter: string;
  type: string;
  byteRange: number[];
  /** The byte range starts at 0, leaves out exactly the /Contents string, and ends inside the file. */
  byteRangeSound: boolean;
  coversWholeFile: boolean;
  /** pkijs's own CMS verification (message digest and signature with WebCrypto) of the signed bytes. */
  cmsValid: boolean;
  signerCommonName?: string;
  signatureAlgorithm?: string;
  /** Whether the signer info carries an RFC 3161 signature-time-stamp whose imprint matches its signature value. */
  timestampMatches?: boolean;
  timestampTime?: string;
}

/**
 * An independent signature checker for tests: MuPDF (a PDF parser of its own) finds the signature fields, their
 * /ByteRange and /Contents through the AcroForm, and pkijs's SignedData.verify (WebCrypto) checks the CMS — no
 * code from src/sign. Document timestamps (ETSI.RFC3161) are checked as the TSTInfo's imprint over the signed bytes
 * plus the token's own CMS signature.
 */
export async function oracleSignatures(pdf: Uint8Array): Promise<OracleSignature[]> {
  const document = mupdf.Document.openDocument(Buffer.from(pdf), 'application/pdf') as mupdf.PDFDocument;
  const fields = document.getTrailer().get('Root').get('AcroForm').get('Fields');
  const bytes = Buffer.from(pdf);
  const out: OracleSignature[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields.get(i);
    if (field.get('FT').isNull() || field.get('FT').asName() !== 'Sig') continue;
    const value = field.get('V');
    if (value.isNull()) continue;
    const range = value.get('ByteRange');
    const byteRange = [0, 1, 2, 3].map((k) => range.get(k).asNumber());
    const [a, b, c, d] = byteRange as [number, number, number, number];
    const contents = Buffer.from(value.get('Contents').asByteString());
    const hexLength = c - b - 2;
    const gap = bytes.subarray(b, c).toString('latin1');
    const byteRangeSound = a === 0 && c + d <= bytes.length && gap.startsWith('<') && gap.endsWith('>') && hexLength === contents.length * 2;
    const signed = Buffer.concat([bytes.subarray(a, b), bytes.subarray(c, c + d)]);
    const subFilter = value.get('SubFilter').asName();
    const entry: OracleSignature = {
      field: field.get('T').asString(),
      subFilter,
      type: value.get('Type').isNull() ? '' : value.get('Type').asName(),
      byteRange,
      byteRangeSound,
      coversWholeFile: c + d === bytes.length,
      cmsValid: false,
    };
    try {
      const signedData = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn1js.fromBER(contents).result }).content });
      const signerInfo = signedData.signerInfos[0]!;
      entry.signatureAlgorithm = signerInfo.signatureAlgorithm.algorithmId;
      const signer = (signedData.certificates ?? []).find((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate && signerInfo.sid instanceof pkijs.IssuerAndSerialNumber && cert.serialNumber.isEqual(signerInfo.sid.serialNumber));
      const cn = signer?.subject.typesAndValues.find((tv) => tv.type === '2.5.4.3');
      if (cn) entry.signerCommonName = String(cn.value.valueBlock.value);
      if (subFilter === 'ETSI.RFC3161') {
        const info = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent!.getValue());
        const imprint = createHash('sha256').update(signed).digest();
        entry.timestampTime = info.genTime.toISOString();
        entry.cmsValid = Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint) && (await signedData.verify({ signer: 0, data: new Uint8Array(signed).buffer, checkChain: false }));
      } else {
        entry.cmsValid = await signedData.verify({ signer: 0, data: new Uint8Array(signed).buffer, checkChain: false });
        const stamp = signerInfo.unsignedAttrs?.attributes.find((attribute) => attribute.type === '1.2.840.113549.1.9.16.2.14');
        if (stamp) {
          const token = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: stamp.values[0] }).content });
          const info = pkijs.TSTInfo.fromBER(token.encapContentInfo.eContent!.getValue());
          const imprint = createHash('sha256').update(signerInfo.signature.valueBlock.valueHexView).digest();
          entry.timestampTime = info.genTime.toISOString();
          const signatureValue = new Uint8Array(signerInfo.signature.valueBlock.valueHexView).slice().buffer;
          entry.timestampMatches = Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint) && (await token.verify({ signer: 0, data: signatureValue, checkChain: false }));
        }
      }
    } catch (error) {
      entry.cmsValid = false;
    }
    out.push(entry);
  }
  return out;
}

/** The fonts every page uses, with whether each is embedded (a FontFile, FontFile2 or FontFile3 in its descriptor). */
export function oracleFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const document = mupdf.Document.openDocument(Buffer.from(pdf), 'application/pdf') as mupdf.PDFDocument;
  const fonts = new Map<string, boolean>();
  const visit = (resources: mupdf.PDFObject, depth: number) => {
    if (resources.isNull() || depth > 8) return;
    const each = (object: mupdf.PDFObject, fn: (value: mupdf.PDFObject) => void) => {
      if (object.isNull()) return;
      object.forEach((value) => fn(value.resolve()));
    };
    each(resources.get('Font'), (font) => {
      const descendant = font.get('DescendantFonts');
      const described = descendant.isNull() ? font : descendant.get(0);
      const descriptor = described.get('FontDescriptor');
      const embedded = !descriptor.isNull() && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => !descriptor.get(key).isNull());
      fonts.set(font.get('BaseFont').asName(), embedded);
    });
    each(resources.get('XObject'), (xobject) => visit(xobject.get('Resources'), depth + 1));
  };
  for (let i = 0; i < document.countPages(); i++) {
    const page = document.loadPage(i).getObject();
    visit(page.getInheritable('Resources'), 0);
    const annots = page.get('Annots');
    for (let k = 0; k < annots.length; k++) {
      const appearance = annots.get(k).get('AP');
      const normal = appearance?.isNull() === false ? appearance.get('N') : undefined;
      if (normal && !normal.isNull()) visit(normal.get('Resources'), 1);
    }
  }
  return [...fonts].map(([name, embedded]) => ({ name, embedded }));
}

/** The text of one page (1-based) as MuPDF extracts it, with the text its annotations and widgets show. */
export function oraclePageText(pdf: Uint8Array, page: number): string {
  const document = mupdf.Document.openDocument(Buffer.from(pdf), 'application/pdf') as mupdf.PDFDocument;
  const loaded = document.loadPage(page - 1);
  const annotations = [...loaded.getAnnotations(), ...loaded.getWidgets()].map((annotation) => annotation.toDisplayList().toStructuredText('preserve-whitespace').asText());
  return [loaded.toStructuredText('preserve-whitespace').asText(), ...annotations].join('\n');
}

/** Where the signature widgets are: page (1-based) and /Rect. */
export function oracleSignatureWidgets(pdf: Uint8Array): { page: number; rect: number[] }[] {
  const document = mupdf.Document.openDocument(Buffer.from(pdf), 'application/pdf') as mupdf.PDFDocument;
  const out: { page: number; rect: number[] }[] = [];
  for (let i = 0; i < document.countPages(); i++) {
    for (const widget of document.loadPage(i).getWidgets()) {
      if (widget.getFieldType() !== 'signature') continue;
      const rect = widget.getObject().get('Rect');
      out.push({ page: i + 1, rect: [0, 1, 2, 3].map((k) => rect.get(k).asNumber()) });
    }
  }
  return out;
}
