import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('compact init with a municipality name that makes no id', () => {
  it('asks for --id instead of blaming an --id that was never given, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-qa-init-'));
    const result = await runCli(['init', '--jurisdiction', '!!!', '--yes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: cannot make an id from the municipality "!!!"; give one with --id, e.g. --id exempelby\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('signatory add on a file that is not a compact', () => {
  it.each([
    ['empty', ''],
    ['only comments', '# to be written\n'],
    ['a list', '- a\n- b\n'],
  ])('names the file when it is %s, and leaves it unchanged', async (_, text) => {
    const file = join(mkdtempSync(join(tmpdir(), 'compact-qa-add-')), 'compact.yaml');
    writeFileSync(file, text);
    const result = await runCli(['signatory', 'add', file, '--party', 'kommunen', '--organisation', 'Exempelby kommun']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`compact: ${file} is not a compact file: its top level is not a mapping of keys (compact init writes a new compact); it was left unchanged\n`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('signatory commands and standard input', () => {
  const compact = readFileSync('test/fixtures/signatory/commented.yaml', 'utf8');

  it.each([
    ['add', ['signatory', 'add', '-', '--party', 'kommunen', '--organisation', 'Exempelby kommun', '--name', 'Lars Berg']],
    ['import', ['signatory', 'import', '-', 'CSV']],
  ])('%s - refuses to write, and leaves no file named <stdin> behind', async (_, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-qa-stdin-'));
    const csv = join(mkdtempSync(join(tmpdir(), 'compact-qa-csv-')), 'rows.csv');
    writeFileSync(csv, 'party,organisation\nkommunen,Exempelby kommun\n');
    const result = await runCli(args.map((arg) => (arg === 'CSV' ? csv : arg)), { input: compact, cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: adding signatories rewrites the compact file in place; give the path of the file (- works only with --dry-run)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('add - --dry-run prints the result', async () => {
    const result = await runCli(['signatory', 'add', '-', '--party', 'kommunen', '--organisation', 'Exempelby kommun', '--name', 'Lars Berg', '--dry-run'], { input: compact });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('    name: Lars Berg\n');
  });

  it('list - names standard input as <stdin>', async () => {
    const result = await runCli(['signatory', 'list', '-'], { input: compact });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('<stdin>: 1 signatory');
  });
});

describe('signatory import into a file that is not a compact', () => {
  it.each([
    ['empty', ''],
    ['only comments', '# to be written\n'],
    ['a list', '- a\n- b\n'],
  ])('names the file when it is %s (no internal error), and leaves it unchanged', async (_, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-qa-import-'));
    const file = join(dir, 'compact.yaml');
    const csv = join(dir, 'rows.csv');
    writeFileSync(file, text);
    writeFileSync(csv, 'party,organisation\nkommunen,Exempelby kommun\n');
    const result = await runCli(['signatory', 'import', file, csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`compact: ${file} is not a compact file: its top level is not a mapping of keys (compact init writes a new compact); it was left unchanged\n`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a compact written as JSON with a message about its style, not a YAML error in a line it does not have', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'compact-qa-json-')), 'compact.json');
    const json = JSON.stringify({
      compact: 1, id: 'exempelby', title: 'Överenskommelse', language: 'sv', status: 'draft',
      parties: [{ id: 'kommunen', name: 'Exempelby kommun', role: 'public' }, { id: 'foreningarna', name: 'Föreningarna', role: 'civil-society' }],
      principles: [{ id: 'dialog', title: 'Dialog', text: 'Vi för dialog.' }],
    });
    writeFileSync(file, json);
    const result = await runCli(['signatory', 'add', file, '--party', 'kommunen', '--organisation', 'Exempelby kommun']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`compact: ${file} is written as one flow mapping`);
    expect(readFileSync(file, 'utf8')).toBe(json);
  });
});
