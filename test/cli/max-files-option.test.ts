import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('--max-files', () => {
  it('refuses 0, -1, abc and 1.5 with the same message: a whole number of 1 or more', async () => {
    for (const value of ['0', '-1', 'abc', '1.5']) {
      const run = await runCli(['fmt', '--check', '--max-files', value, 'examples']);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain('give a whole number of 1 or more');
      expect(run.stderr, value).not.toContain('0 or more');
    }
  });

  it('takes 1 or more', async () => {
    const run = await runCli(['validate', '--max-files', '4', 'examples']);
    expect(run.code).toBe(0);
  });
});
