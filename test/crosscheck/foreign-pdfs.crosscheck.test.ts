// Signatures on PDFs written by other tools (Debian's Chromium and qpdf), checked by poppler's pdfsig.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeIdentity } from '../helpers/certificates.js';
import { runCli } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';
import { chromiumPrintToPdf, pdfsig, qpdfRun } from './debian-tools.js';

const PASS = 'Lösen-för-test';
let dir: string;
const inDir = (args: string[]) => runCli(args, { cwd: dir, env: { COMPACT_P12_PASSPHRASE: PASS } });
const sign = async (input: string, output: string) => expect((await inDir(['sign', input, '--p12', 'anna.p12', '--out', output])).code).toBe(0);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-crosscheck-foreign-'));
  writeFileSync(join(dir, 'plain.pdf'), await twoPagePdf());
  writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASS }).p12);
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="sv"><meta charset="utf-8"><h1>Överenskommelse</h1><p>Text från en webbsida.</p></html>');
});

describe('pdfsig on signed PDFs written by other tools', () => {
  it("finds the signature valid on a page Debian's Chromium printed to PDF", async () => {
    chromiumPrintToPdf(join(dir, 'page.html'), join(dir, 'chromium.pdf'));
    await sign('chromium.pdf', 'chromium-signed.pdf');
    expect(pdfsig(join(dir, 'chromium-signed.pdf'))).toContain('Signature is Valid');
  }, 90_000);

  it.each([
    ['compressed cross-reference streams', ['--object-streams=generate']],
    ['linearized', ['--linearize']],
  ])('finds the signature valid on a %s PDF made signable by the qpdf command compact suggests', async (_layout, args) => {
    expect(qpdfRun([...args, join(dir, 'plain.pdf'), join(dir, 'rewritten.pdf')])).toBe(0);
    const refused = await inDir(['sign', 'rewritten.pdf', '--p12', 'anna.p12', '--out', 'never.pdf']);
    expect(refused.code).toBe(2);
    const command = /rewrite it first: (qpdf .*)$/.exec(refused.stderr.trim())?.[1];
    expect(command).toBe('qpdf --object-streams=disable rewritten.pdf plain.pdf');
    expect(qpdfRun(['--object-streams=disable', join(dir, 'rewritten.pdf'), join(dir, 'fixed.pdf')])).toBe(0);
    await sign('fixed.pdf', 'fixed-signed.pdf');
    expect(pdfsig(join(dir, 'fixed-signed.pdf'))).toContain('Signature is Valid');
  });

  it('does not find a signed PDF rewritten by qpdf valid, as compact verify does not', async () => {
    await sign('plain.pdf', 'signed.pdf');
    expect([0, 3]).toContain(qpdfRun([join(dir, 'signed.pdf'), join(dir, 'rewritten-signed.pdf')]));
    expect((await inDir(['verify', 'rewritten-signed.pdf'])).code).toBe(1);
    expect(pdfsig(join(dir, 'rewritten-signed.pdf'))).not.toContain('Signature is Valid');
  });

  it('says a signature covers only its revision when an update is appended after signing', async () => {
    await sign('plain.pdf', 'base.pdf');
    writeFileSync(join(dir, 'appended.pdf'), Buffer.concat([readFileSync(join(dir, 'base.pdf')), Buffer.from('\n1 0 obj\n<< >>\nendobj\n', 'latin1')]));
    expect(pdfsig(join(dir, 'appended.pdf'))).toContain('Not total document signed');
  });
});
