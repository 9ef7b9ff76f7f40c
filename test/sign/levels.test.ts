import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPdf, verifyPdf } from '../../src/index.js';
import { addValidationData } from '../../src/sign/dss.js';
import { timestampPdf } from '../../src/sign/sign-pdf.js';
import { FIXTURE_P12, fixtureCa, fixtureP12, fixturePath, makeCrl, makeOcspResponse, type PkiIdentity } from '../helpers/certificates.js';
import { runCli } from '../helpers/cli.js';
import { oracleSignatures } from '../helpers/oracles/signatures.js';
import { twoPagePdf } from '../helpers/pdf.js';
import { startLocalTsa, type LocalTsa } from '../helpers/tsa.js';

const ec = FIXTURE_P12.ecP256;
let tsa: LocalTsa;
let pdf: Buffer;
let dir: string;
let ca: PkiIdentity;
let tsaCa: X509Certificate;

beforeAll(async () => {
  tsa = await startLocalTsa();
  pdf = await twoPagePdf();
  dir = mkdtempSync(join(tmpdir(), 'compact-levels-'));
  ca = await fixtureCa();
  tsaCa = new X509Certificate(tsa.caPem);
  writeFileSync(join(dir, 'agreement.pdf'), pdf);
  writeFileSync(join(dir, 'tsa-ca.pem'), tsa.caPem);
});
afterAll(async () => tsa.close());

