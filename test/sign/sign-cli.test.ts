import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { FIXTURE_P12, fixtureP12, makeIdentity } from '../helpers/certificates.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';

const PASS = 'Hemligt-lösen-4711';
let dir: string;
const env = { COMPACT_P12_PASSPHRASE: PASS };
const inDir = (args: string[], extraEnv: NodeJS.ProcessEnv = env) => runCli(args, { cwd: dir, env: extraEnv });

function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toContain(PASS);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-sign-cli-'));
  writeFileSync(join(dir, 'agreement.pdf'), await twoPagePdf());
  writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASS }).p12);
  writeFileSync(join(dir, 'old.p12'), makeIdentity({ passphrase: PASS, notBefore: new Date('2019-01-01'), notAfter: new Date('2020-01-01') }).p12);
  writeFileSync(join(dir, 'corrupt.p12'), Buffer.from('0\x82\x05\x00 not really a certificate', 'latin1'));
  writeFileSync(join(dir, 'notes.pdf'), 'Just some text pretending to be a PDF\n');
  writeFileSync(join(dir, 'locked.pdf'), await encryptedPdf());
  writeFileSync(join(dir, 'ec.p12'), fixtureP12('ecP256'));
});

/** A password-protected PDF, written by pdfkit (no qpdf needed). */
function encryptedPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ userPassword: 'user', ownerPassword: 'owner', pdfVersion: '1.7ext3' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text('Hemlig');
    doc.end();
  });
}

