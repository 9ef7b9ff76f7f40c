import { execFileSync } from 'node:child_process';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/render/pdf/index.js';
import {
  fixture,
  pageLines,
  pdfInfo,
  pdfObject,
  pdfOutline,
  pdfText,
  renderToFile,
  swedishMeta,
  tool,
  type PdfFile,
} from '../helpers/pdf-tools.js';

const markdown = fixture('compact-sv.md');
const headings = [...markdown.matchAll(/^#{1,4} (.+)$/gm)].map((match) => match[1]!);

let pdf: PdfFile;
beforeAll(async () => {
  pdf = await renderToFile(markdown, swedishMeta());
});
afterAll(() => pdf.remove());

describe('markdownToPdf on a compact', () => {
  it('keeps every heading and list item, in reading order', () => {
    const text = pdfText(pdf.path).replace(/\s+/g, ' ');
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

  it('numbers ordered lists and hangs bullets of nested lists', () => {
    const text = pdfText(pdf.path, { layout: true });
    expect(text).toMatch(/1\. Informera om/);
    expect(text).toMatch(/4\. Utse en kontaktperson/);
    expect(text).toMatch(/– fleråriga överenskommelser/);
    expect(text).toMatch(/• Vara tydliga/);
  });

  it('puts the title on a cover and the running header on every later page', () => {
    const pages = Number(pdfInfo(pdf.path).Pages);
    const cover = pageLines(pdf.path, 1);
    expect(cover.slice(0, 4).join(' ')).toBe(headings[0]);
    expect(cover).not.toContain('Inledning');
    expect(cover.at(-1)).toBe(`Sida 1 av ${pages}`);
    for (let page = 2; page <= pages; page++) {
      expect(pageLines(pdf.path, page)[0], `page ${page}`).toBe('Överenskommelse om samverkan i Exempelby');
    }
  });

  it('starts a new page at a thematic break and draws signature blanks as rules, not underscores', () => {
    const pages = Number(pdfInfo(pdf.path).Pages);
    const last = pageLines(pdf.path, pages);
    expect(last[1]).toBe('Underskrifter');
    expect(last.filter((line) => line === 'Underskrift:')).toHaveLength(2);
    expect(last.join('\n')).not.toContain('_');
    const penultimate = pageLines(pdf.path, pages - 1).join('\n');
    expect(penultimate).toContain('Uppföljning');
  });

  it('embeds every font', () => {
    const rows = tool('pdffonts', [pdf.path]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
  });

  it('records the metadata, the language and the tagging', () => {
    const info = pdfInfo(pdf.path);
    expect(info).toMatchObject({
      Title: 'Överenskommelse om samverkan i Exempelby',
      Author: 'Exempelby kommun',
      Keywords: 'överenskommelse, civilsamhälle',
      Tagged: 'yes',
      'PDF version': '1.7',
      'Page size': expect.stringContaining('(A4)'),
      CreationDate: expect.stringContaining('2024'),
      ModDate: info.CreationDate,
    });
    const root = /\/Root (\d+) 0 R/.exec(pdfObject(pdf.path, 'trailer'))![1]!;
    const catalog = pdfObject(pdf.path, root);
    expect(catalog).toContain('/Lang (sv)');
    expect(catalog).toContain('/StructTreeRoot');
    expect(catalog).toContain('/OutputIntents');
  });

  it('embeds the font files without a CIDSet (optional in PDF/A-2, and a known veraPDF failure when incomplete)', () => {
    const objects = tool('qpdf', ['--json', '--json-key=qpdf', pdf.path]);
    expect(objects).toContain('"/FontFile2"');
    expect(objects).not.toContain('"/CIDSet"');
  });

  it('passes qpdf --check', () => {
    expect(() => execFileSync('qpdf', ['--check', pdf.path], { stdio: 'pipe' })).not.toThrow();
  });

  it('bookmarks every ## section with its ### sub-sections nested under it', () => {
    const outline = pdfOutline(pdf.path);
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
    const pages = Number(pdfInfo(pdf.path).Pages);
    expect(outline.at(-1)!.page).toBe(pages);
    for (const item of outline) expect(pageLines(pdf.path, item.page)).toContain(item.title);
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
      expect(pdfInfo(file.path).Title).toBe('Kommun & förening <2024> "ny"');
      const root = /\/Root (\d+) 0 R/.exec(pdfObject(file.path, 'trailer'))![1]!;
      const metadata = /\/Metadata (\d+) 0 R/.exec(pdfObject(file.path, root))![1]!;
      const xmp = tool('qpdf', [`--show-object=${metadata}`, '--raw-stream-data', file.path]);
      expect(XMLValidator.validate(xmp)).toBe(true);
      expect(xmp).toContain('Kommun &amp; förening &lt;2024&gt;');
      expect(pdfText(file.path)).toContain('A & B <i>');
    } finally {
      file.remove();
    }
  });

  it('prints English page labels', async () => {
    const file = await renderToFile('# Compact\n\nIntro.\n\n## Principles\n\nText.', swedishMeta({ lang: 'en', labels: { page: 'Page {{page}} of {{pages}}' } }));
    try {
      expect(pageLines(file.path, 2).at(-1)).toBe('Page 2 of 2');
      expect(pdfObject(file.path, /\/Root (\d+) 0 R/.exec(pdfObject(file.path, 'trailer'))![1]!)).toContain('/Lang (en)');
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
      const pages = Number(pdfInfo(file.path).Pages);
      expect(pages).toBeGreaterThan(2);
      for (let page = 2; page <= pages; page++) {
        const lines = pageLines(file.path, page);
        expect(lines.at(-2), `page ${page}`).toBe('Ort och datum:');
        expect(lines.filter((line) => line.startsWith('För part')).length).toBe(lines.filter((line) => line === 'Underskrift:').length);
      }
    } finally {
      file.remove();
    }
  });
});
