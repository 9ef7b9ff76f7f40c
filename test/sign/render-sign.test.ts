import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIdentity } from '../helpers/certificates.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { oracleSignatures } from '../helpers/oracles/signatures.js';

const PASS = 'render-och-signera';

describe('compact render --sign', () => {
  it('renders a compact to PDF and signs it in one step; an independent checker finds the signature valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-render-sign-'));
    writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASS }).p12);
    const out = join(dir, 'orebro-signerad.pdf');
    const result = await runCli(['render', `${ROOT}examples/orebro.yaml`, '--sign', '--p12', join(dir, 'anna.p12'), '--reason', 'Godkänd', '--out', out], {
      env: { COMPACT_P12_PASSPHRASE: PASS, SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('(signed; 1 signature)');
    const verified = await runCli(['verify', out, '--format', 'json']);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, signatures: [{ signer: 'Anna Berg', reason: 'Godkänd', intact: true, coversWholeDocument: true }] });
    expect(await oracleSignatures(readFileSync(out))).toMatchObject([{ cmsValid: true, byteRangeSound: true, coversWholeFile: true }]);
  });

  it('refuses --sign without --p12 or for Markdown, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-render-sign-'));
    const noP12 = await runCli(['render', 'examples/orebro.yaml', '--sign', '--out', join(dir, 'x.pdf')]);
    expect(noP12).toMatchObject({ code: 2, stderr: 'compact: --sign needs --p12 CERT.p12, the signer\u2019s certificate and key\n' });
    const markdown = await runCli(['render', 'examples/orebro.yaml', '--sign', '--p12', 'x.p12', '--out', join(dir, 'x.md')]);
    expect(markdown.code).toBe(2);
    expect(markdown.stderr).toContain('--sign signs a PDF');
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'x.md'))).toBe(false);
  });
});
