import { CompactError } from '../errors.js';

/** Where PDF readers look for the header: anywhere in the first kilobyte. */
const HEADER_WINDOW = 1024;

/** Refuses input that is not a PDF, is encrypted, or is laid out in a way the signing helpers cannot update. */
export function assertSignablePdf(pdf: Uint8Array, name: string): void {
  assertPdf(pdf, name);
  const text = latin1(pdf);
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(text)) {
    throw new CompactError(`${name} is encrypted (password-protected); remove the protection first, for example: qpdf --decrypt ${name} plain.pdf`);
  }
  const lastStartXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  const xrefOffset = lastStartXref ? Number(lastStartXref[1]) : -1;
  if (xrefOffset < 0 || xrefOffset >= pdf.length) {
    throw new CompactError(`${name} is damaged: its end (startxref … %%EOF) is missing or wrong; repair it, for example: qpdf ${name} repaired.pdf`);
  }
  if (!/^\s*xref/.test(text.slice(xrefOffset, xrefOffset + 64))) {
    throw new CompactError(
      `${name} uses compressed cross-reference streams, which compact cannot sign; rewrite it first: ${plainRewrite(name)}`,
    );
  }
  if (/\/Linearized\b/.test(text.slice(0, HEADER_WINDOW))) {
    throw new CompactError(`${name} is linearized (saved for fast web view), which compact cannot sign; rewrite it first: ${plainRewrite(name)}`);
  }
}

/** The qpdf command that rewrites a PDF with a plain cross-reference table, neither compressed nor linearized. */
export function plainRewrite(name: string): string {
  return `qpdf --object-streams=disable ${name} plain.pdf`;
}

/** Refuses input that is not a PDF at all. */
export function assertPdf(pdf: Uint8Array, name: string): void {
  const head = latin1(pdf.subarray(0, HEADER_WINDOW));
  if (!head.includes('%PDF-')) throw new CompactError(`${name} is not a PDF file (it does not start with %PDF-)`);
  if (!latin1(pdf.subarray(Math.max(0, pdf.length - 1024))).includes('%%EOF')) {
    throw new CompactError(`${name} is not a complete PDF file (it has no %%EOF at the end); it may be truncated`);
  }
}

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
