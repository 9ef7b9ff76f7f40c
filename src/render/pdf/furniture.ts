import { useFace } from './fonts.js';
import { COLORS, FURNITURE } from './style.js';

export interface FurnitureText {
  headerTitle: string;
  /** "Sida {{page}} av {{pages}}" */
  pageLabel: string;
}

/**
 * Running header (every page but the cover) and page numbers (every page), drawn once all pages
 * exist so that the total is known. Marked as pagination artifacts, outside the structure tree.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, text: FurnitureText): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const page = doc.page;
    const margins = page.margins;
    // Text below the bottom margin would otherwise start a new page.
    page.margins = { ...margins, bottom: 0 };
    const width = page.width - margins.left - margins.right;
    doc.markContent('Artifact', { type: 'Pagination' });
    useFace(doc, 'sans').fontSize(FURNITURE.size).fillColor(COLORS.muted);
    if (index > start) {
      doc.text(fitToWidth(doc, text.headerTitle, width), margins.left, FURNITURE.headerY, { lineBreak: false });
      const ruleY = FURNITURE.headerY + doc.currentLineHeight(true) + FURNITURE.ruleGap / 2;
      doc.moveTo(margins.left, ruleY).lineTo(margins.left + width, ruleY).lineWidth(0.4).stroke(COLORS.rule);
    }
    const label = pageLabel(text.pageLabel, index - start + 1, count);
    doc.text(label, margins.left, page.height - FURNITURE.footerOffset, { width, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    page.margins = margins;
  }
}

export function pageLabel(template: string, page: number, pages: number): string {
  return template.replace(/\{\{\s*page\s*\}\}/g, String(page)).replace(/\{\{\s*pages\s*\}\}/g, String(pages));
}

/** The text, shortened at a word with an ellipsis when it is wider than `width` in the current font. */
function fitToWidth(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1 && doc.widthOfString(`${words.join(' ')} …`) > width) words.pop();
  return `${words.join(' ')} …`;
}
