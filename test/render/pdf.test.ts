import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/render/pdf/index.js';
import { pdfDocumentInfo, isA4, pdfStructureRoles, type PdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfFonts, pdfjsLoadedFonts } from '../helpers/oracles/pdf-fonts.js';
import { pdfPageLines, pdfText } from '../helpers/oracles/pdf-text.js';
import { qpdfCheck, qpdfObject, qpdfObjects, qpdfOutline, qpdfRawStream } from '../helpers/oracles/qpdf.js';
import { fixture, renderToFile, swedishMeta, type PdfFile } from '../helpers/pdf-tools.js';

const markdown = fixture('compact-sv.md');
const headings = [...markdown.matchAll(/^#{1,4} (.+)$/gm)].map((match) => match[1]!);

let pdf: PdfFile;
let info: PdfDocumentInfo;
/** The text lines of each page, read by pdf.js. */
let pageLines: string[][];
beforeAll(async () => {
  pdf = await renderToFile(markdown, swedishMeta());
  [info, pageLines] = await Promise.all([pdfDocumentInfo(pdf.path), pdfPageLines(pdf.path)]);
});

async function catalogOf(path: string): Promise<string> {
  const root = /\/Root (\d+) 0 R/.exec(await qpdfObject(path, 'trailer'))![1]!;
  return qpdfObject(path, root);
}
afterAll(() => pdf.remove());

describe('markdownToPdf on a compact', () => {
  it('keeps every heading and list item, in reading order', async () => {
    const text = (await pdfText(pdf.path)).replace(/\s+/g, ' ');
    const listTexts = [
      'Informera om och bjuda in till dialog',
      'fleråriga överenskommelser där det är möjligt',
      'Utse en kontaktperson',
      'Vara tydliga med sitt uppdrag',
      'Delta i den årliga uppföljningen',
      'För föreningen',
    ];
    const inSourceOrder = [...headings, ...listTexts].sort((a, b) => markdown.indexOf(a) - markdown.indexOf(b));
    let position = -1;
    for (const piece of inSourceOrder) {
      const found = text.indexOf(piece, position + 1);
      expect(found, piece).toBeGreaterThan(position);
      position = found;
    }
  });

  it('numbers ordered lists and hangs bullets of nested lists', async () => {
    const text = await pdfText(pdf.path);
    expect(text).toMatch(/1\. Informera om/);
    expect(text).toMatch(/4\. Utse en kontaktperson/);
    expect(text).toMatch(/– fleråriga överenskommelser/);
    expect(text).toMatch(/• Vara tydliga/);
  });

  it('puts the title on a cover and the running header on every later page', () => {
    const pages = info.pages;
    expect(pageLines).toHaveLength(pages);
    const cover = pageLines[0]!;
    expect(cover.slice(0, 4).join(' ')).toBe(headings[0]);
    expect(cover).not.toContain('Inledning');
    expect(cover.at(-1)).toBe(`Sida 1 av ${pages}`);
    for (let page = 2; page <= pages; page++) {
      expect(pageLines[page - 1]![0], `page ${page}`).toBe('Överenskommelse om samverkan i Exempelby');
    }
  });

  it('starts a new page at a thematic break and draws signature blanks as rules, not underscores', () => {
    const pages = info.pages;
    const last = pageLines[pages - 1]!;
    expect(last[1]).toBe('Underskrifter');
    expect(last.filter((line) => line === 'Underskrift:')).toHaveLength(2);
    expect(last.join('\n')).not.toContain('_');
    const penultimate = pageLines[pages - 2]!.join('\n');
    expect(penultimate).toContain('Uppföljning');
  });

  it('embeds every font', async () => {
    const fonts = await pdfFonts(pdf.path);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) expect([font.embedded, font.subset, font.unicode], font.name).toEqual([true, true, true]);
    const loaded = await pdfjsLoadedFonts(pdf.path);
    expect(loaded.map((font) => font.name).sort()).toEqual(fonts.map((font) => font.name).sort());
    for (const font of loaded) expect(!font.missingFile && font.programBytes > 1000, font.name).toBe(true);
  });

  it('records the metadata, the language and the tagging', async () => {
    expect(info).toMatchObject({
      title: 'Överenskommelse om samverkan i Exempelby',
      author: 'Exempelby kommun',
      keywords: 'överenskommelse, civilsamhälle',
      tagged: true,
      version: '1.7',
      language: 'sv',
      creationDate: expect.stringContaining('D:2024'),
      modDate: info.creationDate,
    });
    for (const size of info.pageSizes) expect(isA4(size), String(size)).toBe(true);
    const catalog = await catalogOf(pdf.path);
    expect(catalog).toContain('/Lang (sv)');
    expect(catalog).toContain('/StructTreeRoot');
    expect(catalog).toContain('/OutputIntents');
    const roles = await pdfStructureRoles(pdf.path);
    expect(roles[0]).toContain('H1');
    expect(roles.flat()).toEqual(expect.arrayContaining(['H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody']));
  });

  it('embeds the font files without a CIDSet (optional in PDF/A-2, and a known veraPDF failure when incomplete)', async () => {
    const { json } = await qpdfObjects(pdf.path);
    expect(json).toContain('"/FontFile2"');
    expect(json).not.toContain('"/CIDSet"');
  });

  it('passes qpdf --check', async () => {
    const check = await qpdfCheck(pdf.path);
    expect(check.ok, check.output).toBe(true);
    expect(check.output).toContain('No syntax or stream encoding errors found');
  });

  it('bookmarks every ## section with its ### sub-sections nested under it', async () => {
    const outline = await qpdfOutline(pdf.path);
    expect(outline.map((item) => item.title)).toEqual(['Inledning', 'Principer för samverkan', 'Åtaganden', 'Uppföljning', 'Underskrifter']);
    expect(outline[1]!.kids.map((item) => item.title)).toEqual([
      'Självständighet och oberoende',
      'Dialog',
      'Kvalitet',
      'Långsiktighet',
      'Öppenhet och insyn',
      'Mångfald',
    ]);
    expect(outline[2]!.kids.map((item) => item.title)).toEqual(['Kommunens åtaganden', 'Det civila samhällets åtaganden']);
    expect(outline.at(-1)!.page).toBe(info.pages);
    for (const item of outline) expect(pageLines[item.page - 1]).toContain(item.title);
  });

  it('gives the same bytes for the same input, also after other documents reused the opened fonts', async () => {
    await markdownToPdf(fixture('hard-characters.md'), swedishMeta());
    const again = await markdownToPdf(markdown, swedishMeta());
    expect(again.equals(pdf.bytes)).toBe(true);
  });

  it('changes the bytes with the creation date', async () => {
    const later = await markdownToPdf(markdown, swedishMeta({ creationDate: new Date('2025-01-01T00:00:00Z') }));
    expect(later.equals(pdf.bytes)).toBe(false);
    expect(later.toString('latin1')).toContain('(D:20250101000000Z)');
  });

  it('writes well-formed XMP when the title has XML special characters', async () => {
    const file = await renderToFile('# A & B <i>\n\nText.', swedishMeta({ title: 'Kommun & förening <2024> "ny"', author: "O'Neil" }));
    try {
      const fileInfo = await pdfDocumentInfo(file.path);
      expect(fileInfo.title).toBe('Kommun & förening <2024> "ny"');
      const metadata = /\/Metadata (\d+) 0 R/.exec(await catalogOf(file.path))![1]!;
      const xmp = await qpdfRawStream(file.path, metadata);
      expect(XMLValidator.validate(xmp)).toBe(true);
      expect(xmp).toContain('Kommun &amp; förening &lt;2024&gt;');
      expect(fileInfo.xmp).toBe(xmp);
      expect(await pdfText(file.path)).toContain('A & B <i>');
    } finally {
      file.remove();
    }
  });

  it('prints English page labels', async () => {
    const file = await renderToFile('# Compact\n\nIntro.\n\n## Principles\n\nText.', swedishMeta({ lang: 'en', labels: { page: 'Page {{page}} of {{pages}}' } }));
    try {
      expect((await pdfPageLines(file.path))[1]!.at(-1)).toBe('Page 2 of 2');
      expect(await catalogOf(file.path)).toContain('/Lang (en)');
      expect((await pdfDocumentInfo(file.path)).language).toBe('en');
    } finally {
      file.remove();
    }
  });

  it('keeps each party name on the page of its signature lines', async () => {
    const blank = (length: number): string => '\\_'.repeat(length);
    const parties = Array.from({ length: 6 }, (_, n) =>
      [`**För part ${n + 1}**`, '', `Underskrift: ${blank(30)}`, `Namnförtydligande: ${blank(30)}`, `Ort och datum: ${blank(20)}`].join('\n'),
    );
    const file = await renderToFile(['# T', 'Intro.', '## Underskrifter', ...parties].join('\n\n'), swedishMeta());
    try {
      const allLines = await pdfPageLines(file.path);
      const pages = (await pdfDocumentInfo(file.path)).pages;
      expect(allLines).toHaveLength(pages);
      expect(pages).toBeGreaterThan(2);
      for (let page = 2; page <= pages; page++) {
        const lines = allLines[page - 1]!;
        expect(lines.at(-2), `page ${page}`).toBe('Ort och datum:');
        expect(lines.filter((line) => line.startsWith('För part')).length).toBe(lines.filter((line) => line === 'Underskrift:').length);
      }
    } finally {
      file.remove();
    }
  });
});
