import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const TOTAL = 40;

describe('Ctrl-C', () => {
  it('during render --per-signatory: stops after the copy being written, says how far it got, exits 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-sigint-'));
    copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'c.yaml'));
    const rows = Array.from({ length: TOTAL }, (_, index) => `Förening ${index + 1}`);
    writeFileSync(join(dir, 'rows.csv'), `organisation\n${rows.join('\n')}\n`);
    expect((await runCli(['signatory', 'import', 'c.yaml', 'rows.csv', '--party', 'civilsamhallet'], { cwd: dir })).code).toBe(0);

    const child = spawn(process.execPath, [BIN, 'render', 'c.yaml', '--per-signatory', 'copies'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const pdfs = () => (readdirSync(join(dir, 'copies'), { withFileTypes: true }).filter((entry) => entry.name.endsWith('.pdf')).length);
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Interrupt once the first copies are written.
    for (let tries = 0; tries < 600; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if ((() => { try { return pdfs() >= 2; } catch { return false; } })()) break;
    }
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    const written = Number(/wrote (\d+) of 40 copies to copies; stopped\n$/.exec(stderr)?.[1]);
    expect(written).toBeGreaterThanOrEqual(2);
    expect(written).toBeLessThan(TOTAL);
    expect(pdfs()).toBe(written);
    expect(readdirSync(join(dir, 'copies')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('at an init prompt (the key, in raw mode): nothing is written, exit 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-sigint-init-'));
    const child = spawn(process.execPath, ['-r', join(ROOT, 'test/helpers/fake-tty.cjs'), BIN, 'init', 'x.yaml'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    for (let tries = 0; tries < 200 && !stdout.includes('Language of the compact'); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stdout).toContain('Language of the compact');
    // On a terminal in raw mode, Ctrl-C reaches the prompt as a key (ETX), not as a signal.
    child.stdin.write('\u0003');
    expect(await exited).toBe(130);
    expect(stderr).toBe('compact: compact init was cancelled; nothing was written\n');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  }, 30_000);
});
