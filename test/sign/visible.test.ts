import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_P12, fixtureP12 } from '../helpers/certificates.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { oracleFonts, oraclePageText, oracleSignatureWidgets, oracleSignatures } from '../helpers/oracles/signatures.js';
import { twoPagePdf } from '../helpers/pdf.js';

let dir: string;
const env = { COMPACT_P12_PASSPHRASE: FIXTURE_P12.ecP256.passphrase };
const inDir = (args: string[]) => runCli(args, { cwd: dir, env });

function catalogHas(pdf: Buffer, key: string): boolean {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf') as mupdf.PDFDocument;
  return !document.getTrailer().get('Root').get(key).isNull();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-visible-'));
  writeFileSync(join(dir, 'ec.p12'), fixtureP12('ecP256'));
  writeFileSync(join(dir, 'plain.pdf'), await twoPagePdf());
  const rendered = await runCli(['render', `${ROOT}examples/orebro.yaml`, '--out', join(dir, 'orebro.pdf')]);
  expect(rendered.code).toBe(0);
});

describe('compact sign --visible', () => {
  it('puts each signer\u2019s box in their block on the signature page, in Swedish, in embedded fonts, keeping PDF/A metadata', async () => {
    const original = readFileSync(join(dir, 'orebro.pdf'));
    expect(await inDir(['sign', 'orebro.pdf', '--p12', 'ec.p12', '--visible', '--signatory', 'Örebro kommun', '--out', 'one.pdf'])).toMatchObject({ code: 0 });
    expect(await inDir(['sign', 'one.pdf', '--p12', 'ec.p12', '--visible', '--signatory', 'civila samhället', '--out', 'two.pdf'])).toMatchObject({ code: 0 });
    const signed = readFileSync(join(dir, 'two.pdf'));
    const pages = (mupdf.Document.openDocument(signed, 'application/pdf') as mupdf.PDFDocument).countPages();
    const widgets = oracleSignatureWidgets(signed);
    expect(widgets.map((widget) => widget.page)).toEqual([pages, pages]);
    // The municipality's block comes first, so its box is above the organisation's.
    expect(widgets[0]!.rect[1]!).toBeGreaterThan(widgets[1]!.rect[3]!);
    const text = oraclePageText(signed, pages);
    expect(text.match(/Digitalt signerad av Åsa Öberg/g)).toHaveLength(2);
    expect(oraclePageText(signed, 1)).not.toContain('Digitalt signerad');
    expect(oracleFonts(signed).filter((font) => !font.embedded)).toEqual([]);
    for (const key of ['OutputIntents', 'Metadata', 'StructTreeRoot', 'Lang']) expect(catalogHas(signed, key)).toBe(catalogHas(original, key));
    expect((await oracleSignatures(signed)).map((s) => s.cmsValid)).toEqual([true, true]);
  });

  it('finds the block from the certificate, and says so when no block matches it', async () => {
    const result = await inDir(['sign', 'orebro.pdf', '--p12', 'ec.p12', '--visible', '--out', 'none.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: found no signature block for Åsa Öberg, Västerby kommun in orebro.pdf; give --signatory with a name or organisation on the signature page, or --page N --rect x,y,w,h\n');
    const unknown = await inDir(['sign', 'orebro.pdf', '--p12', 'ec.p12', '--visible', '--signatory', 'Ingen sådan förening', '--out', 'none.pdf']);
    expect(unknown.stderr).toContain('found no signature block for Ingen sådan förening');
  });

  it('places the box with --page and --rect in a PDF compact did not render, in English for a document without /Lang', async () => {
    expect(await inDir(['sign', 'plain.pdf', '--p12', 'ec.p12', '--visible', '--page', '2', '--rect', '300,100,220,60', '--out', 'placed.pdf'])).toMatchObject({ code: 0 });
    const signed = readFileSync(join(dir, 'placed.pdf'));
    expect(oracleSignatureWidgets(signed)).toEqual([{ page: 2, rect: [300, 100, 520, 160] }]);
    expect(oraclePageText(signed, 2)).toContain('Digitally signed by Åsa Öberg');
    expect((await oracleSignatures(signed))[0]!.cmsValid).toBe(true);
    const bad = await inDir(['sign', 'plain.pdf', '--p12', 'ec.p12', '--visible', '--page', '7', '--rect', '300,100,220,60', '--out', 'x.pdf']);
    expect(bad.stderr).toBe('compact: --page 7 is not in the document: it has 2 pages\n');
    expect((await inDir(['sign', 'plain.pdf', '--p12', 'ec.p12', '--rect', '1,2,3', '--visible', '--out', 'x.pdf'])).stderr).toMatch(/^compact: --rect takes x,y,w,h/);
    expect((await inDir(['sign', 'plain.pdf', '--p12', 'ec.p12', '--signatory', 'x', '--out', 'x.pdf'])).stderr).toMatch(/^compact: --signatory, --page and --rect place the visible signature; add --visible/);
  });
});
