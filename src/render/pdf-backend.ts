import type { PdfMeta } from './pdf/index.js';

export type { PdfMeta };

type MarkdownToPdf = (markdown: string, meta: PdfMeta) => Promise<Buffer>;

/** The PDF backend (pdfkit, fonts), loaded only when a PDF is asked for. */
export async function loadPdfBackend(): Promise<MarkdownToPdf> {
  return (await import('./pdf/index.js')).markdownToPdf;
}