describe('PAdES B-T, B-LT and document timestamps', () => {
  it('signs with an ECDSA P-256 key from a default OpenSSL 3 file and a timestamp: B-T, trusted, the authority named', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: tsa.url, ca: [tsaCa] } });
    const [report] = await verifyPdf(signed, { ca: [Buffer.from(ca.pem), Buffer.from(tsa.caPem)] });
    expect(report).toMatchObject({ intact: true, trust: 'trusted', level: 'B-T', signer: 'Åsa Öberg', timestamp: { source: 'signature', intact: true, trust: 'trusted', authority: 'Västerby Test TSA' } });
    expect(Math.abs(new Date(report!.timestamp!.time!).getTime() - Date.now())).toBeLessThan(120_000);
    expect(report!.certificate!.judgedAt).toBe(report!.timestamp!.time);
    const [independent] = await oracleSignatures(signed);
    expect(independent).toMatchObject({ cmsValid: true, byteRangeSound: true, coversWholeFile: true, signatureAlgorithm: '1.2.840.10045.4.3.2', signerCommonName: 'Åsa Öberg', timestampMatches: true });
  });

  it('through the CLI: sign --tsa --tsa-ca, verify --ca says trusted, B-T and the time; --ltv gives B-LT and keeps the first signature valid', async () => {
    writeFileSync(join(dir, 'ec.p12'), fixtureP12('ecP256'));
    writeFileSync(join(dir, 'ca.pem'), ca.pem);
    const env = { COMPACT_P12_PASSPHRASE: ec.passphrase };
    const signed = await runCli(['sign', 'agreement.pdf', '--p12', 'ec.p12', '--tsa', tsa.url, '--tsa-ca', 'tsa-ca.pem', '--tsa-timeout', '20', '--out', 'bt.pdf'], { cwd: dir, env });
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    const text = await runCli(['verify', 'bt.pdf', '--ca', 'ca.pem', '--ca', 'tsa-ca.pem'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/1\s+Åsa Öberg\s+.*\s+yes\s+whole document\s+trusted\s+B-T/);
    expect(text.stdout).toMatch(/#1: timestamped \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by Västerby Test TSA \(trusted\)/);
    const swedish = await runCli(['--lang', 'sv', 'verify', 'bt.pdf', '--ca', 'ca.pem', '--ca', 'tsa-ca.pem'], { cwd: dir });
    expect(swedish.stdout).toMatch(/#1: tidsstämplad \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC av Västerby Test TSA \(betrodd\)/);
    expect(swedish.stdout).not.toContain('(trusted)');
    const json = JSON.parse((await runCli(['verify', 'bt.pdf', '--ca', 'ca.pem', '--ca', 'tsa-ca.pem', '--format', 'json'], { cwd: dir })).stdout);
    expect(Object.keys(json.signatures[0])).not.toContain('chainCertificates');
    expect(json).toMatchObject({ ok: true, signatures: [{ level: 'B-T', trust: 'trusted', timestamp: { intact: true, trust: 'trusted', authority: 'Västerby Test TSA', time: expect.stringMatching(/^\d{4}-/) } }] });

    writeFileSync(join(dir, 'ca.crl'), await makeCrl(ca, []));
    const second = await runCli(['sign', 'bt.pdf', '--p12', 'ec.p12', '--tsa', tsa.url, '--ltv', '--crl', 'ca.crl', '--out', 'lt.pdf'], { cwd: dir, env });
    expect(second.code).toBe(0);
    const lt = JSON.parse((await runCli(['verify', 'lt.pdf', '--ca', 'ca.pem', '--ca', 'tsa-ca.pem', '--format', 'json'], { cwd: dir })).stdout);
    expect(lt.ok).toBe(true);
    expect(lt.signatures.map((s: { level: string; intact: boolean; coversWholeDocument: boolean }) => [s.level, s.intact, s.coversWholeDocument])).toEqual([
      ['B-LT', true, false],
      ['B-LT', true, false],
    ]);
    const extended = await runCli(['sign', 'lt.pdf', '--tsa', tsa.url, '--doc-timestamp', '--out', 'lta.pdf'], { cwd: dir });
    expect(extended).toMatchObject({ code: 0, stdout: 'added to lt.pdf → lta.pdf (3 signatures and timestamps in the file)\n' });
    const lta = JSON.parse((await runCli(['verify', 'lta.pdf', '--ca', 'ca.pem', '--ca', 'tsa-ca.pem', '--format', 'json'], { cwd: dir })).stdout);
    expect(lta.signatures.map((s: { level?: string; kind: string }) => s.level ?? s.kind)).toEqual(['B-LTA', 'B-LTA', 'document-timestamp']);
    expect((await runCli(['sign', 'lt.pdf', '--out', 'x.pdf'], { cwd: dir })).stderr).toMatch(/^compact: give --p12 CERT\.p12/);
    const independent = await oracleSignatures(readFileSync(join(dir, 'lt.pdf')));
    expect(independent.map((s) => [s.cmsValid, s.timestampMatches])).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it('refuses a timestamp whose authority does not chain to --tsa-ca, and names an authority that does not answer', async () => {
    const other = new X509Certificate(readFileSync(fixturePath('test-ca.pem')));
    await expect(signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: tsa.url, ca: [other] } })).rejects.toThrow(/signed by Västerby Test TSA, whose certificate does not chain to the CA given with --tsa-ca/);
    const closed = await startLocalTsa();
    await closed.close();
    await expect(signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: closed.url } })).rejects.toThrow(/the time-stamping authority http:\/\/127\.0\.0\.1:\d+\/tsa did not answer \(.*ECONNREFUSED/);
  });

  it('says so when the authority refuses, answers with something else, or does not answer in time', async () => {
    const p12 = fixtureP12('ecP256');
    try {
      tsa.behaviour = 'reject';
      await expect(signPdf(pdf, { p12, passphrase: ec.passphrase, tsa: { url: tsa.url } })).rejects.toThrow(/refused the request: rejection, badRequest|refused the request: rejection/);
      tsa.behaviour = 'garbage';
      await expect(signPdf(pdf, { p12, passphrase: ec.passphrase, tsa: { url: tsa.url } })).rejects.toThrow(/did not answer with an RFC 3161 timestamp reply/);
      tsa.behaviour = 'silent';
      await expect(signPdf(pdf, { p12, passphrase: ec.passphrase, tsa: { url: tsa.url, timeoutMs: 300 } })).rejects.toThrow(/did not answer within 0\.3 seconds/);
    } finally {
      tsa.behaviour = 'grant';
    }
  });

  it('adds a DSS with the chain and a CRL (B-LT) and a document timestamp (B-LTA), keeping the first signature valid', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: tsa.url } });
    const crl = await makeCrl(ca, []);
    const ltv = await addValidationData(signed, { crls: [crl] });
    expect(ltv.subarray(0, signed.length).equals(signed)).toBe(true);
    const anchors = { ca: [Buffer.from(ca.pem), Buffer.from(tsa.caPem)] };
    const [lt] = await verifyPdf(ltv, anchors);
    expect(lt).toMatchObject({ intact: true, level: 'B-LT', coversWholeDocument: false, revocation: { status: 'good', source: 'crl' } });
    const lta = await timestampPdf(ltv, { url: tsa.url });
    const reports = await verifyPdf(lta, anchors);
    expect(reports.map((r) => [r.kind, r.intact, r.level])).toEqual([
      ['signature', true, 'B-LTA'],
      ['document-timestamp', true, undefined],
    ]);
    expect(reports[1]).toMatchObject({ subFilter: 'ETSI.RFC3161', timestamp: { trust: 'trusted', authority: 'Västerby Test TSA' } });
    const independent = await oracleSignatures(lta);
    expect(independent.map((s) => [s.subFilter, s.type, s.cmsValid, s.byteRangeSound])).toEqual([
      ['ETSI.CAdES.detached', 'Sig', true, true],
      ['ETSI.RFC3161', 'DocTimeStamp', true, true],
    ]);
  });

  it('reads OCSP responses from the DSS: good, then revoked; judges certificate validity at the timestamp\u2019s time', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: tsa.url } });
    const { findSignatures } = await import('../../src/sign/find-signatures.js');
    const { checkCms } = await import('../../src/sign/cms-verify.js');
    const [found] = findSignatures(signed);
    const [a, b, c, d] = found!.byteRange!;
    const cms = await checkCms(found!.contents!.bytes, Buffer.concat([signed.subarray(a, b), signed.subarray(c, c + d)]));
    const leaf = cms.signer!.raw;
    const good = await addValidationData(signed, { ocsps: [await makeOcspResponse(ca, leaf)] });
    expect((await verifyPdf(good))[0]).toMatchObject({ level: 'B-LT', revocation: { status: 'good', source: 'ocsp' } });
    const revoked = await addValidationData(signed, { ocsps: [await makeOcspResponse(ca, leaf, new Date(Date.now() - 86_400_000))] });
    expect((await verifyPdf(revoked))[0]!.revocation).toMatchObject({ status: 'revoked', source: 'ocsp', revokedBeforeSigning: true });
    const later = new Date(Date.now() + 20 * 365 * 86_400_000);
    const [report] = await verifyPdf(signed, { now: later });
    expect(report!.certificate).toMatchObject({ expiredNow: true, expiredAtSigning: false, judgedAt: report!.timestamp!.time });
  });

  it('reports a signer whose certificate a CRL in the DSS lists as revoked, and verify exits 1', async () => {
    const signed = await signPdf(pdf, { p12: fixtureP12('ecP256'), passphrase: ec.passphrase, tsa: { url: tsa.url } });
    const signer = new X509Certificate(readFileSync(fixturePath('test-ca.pem')));
    void signer;
    const [before] = await verifyPdf(signed);
    const serial = (await import('../../src/sign/find-signatures.js')).findSignatures(signed).length;
    expect(serial).toBe(1);
    const leafSerial = '1001';
    const crl = await makeCrl(ca, [{ serialHex: leafSerial, at: new Date(Date.now() - 3600_000) }]);
    const revoked = await addValidationData(signed, { crls: [crl] });
    const [after] = await verifyPdf(revoked);
    expect(before!.revocation).toBeUndefined();
    expect(after!.revocation).toMatchObject({ status: 'revoked', source: 'crl', revokedBeforeSigning: true });
    writeFileSync(join(dir, 'revoked.pdf'), revoked);
    const cli = await runCli(['verify', join(dir, 'revoked.pdf')]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain("the signer's certificate is REVOKED since");
  });
});
