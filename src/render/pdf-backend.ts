import type { PdfMeta, PdfOptions } from './pdf/index.js';

export type { PdfMeta, PdfOptions };

type MarkdownToPdf = (markdown: string, meta: PdfMeta, options?: PdfOptions) => Promise<Buffer>;

/** The PDF backend (pdfkit, fonts), loaded only when a PDF is asked for. */
export async function loadPdfBackend(): Promise<MarkdownToPdf> {
  return (await import('./pdf/index.js')).markdownToPdf;
}
