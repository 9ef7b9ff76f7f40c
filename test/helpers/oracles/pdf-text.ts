import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { withPdfjs, type PdfSource } from './pdfjs.js';

interface Glyphs {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A gap wider than this share of the font size between two runs on one line is a space. */
const SPACE_GAP = 0.15;
/** Runs whose baselines differ by less than this share of the font size are on the same line. */
const SAME_LINE = 0.3;

/** The runs of one page grouped into lines, top to bottom, each line left to right. */
function linesOf(runs: Glyphs[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y);
  const lines: Glyphs[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= SAME_LINE * Math.min(line[0]!.size, run.size)) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      const ordered = line.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const run of ordered) {
        const gap = run.x - end;
        if (text !== '' && gap > SPACE_GAP * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
        text += run.text;
        end = run.x + run.width;
      }
      return text.trim();
    })
    .filter((line) => line !== '');
}

/**
 * The text of each page as lines, read by pdf.js: top to bottom, each line left to right (the reading order of
 * a one-column page, as pdftotext gives it), trimmed, blank lines left out. No Unicode normalisation: what
 * comes back is what the PDF's ToUnicode maps say.
 */
export async function pdfPageLines(source: PdfSource): Promise<string[][]> {
  return withPdfjs(source, async (document) => {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ disableNormalization: true });
      const runs = (content.items as TextItem[])
        .filter((item) => 'str' in item && item.str !== '')
        .map((item) => ({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || 1 }));
      pages.push(linesOf(runs));
      page.cleanup();
    }
    return pages;
  });
}

/** The text lines of one page (counted from 1). */
export async function pdfLinesOfPage(source: PdfSource, page: number): Promise<string[]> {
  const pages = await pdfPageLines(source);
  const lines = pages[page - 1];
  if (!lines) throw new Error(`the PDF has ${pages.length} pages, not a page ${page}`);
  return lines;
}

/** The whole text: lines joined by a newline, each page ended by a form feed (as pdftotext writes it). */
export async function pdfText(source: PdfSource): Promise<string> {
  return (await pdfPageLines(source)).map((lines) => `${lines.join('\n')}\n\f`).join('');
}
