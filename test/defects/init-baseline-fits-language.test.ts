import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';

const init = (...args: string[]) => runCli(['init', '-', '-j', 'Exempelby', '-y', '--today', '2026-01-10', ...args]);

describe('init offers the baselines that fit the language', () => {
  it('--lang en cites no baseline, and the draft is valid', async () => {
    const result = await init('--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/baseline|se-2008|Swedish national/);
    const data = parse(result.stdout, { version: '1.2' });
    expect(data.principles).toHaveLength(6);
    const validate = await runCli(['lint', '-', '--today', '2026-01-10'], { input: result.stdout });
    expect(validate.code).toBe(0);
  });

  it('--lang sv cites se-2008 by default; --baseline chooses it, or none, explicitly', async () => {
    expect(parse((await init('--lang', 'sv')).stdout, { version: '1.2' }).baseline).toBe('se-2008');
    expect(parse((await init('--lang', 'en', '--baseline', 'se-2008')).stdout, { version: '1.2' }).baseline).toBe('se-2008');
    const none = await init('--lang', 'sv', '--baseline', 'none');
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/^\s*baseline:/m);
    const unknown = await init('--baseline', 'uk-compact-2010');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('se-2008');
  });
});
