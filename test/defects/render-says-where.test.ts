import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const ORebro = join(ROOT, 'examples/orebro.yaml');

describe('render says where it wrote', () => {
  it('with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-wrote-'));
    const result = await runCli(['render', ORebro, '-o', 'orebro.html'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('wrote orebro.html\n');
    expect(existsSync(join(dir, 'orebro.html'))).toBe(true);
  });

  it('without --out (a PDF named after the file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-wrote-'));
    const result = await runCli(['render', ORebro, '--format', 'pdf'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('wrote orebro.pdf\n');
  });

  it('not with -q, and not when the document goes to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-wrote-'));
    const quiet = await runCli(['render', ORebro, '-o', 'orebro.md', '-q'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    for (const args of [[], ['-o', '-']]) {
      const toStdout = await runCli(['render', ORebro, ...args], { cwd: dir });
      expect(toStdout.code).toBe(0);
      expect(toStdout.stderr).toBe('');
      expect(toStdout.stdout).toMatch(/^# /);
    }
  });
});
