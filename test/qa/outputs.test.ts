import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
let file: string;
let original: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-qa-out-'));
  file = join(dir, 'orebro.yaml');
  copyFileSync('examples/orebro.yaml', file);
  original = readFileSync(file, 'utf8');
});

describe('an output file that is the input is refused, and the compact is left as it was', () => {
  it.each([
    ['render', (out: string) => ['render', file, '--out', out, '--format', 'md']],
    ['validate', (out: string) => ['validate', file, '-o', out]],
    ['lint', (out: string) => ['lint', dir, '-f', 'stylish', '-f', `json:${out}`, '--today', '2026-05-01']],
    ['report', (out: string) => ['report', dir, '-o', out, '-f', 'csv', '--today', '2026-05-01']],
    ['diff', (out: string) => ['diff', file, 'examples/orebro.yaml', '-o', out]],
  ])('%s', async (_, args) => {
    const result = await runCli(args(file));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compact: will not write to .*orebro\.yaml: it is .*orebro\.yaml, a file this command reads; choose another output file\n$/);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['orebro.yaml']);
  });

  it('also through a symbolic link', async () => {
    const link = join(dir, 'link.md');
    symlinkSync(file, link);
    const result = await runCli(['render', file, '--out', link]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('an output under /proc fails at once instead of hanging', () => {
  it.each([
    ['render --out', ['render', 'examples/orebro.yaml', '--out', '/proc/compact-qa/x/orebro.md']],
    ['render --per-signatory', ['render', 'test/fixtures/signatory/commented.added.yaml', '--per-signatory', '/proc/compact-qa', '--format', 'md']],
    ['validate -o', ['validate', 'examples/orebro.yaml', '-o', '/proc/compact-qa/report.txt']],
  ])('%s', async (_, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compact: cannot write \/proc\/compact-qa\/\S+: no such file or directory\n$/);
  }, 10_000);
});

describe('a report written to a file has no colour codes, even with FORCE_COLOR', () => {
  it.each([
    ['validate', (out: string) => ['validate', 'test/fixtures/invalid', '-o', out]],
    ['lint', (out: string) => ['lint', 'examples/', '-o', out, '--today', '2026-05-01']],
    ['lint -f name:file', (out: string) => ['lint', 'examples/', '-f', `stylish:${out}`, '--today', '2026-05-01']],
    ['report', (out: string) => ['report', 'examples/', '-o', out, '--today', '2026-05-01']],
    ['diff', (out: string) => ['diff', 'examples/orebro.yaml', 'examples/botkyrka.yaml', '-o', out, '--force']],
  ])('%s', async (_, args) => {
    const out = join(dir, 'report.txt');
    await runCli(args(out), { env: { FORCE_COLOR: '1' } });
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toContain('\u001b[');
  });

  it('while stdout is coloured with FORCE_COLOR, so the variable is honoured', async () => {
    const result = await runCli(['lint', 'examples/', '--today', '2026-05-01'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('\u001b[');
  });
});
