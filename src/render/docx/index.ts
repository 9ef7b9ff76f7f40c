/** What the Word document says about itself and the words of its page furniture. */
export interface DocxMeta {
  title: string;
  /** The author in the document properties: the municipality. */
  author?: string;
  subject?: string;
  keywords?: string[];
  lang: 'sv' | 'en';
  /** The running header on every page. */
  headerTitle: string;
  /** The footer, e.g. "Sida {{page}} av {{pages}}": filled in by Word with PAGE and NUMPAGES fields. */
  pageLabel: string;
  /** The heading of the table of contents. */
  contentsLabel: string;
  /** The document's dates (core properties, the zip entries, tracked changes): the same date gives the same bytes. */
  creationDate: Date;
}

export interface DocxOptions {
  /**
   * Read the change marks of a redline as tracked changes by this author (insertions, deletions, and notes as
   * comments), so that a reviewer can accept or reject each in Word or LibreOffice.
   */
  trackChanges?: { author: string };
}

/** Writes rendered Markdown as a Word document (.docx); the docx package is loaded on the first call only. */
export async function markdownToDocx(markdown: string, meta: DocxMeta, options: DocxOptions = {}): Promise<Buffer> {
  const { renderDocx } = await import('./document.js');
  return renderDocx(markdown, meta, options);
}
