import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The installed package's folder (holds schemas/, templates/, docs/), found from this module's location. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the compact package folder (package.json beside schemas/)');
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** A file inside the installed package. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
