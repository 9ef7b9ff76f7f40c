// The PDFs of `npm test`, read by poppler (pdftotext, pdfinfo, pdffonts) and Debian's qpdf, and the npm oracles
// of the default suite (pdf.js, qpdf in WebAssembly) checked against them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfFonts } from '../helpers/oracles/pdf-fonts.js';
import { pdfPageLines } from '../helpers/oracles/pdf-text.js';
import { qpdfCheck as qpdfWasmCheck } from '../helpers/oracles/qpdf.js';
import { fixture, renderToFile, swedishMeta, type PdfFile } from '../helpers/pdf-tools.js';
import { EXAMPLES } from '../render/helpers.js';
import { pdffonts, pdfinfo, pdftotext, pdftotextPageLines, qpdfCheck } from './debian-tools.js';

const markdown = fixture('compact-sv.md');
const headings = [...markdown.matchAll(/^#{1,4} (.+)$/gm)].map((match) => match[1]!);
const scratch = mkdtempSync(join(tmpdir(), 'compact-crosscheck-pdf-'));

function expectEveryFontEmbeddedSubsetAndUnicode(path: string, atLeast: number): void {
  const rows = pdffonts(path);
  expect(rows.length).toBeGreaterThanOrEqual(atLeast);
  for (const row of rows) expect(row.split(/\s+/).slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
}

describe('a rendered compact through poppler and qpdf', () => {
  let pdf: PdfFile;
  beforeAll(async () => {
    pdf = await renderToFile(markdown, swedishMeta());
  });
  afterAll(() => pdf.remove());

  it('pdftotext keeps every heading and list item in reading order, the list numbers and bullets on their lines', () => {
    const text = pdftotext(pdf.path).replace(/\s+/g, ' ');
    let position = -1;
    for (const heading of headings) {
      const found = text.indexOf(heading, position + 1);
      expect(found, heading).toBeGreaterThan(position);
      position = found;
    }
    const layout = pdftotext(pdf.path, { layout: true });
    expect(layout).toMatch(/1\. Informera om/);
    expect(layout).toMatch(/4\. Utse en kontaktperson/);
    expect(layout).toMatch(/– fleråriga överenskommelser/);
    expect(layout).toMatch(/• Vara tydliga/);
  });

  it('pdffonts finds every font embedded, subset and with a ToUnicode map', () => {
    expectEveryFontEmbeddedSubsetAndUnicode(pdf.path, 3);
  });

  it('pdfinfo shows the metadata, A4 pages and the tagging', () => {
    const info = pdfinfo(pdf.path);
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
  });

  it('passes qpdf --check', () => {
    expect(qpdfCheck(pdf.path)).toContain('No syntax or stream encoding errors found');
  });

  it('pdf.js gives the lines pdftotext gives, page by page', async () => {
    expect(await pdfPageLines(pdf.path)).toEqual(pdftotextPageLines(pdf.path));
  });

  it('pdf.js and pdfinfo agree on the page count, the title and the tagging; the fonts agree with pdffonts', async () => {
    const info = pdfinfo(pdf.path);
    const oracle = await pdfDocumentInfo(pdf.path);
    expect([oracle.pages, oracle.title, oracle.tagged]).toEqual([Number(info.Pages), info.Title, info.Tagged === 'yes']);
    const fonts = await pdfFonts(pdf.path);
    expect(fonts.map((font) => font.name).sort()).toEqual(pdffonts(pdf.path).map((row) => row.split(/\s+/)[0]).sort());
  });
});

describe('characters beyond Latin-1 through pdftotext', () => {
  it('come back unchanged, and pdfinfo shows the title', async () => {
    const pdf = await renderToFile(fixture('hard-characters.md'), swedishMeta({ title: 'Åsa Öberg – Čáđ Ŋŧž', headerTitle: 'Łódź İstanbul Москва' }));
    try {
      const text = pdftotext(pdf.path);
      for (const line of ['Åsa Öberg, Göteborg', 'Čáđ Ŋŧž, Guovdageaidnu (á č đ ŋ š ŧ ž)', 'Łódź, Zażółć gęślą jaźń', 'İstanbul, Iğdır, Şişli', 'Москва, Санкт-Петербург', 'Äänekoski, Ähtäri', '«Ёлка» — “quotes” ‘single’ … № 5 € 100 § 3', 'Łódź İstanbul Москва']) {
        expect(text).toContain(line);
      }
      expect(pdfinfo(pdf.path).Title).toBe('Åsa Öberg – Čáđ Ŋŧž');
      expect(await pdfPageLines(pdf.path)).toEqual(pdftotextPageLines(pdf.path));
    } finally {
      pdf.remove();
    }
  });
});

describe.each(EXAMPLES)('compact render examples/%s.yaml through poppler and qpdf', (name) => {
  it.each(['sv', 'en'])('in %s: fonts, title, tagging, qpdf --check, and the same lines from pdf.js and pdftotext', async (lang) => {
    const out = join(scratch, `${name}-${lang}.pdf`);
    const result = await runCli(['render', `examples/${name}.yaml`, '--lang', lang, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectEveryFontEmbeddedSubsetAndUnicode(out, 1);
    const info = pdfinfo(out);
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThan(1);
    expect(qpdfCheck(out)).toContain('No syntax or stream encoding errors found');
    expect((await qpdfWasmCheck(out)).ok).toBe(true);
    expect(await pdfPageLines(out)).toEqual(pdftotextPageLines(out));
  });
});

describe('compact render --format pdf: dates through pdfinfo', () => {
  it('takes CreationDate and ModDate from SOURCE_DATE_EPOCH, else from the compact', async () => {
    const epoch = join(scratch, 'epoch.pdf');
    const own = join(scratch, 'own.pdf');
    expect((await runCli(['render', 'examples/orebro.yaml', '--out', epoch], { env: { SOURCE_DATE_EPOCH: '1700000000' } })).code).toBe(0);
    expect((await runCli(['render', 'examples/orebro.yaml', '--out', own], { env: { SOURCE_DATE_EPOCH: '' } })).code).toBe(0);
    const dates = (path: string) => {
      const info = pdfinfo(path, ['-isodates']);
      return [info.CreationDate, info.ModDate];
    };
    expect(dates(epoch)).toEqual(['2023-11-14T22:13:20Z', '2023-11-14T22:13:20Z']);
    expect(dates(own)).toEqual(['2008-05-01T00:00:00Z', '2008-05-01T00:00:00Z']);
  });
});
