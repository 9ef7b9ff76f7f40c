import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const SCHEMA_FILE = readFileSync(`${ROOT}schemas/compact.schema.json`, 'utf8');

describe('compact schema --out', () => {
  it('writes the schema byte for byte, creating the folder (an editor’s .vscode/) when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-schema-'));
    const result = await runCli(['schema', '--out', '.vscode/compact.schema.json'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, '.vscode/compact.schema.json'), 'utf8')).toBe(SCHEMA_FILE);
    expect(readdirSync(join(dir, '.vscode'))).toEqual(['compact.schema.json']);
  });

  it('takes -o and --output as the same option, as render does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-schema-'));
    for (const flag of ['-o', '--output']) {
      const file = join(dir, `${flag.replace(/-/g, '')}.json`);
      expect((await runCli(['schema', flag, file])).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(SCHEMA_FILE);
    }
  });

  it('writes to stdout for --out -', async () => {
    const result = await runCli(['schema', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(SCHEMA_FILE);
  });

  it('refuses two different files for --out and --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-schema-'));
    const result = await runCli(['schema', '--out', join(dir, 'a.json'), '--output', join(dir, 'b.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--output and --out name the same thing/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file whole, and on failure leaves the old file and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-schema-'));
    const target = join(dir, 'compact.schema.json');
    writeFileSync(target, '{"old": true}\n');
    expect((await runCli(['schema', '--out', target])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(SCHEMA_FILE);

    mkdirSync(join(dir, 'taken'));
    const result = await runCli(['schema', '--out', join(dir, 'taken')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compact: cannot write .*taken: it is a directory\b.*\n$/);
    expect(readdirSync(dir).sort()).toEqual(['compact.schema.json', 'taken']);
    expect(readdirSync(join(dir, 'taken'))).toEqual([]);
  });

  it('names the $id in its help and says it is an identifier, not a download address', async () => {
    const result = await runCli(['schema', '--help']);
    const help = result.stdout.replace(/\s+/g, ' ');
    expect(help).toContain(JSON.parse(SCHEMA_FILE).$id);
    expect(help).toContain('not an address to download from');
  });
});
