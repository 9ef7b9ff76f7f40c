import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeIdentity } from '../helpers/certificates.js';
import { runCli } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';

const PASS = 'Lösen-för-test';
const env = { COMPACT_P12_PASSPHRASE: PASS };
let dir: string;
const inDir = (args: string[]) => runCli(args, { cwd: dir, env });

function pdfsig(file: string): string {
  try {
    return execFileSync('pdfsig', [join(dir, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-foreign-pdf-'));
  writeFileSync(join(dir, 'plain.pdf'), await twoPagePdf());
  writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASS }).p12);
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="sv"><meta charset="utf-8"><h1>Överenskommelse</h1><p>Text från en webbsida.</p></html>');
});

describe('signing PDFs written by other tools', () => {
  it('signs a page printed to PDF by headless Chromium, and pdfsig agrees it is valid', async () => {
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(dir, 'chromium.pdf')}`, join(dir, 'page.html')], { stdio: 'ignore', timeout: 60_000 });
    expect((await inDir(['sign', 'chromium.pdf', '--p12', 'anna.p12', '--out', 'chromium-signed.pdf'])).code).toBe(0);
    const verified = await inDir(['verify', 'chromium-signed.pdf']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/yes\s+whole document/);
    expect(pdfsig('chromium-signed.pdf')).toContain('Signature is Valid');
  }, 90_000);

  for (const [layout, qpdfArgs] of [
    ['compressed cross-reference streams', ['--object-streams=generate']],
    ['linearized', ['--linearize']],
  ] as const) {
    it(`refuses a ${layout} PDF in one line whose qpdf command makes it signable`, async () => {
      execFileSync('qpdf', [...qpdfArgs, join(dir, 'plain.pdf'), join(dir, 'rewritten.pdf')]);
      const refused = await inDir(['sign', 'rewritten.pdf', '--p12', 'anna.p12', '--out', 'never.pdf']);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      const command = /rewrite it first: (qpdf .*)$/.exec(refused.stderr.trim())?.[1];
      expect(command).toBe('qpdf --object-streams=disable rewritten.pdf plain.pdf');
      const [tool, ...args] = command!.split(' ');
      execFileSync(tool!, args.map((arg) => (arg === 'plain.pdf' ? 'fixed.pdf' : arg)), { cwd: dir });
      expect((await inDir(['sign', 'fixed.pdf', '--p12', 'anna.p12', '--out', 'fixed-signed.pdf'])).code).toBe(0);
      expect(pdfsig('fixed-signed.pdf')).toContain('Signature is Valid');
    });
  }

  it('reports a signed PDF rewritten by qpdf as not intact, as pdfsig does', async () => {
    await inDir(['sign', 'plain.pdf', '--p12', 'anna.p12', '--out', 'signed.pdf']);
    try {
      execFileSync('qpdf', [join(dir, 'signed.pdf'), join(dir, 'rewritten-signed.pdf')], { stdio: 'ignore' });
    } catch {
      // qpdf exits 3 when it only warned; the file is written.
    }
    const verified = await inDir(['verify', 'rewritten-signed.pdf']);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/\bNO\b/);
    expect(verified.stdout).not.toMatch(/\byes\s+whole document/);
    expect(verified.stdout).not.toContain('(0 bytes added after)');
    expect(pdfsig('rewritten-signed.pdf')).not.toContain('Signature is Valid');
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
    expect(pdfsig('appended.pdf')).toContain('Not total document signed');
  });
});
