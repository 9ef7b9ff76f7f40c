import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { sharedPdf } from '../helpers/shared-renders.js';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfPageLines } from '../helpers/oracles/pdf-text.js';

const COMPACTS = [
  'examples/botkyrka.yaml',
  'examples/orebro.yaml',
  'examples/boras.yaml',
  'test/fixtures/valid/english-adopted.yaml',
  'test/fixtures/render/edge/english.yaml',
  'test/fixtures/render/edge/four-parties.yaml',
];

describe('no heading is left alone at the foot of a page', () => {
  it.each(COMPACTS.flatMap((file) => [[file, 'sv'], [file, 'en']]))('%s (%s)', async (file, lang) => {
    const [markdown, pdf] = await Promise.all([runCli(['render', file, '--format', 'md', '--lang', lang]), sharedPdf(file, lang)]);
    expect(markdown.code).toBe(0);
    const headings = new Set(
      markdown.stdout
        .split('\n')
        .filter((line) => /^#{2,4} /.test(line))
        .map((line) => line.replace(/^#+ /, '').replace(/\\(.)/g, '$1').trim()),
    );
    const [{ pages }, pageLines] = await Promise.all([pdfDocumentInfo(pdf), pdfPageLines(pdf)]);
    expect(pageLines).toHaveLength(pages);
    for (let page = 1; page < pages; page++) {
      const lines = pageLines[page - 1]!;
      const lastBodyLine = lines.at(-2) ?? '';
      expect(headings.has(lastBodyLine), `page ${page} of ${pages} ends with the heading "${lastBodyLine}"`).toBe(false);
    }
  });
});
