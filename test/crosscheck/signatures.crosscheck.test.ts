import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPdf } from '../../src/index.js';
import { addValidationData } from '../../src/sign/dss.js';
import { timestampPdf } from '../../src/sign/sign-pdf.js';
import { FIXTURE_P12, fixtureCa, fixtureP12, makeCrl, makeIdentity } from '../helpers/certificates.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';
import { startLocalTsa, type LocalTsa } from '../helpers/tsa.js';

/** Poppler's pdfsig on the bytes; fails the test (never skips) when pdfsig is not installed. */
function pdfsig(bytes: Buffer): string {
  const file = join(dir, `pdfsig-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  if (result.error) throw new Error(`pdfsig is needed for the cross-checks (apt-get install poppler-utils): ${result.error.message}`);
  return result.stdout + result.stderr;
}

let dir: string;
let tsa: LocalTsa;
let pdf: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-pdfsig-'));
  tsa = await startLocalTsa();
  pdf = await twoPagePdf();
});
afterAll(async () => tsa.close());

describe('pdfsig says "Signature is Valid" for every signature compact makes', () => {
  // Poppler 22.12 (through NSS) calls a signature by a key whose certificate is an id-RSASSA-PSS key (rsaPss)
  // invalid, though MuPDF/pkijs and node:crypto verify it; RSASSA-PSS with an ordinary RSA key is checked below.
  const names = (Object.keys(FIXTURE_P12) as (keyof typeof FIXTURE_P12)[]).filter((name) => name !== 'rsaPss');
  it.each(names)('a signature with the key of %s', async (name) => {
    const signed = await signPdf(pdf, { p12: fixtureP12(name), passphrase: FIXTURE_P12[name].passphrase });
    const out = pdfsig(signed);
    expect(out).toContain('Signature is Valid');
    expect(out).toContain('Total document signed');
  });

  it('an ECDSA P-256 signature with a timestamp (B-T), a second signer with a visible box, then --ltv and a document timestamp', async () => {
    const first = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: FIXTURE_P12.ecP256.passphrase, tsa: { url: tsa.url, ca: [new X509Certificate(tsa.caPem)] } });
    expect(pdfsig(first).match(/Signature is Valid/g)).toHaveLength(1);
    const second = await signPdf(first, { p12: makeIdentity({ commonName: 'Kommunstyrelsens ordförande', passphrase: 'x' }).p12, passphrase: 'x', visible: { page: 1, rect: [40, 40, 260, 100] } });
    const twice = pdfsig(second);
    expect(twice.match(/Signature is Valid/g)).toHaveLength(2);
    const ltv = await addValidationData(second, { crls: [await makeCrl(await fixtureCa(), [])] });
    expect(pdfsig(ltv).match(/Signature is Valid/g)).toHaveLength(2);
    const lta = await timestampPdf(ltv, { url: tsa.url });
    const all = pdfsig(lta);
    expect(all.match(/Signature is Valid/g)!.length).toBeGreaterThanOrEqual(2);
    expect(all).not.toMatch(/Digest Mismatch|Signature is Invalid/);
  });

  it('an RSASSA-PSS signature with an RSA key (--rsa-pss)', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('rsaLegacy'), passphrase: FIXTURE_P12.rsaLegacy.passphrase, rsaPss: true });
    expect(pdfsig(signed)).toContain('Signature is Valid');
  });

  it('visible signatures on the signature page of a rendered compact: valid for pdfsig, every font embedded for pdffonts', async () => {
    const rendered = join(dir, 'orebro.pdf');
    expect((await runCli(['render', `${ROOT}examples/orebro.yaml`, '--out', rendered])).code).toBe(0);
    const p12 = fixtureP12('ecP256');
    const passphrase = FIXTURE_P12.ecP256.passphrase;
    const one = await signPdf(readFileSync(rendered), { p12, passphrase, visible: { signatory: 'Örebro kommun' }, tsa: { url: tsa.url } });
    const two = await signPdf(one, { p12, passphrase, visible: { signatory: 'civila samhället' }, tsa: { url: tsa.url } });
    expect(pdfsig(two).match(/Signature is Valid/g)).toHaveLength(2);
    const file = join(dir, 'visible.pdf');
    writeFileSync(file, two);
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    if (fonts.error) throw new Error(`pdffonts is needed for the cross-checks (apt-get install poppler-utils): ${fonts.error.message}`);
    const rows = fonts.stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    const pages = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/)![1]!;
    const lastPage = spawnSync('pdftotext', ['-f', pages, '-l', pages, file, '-'], { encoding: 'utf8' }).stdout;
    expect(lastPage.match(/Digitalt signerad av Åsa Öberg/g)).toHaveLength(2);
  });

  it('a changed byte is a digest mismatch for pdfsig too', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: FIXTURE_P12.ecP256.passphrase });
    signed[400] = signed[400]! ^ 0x01;
    const out = pdfsig(signed);
    expect(out).toMatch(/Digest Mismatch/);
    expect(out).not.toContain('Signature is Valid');
  });
});
