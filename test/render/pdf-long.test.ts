import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfPageLines } from '../helpers/oracles/pdf-text.js';
import { qpdfOutline } from '../helpers/oracles/qpdf.js';
import { renderToFile, swedishMeta, type PdfFile } from '../helpers/pdf-tools.js';

const SECTIONS = 12;
const COMMITMENTS = 200;

/** A compact with 200 commitments over twelve sections, with paragraphs of varying length between the lists. */
function longCompact(): { markdown: string; headings: string[] } {
  const headings: string[] = [];
  const parts = ['# Överenskommelse med många åtaganden', '', 'Ett långt dokument för att pröva sidbrytningar.', ''];
  let commitment = 0;
  for (let section = 1; section <= SECTIONS; section++) {
    const title = `Område ${section}: samverkan och dialog`;
    headings.push(title);
    parts.push(`## ${title}`, '', `Inledande text för område ${section}. `.repeat(1 + (section % 4) * 3), '');
    for (const [partyIndex, party] of ['Kommunens åtaganden', 'Föreningarnas åtaganden'].entries()) {
      const subTitle = `${party} inom område ${section}`;
      headings.push(subTitle);
      parts.push(`### ${subTitle}`, '');
      const isLast = section === SECTIONS && partyIndex === 1;
      const count = isLast ? COMMITMENTS - commitment : 6 + ((section + partyIndex) % 4);
      for (let item = 0; item < count; item++) {
        commitment++;
        const extra = commitment % 5 === 0 ? ' Åtagandet följs upp varje år av samverkansrådet och redovisas i en gemensam rapport.' : '';
        parts.push(`${item + 1}. Åtagande nummer ${commitment} om dialog och samråd.${extra}`);
      }
      parts.push('');
    }
  }
  return { markdown: parts.join('\n'), headings };
}

const { markdown, headings } = longCompact();
let pdf: PdfFile;
let pages: number;
/** The text lines of each page, read by pdf.js. */
let lines: string[][];
const pageLines = (_path: string, page: number): string[] => lines[page - 1]!;
beforeAll(async () => {
  pdf = await renderToFile(markdown, swedishMeta({ labels: { page: 'Page {{page}} of {{pages}}' } }));
  [pages, lines] = await Promise.all([pdfDocumentInfo(pdf.path).then((info) => info.pages), pdfPageLines(pdf.path)]);
  expect(lines).toHaveLength(pages);
});
afterAll(() => pdf.remove());

describe('a compact with 200 commitments', () => {
  it('contains every commitment', () => {
    const text = Array.from({ length: pages }, (_, index) => pageLines(pdf.path, index + 1).join(' ')).join(' ');
    const missing = Array.from({ length: COMMITMENTS }, (_, index) => index + 1).filter((n) => !text.includes(`Åtagande nummer ${n} om`));
    expect(missing).toEqual([]);
    expect(text).not.toContain(`Åtagande nummer ${COMMITMENTS + 1} om`);
  });

  it('prints "Page N of M" at the foot of every page', () => {
    expect(pages).toBeGreaterThan(8);
    for (let page = 1; page <= pages; page++) expect(pageLines(pdf.path, page).at(-1)).toBe(`Page ${page} of ${pages}`);
  });

  it('never ends a page with a heading', () => {
    const headingSet = new Set(headings);
    for (let page = 1; page <= pages; page++) {
      const lines = pageLines(pdf.path, page).slice(0, -1);
      expect(headingSet.has(lines.at(-1)!), `page ${page} ends with "${lines.at(-1)}"`).toBe(false);
    }
  });

  it('bookmarks every section and sub-section on the page where it starts', async () => {
    const outline = await qpdfOutline(pdf.path);
    const titles = outline.flatMap((section) => [section.title, ...section.kids.map((kid) => kid.title)]);
    expect(titles).toEqual(headings);
    for (const item of outline.flatMap((section) => [section, ...section.kids])) {
      expect(pageLines(pdf.path, item.page), item.title).toContain(item.title);
    }
  });
});
