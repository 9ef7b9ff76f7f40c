import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

describe('-o/--output and --out across commands', () => {
  it('render writes to --output as to --out, and refuses two different files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-output-options-'));
    const viaOut = await runCli(['render', 'examples/orebro.yaml', '--out', join(dir, 'out.md')]);
    const viaOutput = await runCli(['render', 'examples/orebro.yaml', '--output', join(dir, 'output.md')]);
    expect([viaOut.code, viaOutput.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'output.md'), 'utf8')).toBe(readFileSync(join(dir, 'out.md'), 'utf8'));
    const both = await runCli(['render', 'examples/orebro.yaml', '--out', join(dir, 'a.md'), '--output', join(dir, 'b.md')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^compact: --output and --out name the same thing; give one of them/);
  });

  it('signatory list writes its CSV to -o, and never over the compact it reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-output-options-'));
    const file = fixture('render', 'several-signatories.yaml');
    const printed = await runCli(['signatory', 'list', file, '--format', 'csv']);
    const written = await runCli(['signatory', 'list', file, '--format', 'csv', '-o', join(dir, 'list.csv')]);
    expect(printed.stdout.split('\r\n').length).toBeGreaterThan(2);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'list.csv'), 'utf8')).toBe(printed.stdout);
    const over = await runCli(['signatory', 'list', file, '-o', file]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('a file this command reads');
  });
});
