import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { TODAY } from './helpers.js';

describe('compact report', () => {
  it('prints a table of the examples with the overdue review marked, and exits 0 despite lint findings', async () => {
    const result = await runCli(['report', 'examples/', '--today', TODAY]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Botkyrka kom(?:mun|…) +adopted +2018 +2021-12-31 ⚠ /m);
    expect(result.stdout).toMatch(/^Örebro kommun +adopted +Kommunful… +no review date /m);
    expect(result.stdout).toContain('4 files: 1 overdue, 1 no review date, 1 under revision, 1 draft; 1 error, 14 warnings');
  });

  it('writes each format to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-report-'));
    for (const [format, check] of [
      ['json', (text: string) => expect(JSON.parse(text).rows).toHaveLength(4)],
      ['csv', (text: string) => expect(text.trimEnd().split('\r\n')).toHaveLength(5)],
      ['markdown', (text: string) => expect(text).toContain('**⚠ 2021-12-31 overdue**')],
      ['html', (text: string) => expect(text).toContain('<td class="review overdue"')],
    ] as const) {
      const out = join(dir, `overview.${format}`);
      const result = await runCli(['report', 'examples/', '--today', TODAY, '--format', format, '--output', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      check(readFileSync(out, 'utf8'));
    }
  });

  it('starts a CSV with a byte order mark with --bom', async () => {
    const result = await runCli(['report', 'examples/orebro.yaml', '--today', TODAY, '-f', 'csv', '--bom']);
    expect(result.stdout.startsWith('\uFEFFfile,state,')).toBe(true);
  });

  it('reports the other files when one is not a compact, and exits 1; an unreadable one makes it 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-report-'));
    writeFileSync(join(dir, 'settings.yaml'), 'debug: true\n');
    const invalid = await runCli(['report', 'examples/orebro.yaml', join(dir, 'settings.yaml'), '--today', TODAY]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^Örebro kommun +adopted/m);
    expect(invalid.stdout).toMatch(/^settings\.yaml +invalid +.*settings\.yaml: 1:1: /m);
    // Named from its own folder: a long temp path would be cut short in the table.
    const unreadable = await runCli(['report', join(ROOT, 'examples/orebro.yaml'), 'missing.yaml', '--today', TODAY], { cwd: dir });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toMatch(/^missing\.yaml +unreadable +.*: 1:1: cannot read /m);
    expect(unreadable.stdout).toMatch(/^Örebro kommun +adopted/m);
  });

  it('exits 2 and writes nothing when the output cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-report-'));
    writeFileSync(join(dir, 'a-file'), '');
    const result = await runCli(['report', 'examples/', '--today', TODAY, '-f', 'html', '-o', join(dir, 'a-file', 'overview.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compact: cannot write .*overview\.html: a part of the path is not a directory\n$/);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it.each([
    [['report'], /give the files/],
    [['report', 'examples/', '--format', 'pdf'], /unknown format "pdf"; use one of table, markdown, csv, json, html/],
    [['report', 'examples/', '--bom'], /--bom applies to --format csv only/],
    [['report', 'examples/', '--today', '25/11/2026'], /--today must be a date written YYYY-MM-DD/],
    [['report', '-'], /reads files, not standard input/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('shows examples in --help', async () => {
    const result = await runCli(['report', '--help']);
    expect(result.stdout).toContain('$ compact report compacts/ --format html --output overview.html');
    expect(existsSync('overview.html')).toBe(false);
  });
});
