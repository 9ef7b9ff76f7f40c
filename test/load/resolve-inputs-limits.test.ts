import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactError } from '../../src/errors.js';
import { resolveInputs } from '../../src/load/index.js';
import { runCli, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/orebro.yaml');

/** top/compacts holds a.yaml, b.yaml, a link to its own parent and one to the parent of that. */
function folderWithLinkLoops(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-loops-'));
  mkdirSync(join(dir, 'top', 'compacts'), { recursive: true });
  copyFileSync(EXAMPLE, join(dir, 'top', 'compacts', 'a.yaml'));
  copyFileSync(EXAMPLE, join(dir, 'top', 'compacts', 'b.yaml'));
  symlinkSync('..', join(dir, 'top', 'compacts', 'loop'));
  symlinkSync('../..', join(dir, 'top', 'compacts', 'loop-up'));
  return dir;
}

describe('resolveInputs with symbolic links and the file limit', () => {
  it('reads each compact once, whatever links lead back to the folders above it', async () => {
    const dir = folderWithLinkLoops();
    const top = join(dir, 'top');
    expect(await resolveInputs([top])).toEqual([`${top}/compacts/a.yaml`, `${top}/compacts/b.yaml`]);
    expect(await resolveInputs(['top/**/*.yaml'], dir)).toEqual(['top/compacts/a.yaml', 'top/compacts/b.yaml']);
  });

  it('still follows a link to a folder of compacts, named or inside the folder named', async () => {
    const dir = folderWithLinkLoops();
    mkdirSync(join(dir, 'linked'));
    symlinkSync(join(dir, 'top', 'compacts'), join(dir, 'linked', 'compacts'));
    const linked = join(dir, 'linked');
    expect(await resolveInputs([linked])).toEqual([`${linked}/compacts/a.yaml`, `${linked}/compacts/b.yaml`]);
    expect(await resolveInputs([`${linked}/compacts`])).toEqual([`${linked}/compacts/a.yaml`, `${linked}/compacts/b.yaml`]);
    expect(await resolveInputs(['linked/**/*.yaml'], dir)).toEqual(['linked/compacts/a.yaml', 'linked/compacts/b.yaml']);
  });

  it('compact validate over a link loop with a low --max-files ends at once with the limit and exit 2', async () => {
    const dir = folderWithLinkLoops();
    for (const input of ['top', 'top/**/*.yaml']) {
      const run = await runCli(['validate', input, '--max-files', '1'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`the paths name more than 1 file (${input}); narrow them to the compacts you mean, or raise the limit with --max-files`);
    }
  });

  it('refuses a single path given as a text instead of a list, and a list holding something else than paths', async () => {
    await expect(resolveInputs('examples' as unknown as string[])).rejects.toThrow(CompactError);
    await expect(resolveInputs('examples/' as unknown as string[])).rejects.toThrow(
      'resolveInputs: inputs is "examples/"; it must be an array of paths of files, folders or globs, such as [\'compacts/\']',
    );
    await expect(resolveInputs(['examples', 3] as unknown as string[])).rejects.toThrow('resolveInputs: inputs[1] is number 3');
  });
});
