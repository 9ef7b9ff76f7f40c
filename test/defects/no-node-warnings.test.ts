import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** A key written as a mapping (`? {x: closed}`): YAML allows it, a compact has no use for it. */
const COMPLEX_KEY = 'compact: 1\n? {x: closed}\n: 2\n';

describe('a key that is a mapping', () => {
  it.each([['validate'], ['lint'], ['report'], ['render', '--format', 'md']])('is a finding of compact %s, never a Node.js warning on stderr', async (...command) => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-complex-key-'));
    writeFileSync(join(dir, 'c.yaml'), COMPLEX_KEY);
    const run = await runCli([...command, 'c.yaml'], { cwd: dir });
    expect(run.code).toBeGreaterThan(0);
    expect(`${run.stdout}${run.stderr}`).toContain('c.yaml');
    expect(run.stderr).not.toMatch(/\(node:\d+\)|Warning: Keys with collection values|--trace-warnings/);
  });
});
