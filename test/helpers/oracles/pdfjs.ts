import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF given by its path on disk or by its bytes. */
export type PdfSource = string | Uint8Array;

async function bytesOf(source: PdfSource): Promise<Uint8Array> {
  // pdf.js takes ownership of the array it is given, so it always gets a copy.
  return typeof source === 'string' ? new Uint8Array(await readFile(source)) : new Uint8Array(source);
}

/** Opens the PDF with pdf.js (Mozilla's reader, independent of pdfkit), runs `use` on it and closes it again. */
export async function withPdfjs<T>(source: PdfSource, use: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = getDocument({ data: await bytesOf(source), isEvalSupported: false, useSystemFonts: false, fontExtraProperties: true, verbosity: 0 });
  const document = await task.promise;
  try {
    return await use(document);
  } finally {
    await task.destroy();
  }
}
