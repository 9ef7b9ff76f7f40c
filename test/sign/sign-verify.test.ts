import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signPdf, verifyPdf } from '../../src/index.js';
import { findSignatures } from '../../src/sign/find-signatures.js';
import { makeIdentity, opensslP12, type TestIdentity } from '../helpers/certificates.js';
import { twoPagePdf } from '../helpers/pdf.js';

const PASS = 'korrekt häst batteri';
const SIGNING_TIME = new Date(Date.now() - 60_000);
let pdf: Buffer;
let signer: TestIdentity;
let dir: string;

function pdfsig(bytes: Buffer): string {
  const file = join(dir, `pdfsig-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return result.stdout + result.stderr;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compact-sign-'));
  pdf = await twoPagePdf();
  signer = makeIdentity({ passphrase: PASS });
});

describe('signPdf and verifyPdf', () => {
  it('signs so that our verify and pdfsig both find the signature valid and covering the whole file', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, reason: 'Godkänd av styrelsen', location: 'Örebro', signingTime: SIGNING_TIME });
    const [report, ...rest] = await verifyPdf(signed);
    expect(rest).toHaveLength(0);
    expect(report).toMatchObject({ intact: true, coversWholeDocument: true, bytesAfter: 0, signer: 'Test Signer', reason: 'Godkänd av styrelsen', location: 'Örebro', subFilter: 'ETSI.CAdES.detached' });
    expect(report!.signingTime).toBe(new Date(Math.floor(SIGNING_TIME.getTime() / 1000) * 1000).toISOString());
    const poppler = pdfsig(signed);
    expect(poppler).toContain('Signature is Valid');
    expect(poppler).toContain('Total document signed');
    expect(poppler).toContain('ETSI.CAdES.detached');
  });

  it('writes PAdES B-B signed attributes: signing-certificate-v2 over the signer certificate, and no CMS signing-time', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    const [found] = findSignatures(signed);
    const cms = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn1js.fromBER(found!.contents!.bytes).result }).content });
    const types = cms.signerInfos[0]!.signedAttrs!.attributes.map((attribute) => attribute.type);
    expect(types).toContain('1.2.840.113549.1.9.16.2.47');
    expect(types).toContain('1.2.840.113549.1.9.3');
    expect(types).toContain('1.2.840.113549.1.9.4');
    expect(types).not.toContain('1.2.840.113549.1.9.5');
  });

  it('is byte-identical for the same input and signing time', async () => {
    const options = { p12: signer.p12, passphrase: PASS, reason: 'Åtagande', signingTime: SIGNING_TIME };
    expect((await signPdf(pdf, options)).equals(await signPdf(pdf, options))).toBe(true);
  });

  it('reports one changed byte inside the signed range as modified, as pdfsig does', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    const tampered = Buffer.from(signed);
    tampered[400] = tampered[400]! ^ 0x01;
    const [report] = await verifyPdf(tampered);
    expect(report!.intact).toBe(false);
    expect(report!.problem).toMatch(/changed \(digest mismatch\)/);
    expect(pdfsig(tampered)).toMatch(/Digest Mismatch/);
    expect(pdfsig(tampered)).not.toContain('Signature is Valid');
  });

  it('keeps the first signature valid when a second is added as an incremental update', async () => {
    const second = makeIdentity({ commonName: 'Kommunstyrelsens ordförande', passphrase: PASS });
    const once = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    const twice = await signPdf(once, { p12: second.p12, passphrase: PASS, signingTime: SIGNING_TIME, visible: { page: 1, rect: [40, 40, 260, 100] } });
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
    const reports = await verifyPdf(twice);
    expect(reports.map((report) => [report.signer, report.intact, report.coversWholeDocument])).toEqual([
      ['Test Signer', true, false],
      ['Kommunstyrelsens ordförande', true, true],
    ]);
    expect(reports[0]!.bytesAfter).toBe(twice.length - once.length);
    const poppler = pdfsig(twice);
    expect(poppler.match(/Signature is Valid/g)).toHaveLength(2);
    const file = join(dir, 'visible.pdf');
    writeFileSync(file, twice);
    const pageOne = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout;
    expect(pageOne).toContain('Signed by Kommunstyrelsens ordförande');
  });

  it('calls a signature trusted only when its chain reaches a given CA', async () => {
    const ca = makeIdentity({ commonName: 'Exempel CA', ca: true });
    const otherCa = makeIdentity({ commonName: 'Annan CA', ca: true });
    const leaf = makeIdentity({ issuer: ca, passphrase: PASS });
    const signed = await signPdf(pdf, { p12: leaf.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    expect((await verifyPdf(signed))[0]!.trust).toBe('untrusted (no CA given)');
    expect((await verifyPdf(signed, { ca: [Buffer.from(otherCa.certificatePem)] }))[0]!.trust).toBe('untrusted (chain does not reach the given CA)');
    expect((await verifyPdf(signed, { ca: [Buffer.from(otherCa.certificatePem + ca.certificatePem)] }))[0]!.trust).toBe('trusted');
  });

  it('notes a certificate that has expired since signing', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    const later = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000);
    expect((await verifyPdf(signed, { now: later }))[0]!.certificate).toMatchObject({ expiredNow: true, expiredAtSigning: false });
  });

  it('reads a PKCS#12 file written by OpenSSL 3 with its default AES encryption', async () => {
    const p12 = opensslP12(signer, 'ascii-passphrase', dir);
    writeFileSync(join(dir, 'aes.p12'), p12);
    const info = spawnSync('openssl', ['pkcs12', '-in', join(dir, 'aes.p12'), '-info', '-noout', '-passin', 'env:P12_PASS'], { env: { ...process.env, P12_PASS: 'ascii-passphrase' }, encoding: 'utf8' });
    expect(info.stderr + info.stdout).toContain('AES-256-CBC');
    const signed = await signPdf(pdf, { p12, passphrase: 'ascii-passphrase', signingTime: SIGNING_TIME });
    expect((await verifyPdf(signed))[0]!.intact).toBe(true);
  });

  it('explains why an OpenSSL 3 (AES) file with a passphrase in Swedish letters cannot be opened', async () => {
    const p12 = opensslP12(signer, PASS, dir);
    await expect(signPdf(pdf, { p12, passphrase: PASS, names: { p12: 'aes.p12' } })).rejects.toThrow(/cannot open aes.p12: wrong passphrase .*-legacy/);
  });

  it('reads an OpenSSL 3 file exported with -legacy', async () => {
    const p12 = opensslP12(signer, PASS, dir, ['-legacy']);
    const signed = await signPdf(pdf, { p12, passphrase: PASS, signingTime: SIGNING_TIME });
    expect((await verifyPdf(signed))[0]!.intact).toBe(true);
  });

  it('refuses an expired certificate, a wrong passphrase and a PDF that is not one, with messages that never hold the passphrase', async () => {
    const expired = makeIdentity({ passphrase: PASS, notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    await expect(signPdf(pdf, { p12: expired.p12, passphrase: PASS, names: { p12: 'old.p12' } })).rejects.toThrow(/the certificate in old.p12 expired on 2021-01-01/);
    const wrong = signPdf(pdf, { p12: signer.p12, passphrase: 'fel lösenord', names: { p12: 'anna.p12' } });
    await expect(wrong).rejects.toThrow('cannot open anna.p12: wrong passphrase (or the file is damaged)');
    await expect(signPdf(Buffer.from('hello'), { p12: signer.p12, passphrase: PASS, names: { pdf: 'x.pdf' } })).rejects.toThrow('x.pdf is not a PDF file');
    await expect(verifyPdf(Buffer.from('%PDF-1.7\nno end'))).rejects.toThrow(/not a complete PDF/);
  });

  it('finds no signatures in an unsigned PDF', async () => {
    expect(await verifyPdf(pdf)).toEqual([]);
  });
});
