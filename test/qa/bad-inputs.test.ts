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
