import { accessSync, constants, chmodSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** True for a file this process may run (not a folder, not /dev/null bound over a tool). */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first program called `name` in the folders of PATH. */
export function findOnPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder !== '' && isExecutableFile(join(folder, name))) return join(folder, name);
  }
  return undefined;
}

/** For tests of the above: a folder holding `name` as a script, and `masked` as a link to /dev/null (what .ci/run binds over a tool). */
export function binFolder(name: string, masked: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'compact-test-tools-'));
  writeFileSync(join(folder, name), '#!/bin/sh\nexit 0\n');
  chmodSync(join(folder, name), 0o755);
  symlinkSync('/dev/null', join(folder, masked));
  return folder;
}
