import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temp folder of its own, so that the run's V8 code cache is written where the test can see it. */
function ownTemp(): { env: NodeJS.ProcessEnv; caches: () => string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'compact-cache-'));
  folders.push(folder);
  const caches = () => readdirSync(folder).flatMap((entry) => (entry.startsWith('compact-code-cache-') ? readdirSync(join(folder, entry)) : []));
  return { env: { TMPDIR: folder }, caches };
}

describe('the V8 code cache of bin/compact.js', () => {
  it('is kept per command after a run that did its work, not after help or a usage error', async () => {
    const { env, caches } = ownTemp();
    expect((await runCli(['lint', '--help'], { env })).code).toBe(0);
    expect((await runCli(['lint', '--no-such-option'], { env })).code).toBe(2);
    expect(caches()).toEqual([]);
    expect((await runCli(['lint', '--today', '2026-11-25', 'examples/orebro.yaml'], { env })).code).toBe(0);
    expect(caches()).toEqual([expect.stringMatching(/^[0-9a-f]{32}-v[\d.]+-\w+-lint\.bin$/)]);
  });

  it('drops caches of other builds when it writes one, and a damaged cache only costs the cache', async () => {
    const { env, caches } = ownTemp();
    await runCli(['validate', 'examples/orebro.yaml'], { env });
    const [written] = caches();
    const folder = join(env.TMPDIR!, readdirSync(env.TMPDIR!)[0]!);
    writeFileSync(join(folder, '0123456789abcdef0123456789abcdef-v20.0.0-x64-validate.bin'), 'old');
    writeFileSync(join(folder, written!), 'not a code cache');
    const run = await runCli(['validate', 'examples/orebro.yaml'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 errors');
    expect(caches()).toEqual([written]);
  });
});
