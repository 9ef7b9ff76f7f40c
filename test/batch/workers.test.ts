import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLES = ['botkyrka', 'orebro', 'boras', 'sodertalje'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-batch-'));
  for (let i = 0; i < 120; i++) copyFileSync(`examples/${EXAMPLES[i % 4]}.yaml`, join(dir, `c${String(i).padStart(3, '0')}.yaml`));
  writeFileSync(join(dir, 'c050.yaml'), 'compact: 1\nstatus: signed\n');
  writeFileSync(join(dir, 'c077.yaml'), 'title: "unclosed\n');
});

describe('large batches in worker threads', () => {
  it.each([['validate'], ['lint']])('%s gives the same report, in the same order, with and without workers', async (command) => {
    const args = [command, dir, '--format', 'json', ...(command === 'lint' ? ['--today', '2026-11-25'] : [])];
    const [alone, shared] = await Promise.all([
      runCli(args, { env: { COMPACT_WORKERS: '0' } }),
      runCli(args, { env: { COMPACT_WORKERS: '1' } }),
    ]);
    expect(shared.stderr).toBe(alone.stderr);
    expect(shared.stderr).toMatch(/^compact: failed: /);
    expect(shared.code).toBe(alone.code);
    expect(shared.stdout).toBe(alone.stdout);
    const findings = JSON.parse(shared.stdout) as { file: string; ruleId: string }[];
    expect(findings.some((finding) => finding.file.endsWith('c050.yaml') && finding.ruleId.startsWith('schema/'))).toBe(true);
    expect(findings.some((finding) => finding.file.endsWith('c077.yaml') && finding.ruleId.startsWith('yaml/'))).toBe(true);
    if (command === 'lint') expect(findings.some((finding) => finding.file.endsWith('c119.yaml'))).toBe(true);
  });

  it('a bad config met in a worker stops the run with its message, exit 2', async () => {
    writeFileSync(join(dir, '.compactrc.yaml'), 'rules:\n  no-such-rule: error\n');
    const result = await runCli(['lint', dir], { env: { COMPACT_WORKERS: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.compactrc\.yaml:2:3.*no-such-rule/);
    expect(result.stderr).not.toMatch(/at .*\.c?js:\d+/);
  });
});
