import { mkdtempSync, readdirSync } from 'node:fs';
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
