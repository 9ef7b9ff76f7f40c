import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/batch/pool.js';
import { lintFiles } from '../../src/lint/index.js';
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

  it('the library API checks a batch in worker threads of its own bundle, to the same results', async () => {
    const options = { today: '2026-11-25', useConfigFile: false };
    const [alone, shared] = await Promise.all([lintFiles([dir], { ...options, workers: 0 }), lintFiles([dir], { ...options, workers: 1 })]);
    expect(shared).toEqual(alone);
    expect(shared).toHaveLength(120);
  });
});

describe('how many worker threads a batch gets', () => {
  it('none below 300 files or on fewer than four cores; one per 150 files up to one less than the cores', () => {
    const previous = process.env.COMPACT_WORKERS;
    delete process.env.COMPACT_WORKERS;
    try {
      expect(workerCount(299, undefined, 8)).toBe(0);
      expect(workerCount(1000, undefined, 2)).toBe(0);
      expect(workerCount(1000, undefined, 3)).toBe(0);
      expect(workerCount(300, undefined, 4)).toBe(2);
      expect(workerCount(1000, undefined, 4)).toBe(3);
      expect(workerCount(1000, undefined, 16)).toBe(6);
      expect(workerCount(1000, 1, 2)).toBe(1);
      expect(workerCount(5, 8, 16)).toBe(4);
    } finally {
      if (previous !== undefined) process.env.COMPACT_WORKERS = previous;
    }
  });
});
