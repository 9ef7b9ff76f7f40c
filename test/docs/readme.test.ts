import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
// @ts-expect-error: a JavaScript module of the benchmark, without declarations
import { performancePage } from '../../bench/performance-page.mjs';

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

describe('README and docs', () => {
  it('the README is short enough to read in five minutes: at most 250 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('the README shows the two commands: the quick start and the tests', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/```sh\nnpm ci && npm run build && node bin\/compact\.js lint examples\/\S+\.yaml/);
    expect(readme).toContain('```sh\nnpm test\n```');
  });

  it('no tracked text file holds a merge-conflict marker', () => {
    const grep = spawnSync('git', ['grep', '-n', '-I', '-E', '^(<<<<<<<|>>>>>>>)( |$)|^=======$', '--', '.'], { cwd: ROOT, encoding: 'utf8' });
    expect(grep.stdout).toBe('');
    expect(grep.status, grep.stderr).toBe(1); // git grep: 1 = no match
  });

  it('docs/performance.md is generated from bench/results.json, not edited by hand', () => {
    const results = JSON.parse(read('bench/results.json')) as unknown;
    expect(read('docs/performance.md')).toBe(performancePage(results));
  });
});
