import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

describe('compact validate', () => {
  it('colours stylish output only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const file = fixture('invalid', 'unknown-enum.yaml');
    const plain = await runCli(['validate', file]);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['validate', file], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    const noColor = await runCli(['validate', file], { env: { FORCE_COLOR: '', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const flag = await runCli(['validate', file, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain('\u001b[');
  });

  it('prints file, position, severity, message and rule in stylish output', async () => {
    const result = await runCli(['validate', fixture('invalid', 'unknown-enum.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('test/fixtures/invalid/unknown-enum.yaml');
    expect(result.stdout).toMatch(/5:9\s+error\s+status must be one of draft, adopted, under-revision, superseded, expired \(got "signed"\)\s+schema\/enum/);
    expect(result.stdout).toContain('1 file, 1 error');
  });

  it('expands quoted globs and directories, and reports a missing file as unreadable (exit 2)', async () => {
    const glob = await runCli(['validate', 'examples/*.yaml', '--format', 'json']);
    expect(glob.code).toBe(0);
    const missing = await runCli(['validate', 'examples/orebro.yaml', 'nope.yaml', '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject([{ file: 'nope.yaml', ruleId: 'input/unreadable', message: 'cannot read nope.yaml: no such file or directory' }]);
    const noMatch = await runCli(['validate', 'nothing/**/*.yaml']);
    expect(noMatch.code).toBe(2);
    expect(noMatch.stderr).toContain('no files match nothing/**/*.yaml');
  });

  it('exits 2 with a usage message for no paths, an unknown format or an unknown option', async () => {
    const none = await runCli(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the files, directories or globs to validate');
    const format = await runCli(['validate', 'examples/', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml"; use one of stylish, json');
    const option = await runCli(['validate', '--frmat', 'json', 'examples/']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--frmat'");
  });

  it('writes the report to --output atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-'));
    const out = join(dir, 'report.json');
    const result = await runCli(['validate', fixture('invalid', 'bad-id.yaml'), '--format', 'json', '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].ruleId).toBe('schema/pattern');
    const bad = await runCli(['validate', 'examples/', '--output', join(out, 'not-a-directory.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`compact: cannot write ${join(out, 'not-a-directory.txt')}`);
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows an example in --help', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('compact validate examples/');
  });
});

describe('compact schema', () => {
  it('prints the JSON Schema', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}schemas/compact.schema.json`, 'utf8')));
  });

  it('writes it to a file with --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-'));
    const result = await runCli(['schema', '--output', join(dir, 'schema.json')]);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'schema.json'))).toBe(true);
  });
});
