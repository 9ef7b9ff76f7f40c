import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signPdf, verifyPdf } from '../../src/index.js';
import { findSignatures } from '../../src/sign/find-signatures.js';
import { readFileSync } from 'node:fs';
import { FIXTURE_P12, fixtureP12, fixturePath, makeIdentity, type TestIdentity } from '../helpers/certificates.js';
import { oracleFonts, oraclePageText, oracleSignatures } from '../helpers/oracles/signatures.js';
import { twoPagePdf } from '../helpers/pdf.js';

const PASS = 'korrekt häst batteri';
const SIGNING_TIME = new Date(Date.now() - 60_000);
let pdf: Buffer;
let signer: TestIdentity;

beforeAll(async () => {
  pdf = await twoPagePdf();
  signer = makeIdentity({ passphrase: PASS });
});

describe('signPdf and verifyPdf', () => {
  it('signs so that our verify and an independent checker both find the signature valid and covering the whole file', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, reason: 'Godkänd av styrelsen', location: 'Örebro', signingTime: SIGNING_TIME });
    const [report, ...rest] = await verifyPdf(signed);
    expect(rest).toHaveLength(0);
    expect(report).toMatchObject({ intact: true, coversWholeDocument: true, bytesAfter: 0, signer: 'Test Signer', reason: 'Godkänd av styrelsen', location: 'Örebro', subFilter: 'ETSI.CAdES.detached' });
    expect(report!.signingTime).toBe(new Date(Math.floor(SIGNING_TIME.getTime() / 1000) * 1000).toISOString());
    expect(await oracleSignatures(signed)).toMatchObject([{ cmsValid: true, byteRangeSound: true, coversWholeFile: true, subFilter: 'ETSI.CAdES.detached', signatureAlgorithm: '1.2.840.113549.1.1.11' }]);
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

  it('reports one changed byte inside the signed range as modified, as the independent checker does', async () => {
    const signed = await signPdf(pdf, { p12: signer.p12, passphrase: PASS, signingTime: SIGNING_TIME });
    const tampered = Buffer.from(signed);
    tampered[400] = tampered[400]! ^ 0x01;
    const [report] = await verifyPdf(tampered);
    expect(report!.intact).toBe(false);
    expect(report!.problem).toMatch(/changed \(digest mismatch\)/);
    expect((await oracleSignatures(tampered))[0]!.cmsValid).toBe(false);
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
    expect((await oracleSignatures(twice)).map((s) => [s.cmsValid, s.coversWholeFile])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(oraclePageText(twice, 1)).toContain('Digitally signed by Kommunstyrelsens ordförande');
    // The box adds an embedded DejaVu subset and no font that is not embedded (pdfkit's test page itself uses Helvetica).
    expect(oracleFonts(twice).filter((font) => !font.embedded)).toEqual(oracleFonts(pdf).filter((font) => !font.embedded));
    expect(oracleFonts(twice)).toContainEqual({ name: expect.stringMatching(/^[A-Z]{6}\+DejaVuSans$/), embedded: true });
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

  const fixtures: [keyof typeof FIXTURE_P12, string][] = [
    ['ecP256', '1.2.840.10045.4.3.2'],
    ['ecP256Legacy', '1.2.840.10045.4.3.2'],
    ['ecP256NonAscii', '1.2.840.10045.4.3.2'],
    ['ecP384', '1.2.840.10045.4.3.3'],
    ['rsaPss', '1.2.840.113549.1.1.10'],
    ['rsaLegacy', '1.2.840.113549.1.1.11'],
  ];
  it.each(fixtures)('signs with %s as OpenSSL 3 wrote it, with signatureAlgorithm %s, valid for both checkers', async (name, algorithm) => {
    const fixture = FIXTURE_P12[name];
    const signed = await signPdf(pdf, { p12: fixtureP12(name), passphrase: fixture.passphrase, signingTime: SIGNING_TIME });
    expect((await verifyPdf(signed))[0]).toMatchObject({ intact: true, signer: fixture.commonName, level: 'B-B' });
    expect((await oracleSignatures(signed))[0]).toMatchObject({ cmsValid: true, signatureAlgorithm: algorithm, signerCommonName: fixture.commonName });
  });

  it('signs with RSASSA-PSS when asked, for an RSA key', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('rsaLegacy'), passphrase: FIXTURE_P12.rsaLegacy.passphrase, rsaPss: true, signingTime: SIGNING_TIME });
    expect((await verifyPdf(signed))[0]!.intact).toBe(true);
    expect((await oracleSignatures(signed))[0]).toMatchObject({ cmsValid: true, signatureAlgorithm: '1.2.840.113549.1.1.10' });
  });

  it('says "wrong passphrase" for a wrong passphrase to an AES, a legacy and a non-ASCII file, and names an unsupported algorithm', async () => {
    for (const name of ['ecP256', 'ecP256Legacy', 'ecP256NonAscii'] as const) {
      await expect(signPdf(pdf, { p12: fixtureP12(name), passphrase: 'kommun-2025', names: { p12: 'ec.p12' } })).rejects.toThrow(/^cannot open ec\.p12: wrong passphrase \(or the file is damaged\)$/);
    }
    await expect(signPdf(pdf, { p12: fixtureP12('ecP256NonAscii'), passphrase: 'Hemligt-losen-aao', names: { p12: 'ec.p12' } })).rejects.toThrow(/wrong passphrase/);
    await expect(signPdf(pdf, { p12: readFileSync(fixturePath('ed25519-openssl3.p12')), passphrase: 'kommun-2026', names: { p12: 'ed.p12' } })).rejects.toThrow(
      'cannot use ed.p12: it uses Ed25519, which compact does not support; export a certificate with an RSA or ECDSA (P-256, P-384) key',
    );
    await expect(signPdf(pdf, { p12: readFileSync(fixturePath('certificate-only.p12')), passphrase: 'kommun-2026', names: { p12: 'cert.p12' } })).rejects.toThrow(/^cert\.p12 holds no private key; export the certificate together with its key/);
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
