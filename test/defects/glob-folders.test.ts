import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-glob-'));
  for (const [folder, example] of [['Överenskommelser 2024', 'orebro'], ['Överenskommelser 2025', 'boras'], ['dir1', 'botkyrka']] as const) {
    mkdirSync(join(dir, folder, 'sub'), { recursive: true });
    copyFileSync(join(ROOT, 'examples', `${example}.yaml`), join(dir, folder, 'sub', `${example}.yaml`));
  }
  mkdirSync(join(dir, 'empty-folder'));
  return dir;
}

describe('a glob that matches folders reads them as named folders', () => {
  it.each([
    ['Överenskommelser*', ['Överenskommelser 2024/sub/orebro.yaml', 'Överenskommelser 2025/sub/boras.yaml']],
    ['dir*/', ['dir1/sub/botkyrka.yaml']],
    ['*', ['Överenskommelser 2024/sub/orebro.yaml', 'Överenskommelser 2025/sub/boras.yaml', 'dir1/sub/botkyrka.yaml']],
  ])('validate %s', async (glob, files) => {
    const result = await runCli(['validate', glob, '--format', 'json'], { cwd: workspace() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const named = await runCli(['lint', glob, '--format', 'junit', '--today', '2026-01-10'], { cwd: workspace() });
    for (const file of files) expect(named.stdout).toContain(`<testsuite name="${file}"`);
    expect(named.stdout.match(/<testsuite /g)).toHaveLength(files.length);
  });

  it('a glob matching only folders without compacts says so', async () => {
    const result = await runCli(['validate', 'empty*'], { cwd: workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: no *.yaml or *.yml files in the folders empty* matches\n');
  });
});
