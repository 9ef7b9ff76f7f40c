import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfPageLines } from '../helpers/oracles/pdf-text.js';

const out = mkdtempSync(join(tmpdir(), 'compact-page-ends-'));
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
    const pdf = join(out, `${file.replace(/\W+/g, '-')}-${lang}.pdf`);
    const [markdown, rendered] = await Promise.all([
      runCli(['render', file, '--format', 'md', '--lang', lang]),
      runCli(['render', file, '--format', 'pdf', '--lang', lang, '--out', pdf]),
    ]);
    expect(markdown.code).toBe(0);
    expect(rendered.code, rendered.stderr).toBe(0);
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
