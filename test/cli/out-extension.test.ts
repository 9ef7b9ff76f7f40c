import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/orebro.yaml');
const OTHER = join(ROOT, 'examples/botkyrka.yaml');

describe('an --out whose extension belongs to another format than --format', () => {
  it('compact render --format pdf --out x.html is refused with exit 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-out-ext-'));
    const run = await runCli(['render', EXAMPLE, '--format', 'pdf', '--out', 'x.html'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x.html ends in .html, which is for html files, but --format is pdf');
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const swedish = await runCli(['render', EXAMPLE, '--format', 'md', '--out', 'x.docx', '--lang', 'sv'], { cwd: dir });
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toContain('x.docx slutar på .docx, som används för docx-filer, men --format är md');
  });

  it('compact render takes a matching extension, an extension of no format it knows, and stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-out-ext-'));
    for (const [format, out] of [['md', 'x.markdown'], ['html', 'x.HTM'], ['md', 'x.txt']] as const) {
      const run = await runCli(['render', EXAMPLE, '--format', format, '--out', out], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(join(dir, out))).toBe(true);
    }
    const stdout = await runCli(['render', EXAMPLE, '--format', 'html', '--out', '-'], { cwd: dir });
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toContain('<html');
  });

  it('compact diff --format pdf --out x.html is refused; without --format the format follows --out, else text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-out-ext-'));
    const pdf = await runCli(['diff', EXAMPLE, OTHER, '--format', 'pdf', '--out', 'x.html'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('x.html ends in .html, which is for html files, but --format is pdf');
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const json = await runCli(['diff', EXAMPLE, OTHER, '--output', 'x.json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).changes.length).toBeGreaterThan(0);
    const markdown = await runCli(['diff', EXAMPLE, OTHER, '--out', 'changes.md'], { cwd: dir });
    expect(markdown.code).toBe(0);
    expect(readFileSync(join(dir, 'changes.md'), 'utf8')).toMatch(/^#/m);
    const redline = await runCli(['diff', EXAMPLE, OTHER, '--out', 'redline.html'], { cwd: dir });
    expect(redline.code).toBe(0);
    expect(readFileSync(join(dir, 'redline.html'), 'utf8')).toContain('<ins');
    const text = await runCli(['diff', EXAMPLE, OTHER, '--out', 'changes.txt'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(readFileSync(join(dir, 'changes.txt'), 'utf8')).not.toMatch(/^\{|^#|<html/);
  });
});
