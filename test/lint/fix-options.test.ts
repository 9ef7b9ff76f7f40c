import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';

const SOURCE = readFileSync(join(ROOT, 'test/fixtures/fix/org-numbers.yaml'), 'utf8');

describe('compact lint --fix --fix-dry-run', () => {
  it('refuses the two together, exits 2 and leaves the file as it was, in English and in Swedish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-fix-options-'));
    writeFileSync(join(dir, 'a.yaml'), SOURCE);
    const english = await runCli(['lint', 'a.yaml', '--fix', '--fix-dry-run', '--today', '2025-01-01'], { cwd: dir });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('the --fix option and the --fix-dry-run option cannot be used together');
    expect(english.stderr).not.toContain('fixed');
    const swedish = await runCli(['lint', 'a.yaml', '--fix-dry-run', '--fix', '--lang', 'sv'], { cwd: dir });
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toContain('--fix och --fix-dry-run går inte att använda samtidigt');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(SOURCE);
  });
});
