/** What a printed document says about itself (its properties) and the title of its running header. */
export interface DocumentMeta {
  title: string;
  /** The author in the document properties: the municipality. */
  author?: string;
  subject?: string;
  keywords?: string[];
  lang: 'sv' | 'en';
  /** The running header. */
  headerTitle: string;
  /** The document's dates: the same date gives the same bytes. */
  creationDate: Date;
}

/** What the PDF says about itself (document information, XMP) and the words of its page furniture. */
export interface PdfMeta extends DocumentMeta {
  labels: {
    /** The footer, e.g. "Sida {{page}} av {{pages}}" or "Page {{page}} of {{pages}}". */
    page: string;
  };
}

export interface PdfOptions {
  /** Read the change marks of a redline: inserted words underlined, deleted ones struck through, each in its colour. */
  changeMarks?: boolean;
}

/**
 * Typesets rendered Markdown as an A4 PDF (PDF/A-2b identification, tagged, with bookmarks).
 * pdfkit, markdown-it and the fonts are loaded on the first call only.
 */
export async function markdownToPdf(markdown: string, meta: PdfMeta, options: PdfOptions = {}): Promise<Buffer> {
  const { renderPdf } = await import('./document.js');
  return renderPdf(markdown, meta, options);
}
