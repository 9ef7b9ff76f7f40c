// pdfsig's view of the same signatures: test/crosscheck/foreign-pdfs.crosscheck.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeIdentity } from '../helpers/certificates.js';
import { runCli } from '../helpers/cli.js';
import { launchChromium } from '../helpers/oracles/browser.js';
import { qpdf } from '../helpers/oracles/qpdf.js';
import { twoPagePdf } from '../helpers/pdf.js';

const PASS = 'Lösen-för-test';
const env = { COMPACT_P12_PASSPHRASE: PASS };
let dir: string;
const inDir = (args: string[]) => runCli(args, { cwd: dir, env });

/** Runs qpdf (WebAssembly) on `input` in the test folder, writing `output` there; its exit status. */
async function qpdfFile(args: string[], input: string, output: string): Promise<number> {
  const run = await qpdf([...args, '{}', '{out}'], join(dir, input));
  if (run.output) writeFileSync(join(dir, output), run.output);
  return run.code;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-foreign-pdf-'));
  writeFileSync(join(dir, 'plain.pdf'), await twoPagePdf());
  writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASS }).p12);
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="sv"><meta charset="utf-8"><h1>Överenskommelse</h1><p>Text från en webbsida.</p></html>');
});

describe('signing PDFs written by other tools', () => {
  it('signs a page printed to PDF by headless Chromium', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dir, 'page.html')).href);
      await page.pdf({ path: join(dir, 'chromium.pdf') });
    } finally {
      await browser.close();
    }
    expect(readFileSync(join(dir, 'chromium.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await inDir(['sign', 'chromium.pdf', '--p12', 'anna.p12', '--out', 'chromium-signed.pdf'])).code).toBe(0);
    const verified = await inDir(['verify', 'chromium-signed.pdf']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/yes\s+whole document/);
  }, 90_000);

  for (const [layout, qpdfArgs] of [
    ['compressed cross-reference streams', ['--object-streams=generate']],
    ['linearized', ['--linearize']],
  ] as const) {
    it(`refuses a ${layout} PDF in one line whose qpdf command makes it signable`, async () => {
      expect(await qpdfFile([...qpdfArgs], 'plain.pdf', 'rewritten.pdf')).toBe(0);
      const refused = await inDir(['sign', 'rewritten.pdf', '--p12', 'anna.p12', '--out', 'never.pdf']);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      const command = /rewrite it first: (qpdf .*)$/.exec(refused.stderr.trim())?.[1];
      expect(command).toBe('qpdf --object-streams=disable rewritten.pdf plain.pdf');
      const [tool, ...args] = command!.split(' ');
      expect(tool).toBe('qpdf');
      const files = args.filter((arg) => arg.endsWith('.pdf'));
      expect(files).toEqual(['rewritten.pdf', 'plain.pdf']);
      expect(await qpdfFile(args.filter((arg) => !arg.endsWith('.pdf')), 'rewritten.pdf', 'fixed.pdf')).toBe(0);
      expect((await inDir(['sign', 'fixed.pdf', '--p12', 'anna.p12', '--out', 'fixed-signed.pdf'])).code).toBe(0);
      const verified = await inDir(['verify', 'fixed-signed.pdf']);
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.stdout).toMatch(/yes\s+whole document/);
    });
  }

  it('reports a signed PDF rewritten by qpdf as not intact', async () => {
    await inDir(['sign', 'plain.pdf', '--p12', 'anna.p12', '--out', 'signed.pdf']);
    // qpdf exits 3 when it only warned; the file is written.
    expect([0, 3]).toContain(await qpdfFile([], 'signed.pdf', 'rewritten-signed.pdf'));
    const verified = await inDir(['verify', 'rewritten-signed.pdf']);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/\bNO\b/);
    expect(verified.stdout).not.toMatch(/\byes\s+whole document/);
    expect(verified.stdout).not.toContain('(0 bytes added after)');
  });

  it('refuses a signed PDF truncated by one byte in one line, exit 2', async () => {
    await inDir(['sign', 'plain.pdf', '--p12', 'anna.p12', '--out', 'whole.pdf']);
    const bytes = readFileSync(join(dir, 'whole.pdf'));
    writeFileSync(join(dir, 'truncated.pdf'), bytes.subarray(0, bytes.length - 1));
    const verified = await inDir(['verify', 'truncated.pdf']);
    expect(verified.code).toBe(2);
    expect(verified.stdout).toBe('');
    expect(verified.stderr.trim().split('\n')).toHaveLength(1);
    expect(verified.stderr).toContain('truncated.pdf');
  });

  it('says a signature covers only its revision when an update is appended after signing', async () => {
    await inDir(['sign', 'plain.pdf', '--p12', 'anna.p12', '--out', 'base.pdf']);
    writeFileSync(join(dir, 'appended.pdf'), Buffer.concat([readFileSync(join(dir, 'base.pdf')), Buffer.from('\n1 0 obj\n<< >>\nendobj\n', 'latin1')]));
    const verified = await inDir(['verify', 'appended.pdf', '--format', 'json']);
    const report = JSON.parse(verified.stdout) as { signatures: { intact: boolean; coversWholeDocument: boolean }[] };
    expect(report.signatures.map((s) => [s.intact, s.coversWholeDocument])).toEqual([[true, false]]);
  });
});
