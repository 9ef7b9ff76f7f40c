import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitByCoverage } from '../../src/render/pdf/coverage.js';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfText } from '../helpers/oracles/pdf-text.js';
import { fixture, renderToFile, swedishMeta, type PdfFile } from '../helpers/pdf-tools.js';

let pdf: PdfFile;
let text: string;
beforeAll(async () => {
  pdf = await renderToFile(fixture('hard-characters.md'), swedishMeta({ title: 'Åsa Öberg – Čáđ Ŋŧž', headerTitle: 'Łódź İstanbul Москва' }));
  text = await pdfText(pdf.path);
});
afterAll(() => pdf.remove());

describe('characters beyond Latin-1', () => {
  it.each([
    'Åsa Öberg, Göteborg',
    'Čáđ Ŋŧž, Guovdageaidnu (á č đ ŋ š ŧ ž)',
    'Łódź, Zażółć gęślą jaźń',
    'İstanbul, Iğdır, Şişli',
    'Москва, Санкт-Петербург',
    'Äänekoski, Ähtäri',
    '«Ёлка» — “quotes” ‘single’ … № 5 € 100 § 3',
    'Łódź İstanbul Москва',
  ])('%s comes back from the text layer unchanged', (line) => {
    expect(text).toContain(line);
  });

  it('keeps the title in the document information', async () => {
    expect((await pdfDocumentInfo(pdf.path)).title).toBe('Åsa Öberg – Čáđ Ŋŧž');
  });

  it('sets text the body face lacks in the sans face', () => {
    const covered = new Set([...'ab '].map((char) => char.codePointAt(0)!));
    expect(splitByCoverage('ab مرحبا بالعالم ab', covered)).toEqual([
      { text: 'ab ', covered: true },
      { text: 'مرحبا بالعالم ', covered: false },
      { text: 'ab', covered: true },
    ]);
  });
});
