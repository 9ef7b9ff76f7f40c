import { CompactError } from '../errors.js';
import type { Language } from '../model/index.js';

/** What the PDF says about itself and the words of its page furniture (the PDF backend's contract). */
export interface PdfMeta {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  lang: Language;
  headerTitle: string;
  labels: { page: string };
  creationDate: Date;
}

type MarkdownToPdf = (markdown: string, meta: PdfMeta) => Promise<Buffer>;

// The specifier is a variable so that the bundler leaves the PDF backend to be loaded from the package on first use.
const PDF_BACKEND = './pdf/index.js';

/** The PDF backend (pdfkit, fonts), loaded only when a PDF is asked for. */
export async function loadPdfBackend(): Promise<MarkdownToPdf> {
  try {
    const backend = (await import(PDF_BACKEND)) as { markdownToPdf: MarkdownToPdf };
    return backend.markdownToPdf;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
    throw new CompactError('PDF output is not available in this build of compact; render --format html or md instead', { cause: error });
  }
}
