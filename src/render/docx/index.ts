import type { DocumentMeta } from '../pdf/index.js';

/** What the Word document says about itself and the words of its page furniture. */
export interface DocxMeta extends DocumentMeta {
  /** The footer, e.g. "Sida {{page}} av {{pages}}": filled in by Word with PAGE and NUMPAGES fields. */
  pageLabel: string;
  /** The heading of the table of contents. */
  contentsLabel: string;
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
