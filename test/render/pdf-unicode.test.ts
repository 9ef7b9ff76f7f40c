import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
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

describe('one process rendering several documents (one PDF per signatory, a library user)', () => {
  it('keeps every letter in the text layer of a later document, also one an earlier document used only inside another (the a of å)', async () => {
    // A process of its own, whose first document has å, ö and é in every face but never a plain a, o or e.
    const dir = mkdtempSync(join(tmpdir(), 'compact-fonts-'));
    const script = `
      import { writeFileSync } from 'node:fs';
      import { markdownToPdf } from ${JSON.stringify(`${ROOT}src/render/pdf/index.ts`)};
      import { swedishMeta } from ${JSON.stringify(`${ROOT}test/helpers/pdf-tools.ts`)};
      await markdownToPdf('# Å Ö É\\n\\nå ö é **å ö é** *å ö é* \`å ö é\`\\n', swedishMeta());
      writeFileSync(${JSON.stringify(join(dir, 'second.pdf'))}, await markdownToPdf('# Banan och ost\\n\\nen banan och en ost **banan** *ost* \`banan\`\\n', swedishMeta()));
    `;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe' });
      const later = await pdfText(join(dir, 'second.pdf'));
      for (const words of ['Banan och ost', 'en banan och en ost', 'banan', 'ost']) expect(later).toContain(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
