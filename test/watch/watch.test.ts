import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watch, watchTargets } from '../../src/watch/index.js';

function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (condition()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error('timed out'));
      }
    }, 20);
  });
}

describe('watch', () => {
  it('runs once for a burst of saves, with the changed files, and goes on after a failing run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-watch-lib-'));
    const runs: string[][] = [];
    const errors: unknown[] = [];
    const watcher = await watch(
      [dir],
      (changed) => {
        runs.push(changed);
        if (runs.length === 1) throw new Error('broken save');
      },
      { debounceMs: 200, include: (path) => path.endsWith('.yaml'), onError: (error) => errors.push(error) },
    );
    await watcher.ready;
    for (let index = 0; index < 5; index++) writeFileSync(join(dir, 'a.yaml'), `n: ${index}\n`);
    writeFileSync(join(dir, 'b.yaml'), 'n: 1\n');
    writeFileSync(join(dir, 'ignored.txt'), 'x');
    await until(() => runs.length === 1);
    expect(runs[0]).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(errors).toEqual([new Error('broken save')]);
    writeFileSync(join(dir, 'a.yaml'), 'n: 6\n');
    await until(() => runs.length === 2);
    expect(runs[1]).toEqual([join(dir, 'a.yaml')]);
    await watcher.close();
  });

  it('watches the folder a glob starts from', async () => {
    expect(await watchTargets(['compacts/**/*.yaml', 'examples/orebro.yaml', '*.yml', 'compacts/'])).toEqual(['compacts', 'examples/orebro.yaml', '.', 'compacts/']);
  });
});