describe('compact sign and compact verify', () => {
  it('signs with an ECDSA key from an OpenSSL 3 file and reports level B-B', async () => {
    const signed = await inDir(['sign', 'agreement.pdf', '--p12', 'ec.p12', '--out', 'ec-signed.pdf'], { COMPACT_P12_PASSPHRASE: FIXTURE_P12.ecP256.passphrase });
    expect(signed.code).toBe(0);
    const verified = await inDir(['verify', 'ec-signed.pdf', '--format', 'json']);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, signatures: [{ signer: 'Åsa Öberg', level: 'B-B', kind: 'signature', intact: true }] });
  });

  it('refuses --doc-timestamp and --tsa-ca without --tsa, --crl without --ltv, and a --tsa that is no web address', async () => {
    const ecEnv = { COMPACT_P12_PASSPHRASE: FIXTURE_P12.ecP256.passphrase };
    const base = ['sign', 'agreement.pdf', '--p12', 'ec.p12', '--out', 'out.pdf'];
    expectOneLineError(await inDir([...base, '--doc-timestamp'], ecEnv), /^compact: --doc-timestamp needs --tsa URL/);
    expectOneLineError(await inDir([...base, '--tsa-ca', 'x.pem'], ecEnv), /^compact: --tsa-ca needs --tsa URL/);
    expectOneLineError(await inDir([...base, '--crl', 'x.crl'], ecEnv), /^compact: --crl and --ocsp are stored with --ltv/);
    expectOneLineError(await inDir([...base, '--tsa', 'timestamp.example'], ecEnv), /^compact: --tsa takes an http:\/\/ or https:\/\/ address/);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('signs, then verifies with exit 0 and a table naming the signer', async () => {
    const signed = await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--reason', 'Godkänd', '--location', 'Örebro', '--out', 'signed.pdf']);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toBe('signed agreement.pdf → signed.pdf (1 signature in the file)\n');
    const verified = await inDir(['verify', 'signed.pdf']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/1\s+Anna Berg\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+Godkänd\s+Örebro\s+yes\s+whole document\s+untrusted \(no CA given\)/);
    for (const output of [signed.stdout, signed.stderr, verified.stdout, verified.stderr]) expect(output).not.toContain(PASS);
  });

  it('signs twice and reports both signatures as json', async () => {
    await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'once.pdf']);
    const second = await inDir(['sign', 'once.pdf', '--p12', 'anna.p12', '--visible', '--out', 'twice.pdf']);
    expect(second.stdout).toContain('(2 signatures in the file)');
    const verified = await inDir(['verify', 'twice.pdf', '--format', 'json']);
    expect(verified.code).toBe(0);
    const report = JSON.parse(verified.stdout) as { ok: boolean; signatures: { intact: boolean; coversWholeDocument: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.signatures.map((s) => [s.intact, s.coversWholeDocument])).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('exits 1 when a signed byte has changed, and when a --ca does not match', async () => {
    await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'to-tamper.pdf']);
    const bytes = readFileSync(join(dir, 'to-tamper.pdf'));
    bytes[300] = bytes[300]! ^ 0x20;
    writeFileSync(join(dir, 'tampered.pdf'), bytes);
    const tampered = await inDir(['verify', 'tampered.pdf']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('#1: the signed bytes have been changed (digest mismatch)');
    writeFileSync(join(dir, 'other-ca.pem'), makeIdentity({ commonName: 'Annan CA', ca: true }).certificatePem);
    const untrusted = await inDir(['verify', 'to-tamper.pdf', '--ca', 'other-ca.pem']);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain('untrusted (chain does not reach the given CA)');
  });

  it('exits 1 for a PDF without signatures and 2 for input that is not a PDF', async () => {
    const unsigned = await inDir(['verify', 'agreement.pdf']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toBe('agreement.pdf: no signatures\n');
    expectOneLineError(await inDir(['verify', 'notes.pdf']), /^compact: notes\.pdf is not a PDF file/);
  });

  it('refuses a --ca file without certificates and an unknown --format with exit 2', async () => {
    await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'for-ca.pdf']);
    expectOneLineError(await inDir(['verify', 'for-ca.pdf', '--ca', 'notes.pdf']), /^compact: cannot read the CA certificates in notes\.pdf: give PEM certificates/);
    expectOneLineError(await inDir(['verify', 'for-ca.pdf', '--format', 'xml']), /^compact: unknown format "xml"; use one of text, json/);
  });

  const refusals: [string, string[], RegExp, NodeJS.ProcessEnv?][] = [
    ['a wrong passphrase', ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'out.pdf'], /^compact: cannot open anna\.p12: wrong passphrase/, { COMPACT_P12_PASSPHRASE: 'fel' }],
    ['a corrupt certificate file', ['sign', 'agreement.pdf', '--p12', 'corrupt.p12', '--out', 'out.pdf'], /^compact: cannot read corrupt\.p12: it is not a PKCS#12/],
    ['an expired certificate', ['sign', 'agreement.pdf', '--p12', 'old.p12', '--out', 'out.pdf'], /^compact: the certificate in old\.p12 expired on 2020-01-01/],
    ['a file that is not a PDF', ['sign', 'notes.pdf', '--p12', 'anna.p12', '--out', 'out.pdf'], /^compact: notes\.pdf is not a PDF file/],
    ['an encrypted PDF', ['sign', 'locked.pdf', '--p12', 'anna.p12', '--out', 'out.pdf'], /^compact: locked\.pdf is encrypted \(password-protected\)/],
    ['no passphrase and no terminal', ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'out.pdf'], /^compact: no passphrase for anna\.p12: set the environment variable COMPACT_P12_PASSPHRASE/, { COMPACT_P12_PASSPHRASE: undefined }],
    ['a passphrase given as --passphrase-env', ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--passphrase-env', PASS, '--out', 'out.pdf'], /^compact: --passphrase-env takes the NAME of an environment variable/],
  ];
  it.each(refusals)('refuses %s with one line, exit 2 and no output file', async (_, args, pattern, extraEnv) => {
    const result = await inDir(args, { ...env, ...extraEnv });
    expectOneLineError(result, pattern);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes --output as another spelling of --out, writes verify\'s report with -o, and needs one of them', async () => {
    const signed = await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--output', 'spelled.pdf']);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toBe('signed agreement.pdf → spelled.pdf (1 signature in the file)\n');
    const report = await inDir(['verify', 'spelled.pdf', '--format', 'json', '-o', 'spelled.json'], { ...env, FORCE_COLOR: '1' });
    expect(report.code).toBe(0);
    expect(report.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'spelled.json'), 'utf8'))).toMatchObject({ file: 'spelled.pdf', ok: true, signatures: [{ signer: 'Anna Berg' }] });
    expectOneLineError(await inDir(['verify', 'spelled.pdf', '-o', 'spelled.pdf']), /^compact: will not write to spelled\.pdf: it is spelled\.pdf, a file this command reads/);
    expectOneLineError(await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12']), /^compact: give --out SIGNED\.pdf, where to write the signed PDF\n$/);
    expectOneLineError(await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'a.pdf', '--output', 'b.pdf']), /^compact: --output and --out name the same thing/);
  });

  it('reads the passphrase from the variable --passphrase-env names', async () => {
    const result = await inDir(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--passphrase-env', 'MY_P12_PASS', '--out', 'named.pdf'], { COMPACT_P12_PASSPHRASE: undefined, MY_P12_PASS: PASS });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'named.pdf'))).toBe(true);
  });

  it('says in Swedish that it signed, and why it cannot sign a PDF with a compressed cross-reference stream', async () => {
    const sv = await inDir(['--lang', 'sv', 'sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'signed-sv.pdf']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toBe('signerade agreement.pdf → signed-sv.pdf (1 underskrift i filen)\n');
    writeFileSync(join(dir, 'xref-stream.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 2 >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n');
    const refusedSv = await inDir(['--lang', 'sv', 'sign', 'xref-stream.pdf', '--p12', 'anna.p12', '--out', 'x.pdf']);
    expectOneLineError(refusedSv, /^compact: xref-stream\.pdf använder komprimerade korsreferensströmmar, och sådana filer kan compact inte signera; skriv om den först: qpdf /);
    expect(refusedSv.stderr).not.toContain('compressed cross-reference');
    const refusedEn = await inDir(['--lang', 'en', 'sign', 'xref-stream.pdf', '--p12', 'anna.p12', '--out', 'x.pdf']);
    expectOneLineError(refusedEn, /^compact: xref-stream\.pdf uses compressed cross-reference streams, which compact cannot sign; rewrite it first: qpdf /);
  });
});
