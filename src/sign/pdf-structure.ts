import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Where PDF readers look for the header: anywhere in the first kilobyte. */
const HEADER_WINDOW = 1024;

/** Refuses input that is not a PDF, is encrypted, or is laid out in a way the signing helpers cannot update. */
export function assertSignablePdf(pdf: Uint8Array, name: string): void {
  assertPdf(pdf, name);
  const text = latin1(pdf);
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(text)) {
    throw new CompactError(t('sign.pdf.encrypted', { file: name }));
  }
  const lastStartXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  const xrefOffset = lastStartXref ? Number(lastStartXref[1]) : -1;
  if (xrefOffset < 0 || xrefOffset >= pdf.length) {
    throw new CompactError(t('sign.pdf.damagedEnd', { file: name }));
  }
  if (!/^\s*xref/.test(text.slice(xrefOffset, xrefOffset + 64))) {
    throw new CompactError(t('sign.pdf.xrefStreams', { file: name, command: plainRewrite(name) }));
  }
  if (/\/Linearized\b/.test(text.slice(0, HEADER_WINDOW))) {
    throw new CompactError(t('sign.pdf.linearized', { file: name, command: plainRewrite(name) }));
  }
}

/** The qpdf command that rewrites a PDF with a plain cross-reference table, neither compressed nor linearized. */
export function plainRewrite(name: string): string {
  return `qpdf --object-streams=disable ${name} plain.pdf`;
}

/** Refuses input that is not a PDF at all. */
export function assertPdf(pdf: Uint8Array, name: string): void {
  const head = latin1(pdf.subarray(0, HEADER_WINDOW));
  if (!head.includes('%PDF-')) throw new CompactError(t('sign.pdf.notPdf', { file: name }));
  if (!latin1(pdf.subarray(Math.max(0, pdf.length - 1024))).includes('%%EOF')) {
    throw new CompactError(t('sign.pdf.truncated', { file: name }));
  }
}

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
