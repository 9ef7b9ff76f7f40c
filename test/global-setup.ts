import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI tests run the built binary, so bundle the current sources once before any test runs; the type
 * declarations (which the package tests install and the API examples are checked against) are written again when
 * a source file is newer than them.
 *
 * Every test's temporary files go under one folder of this run (TMPDIR, which the test workers and the CLI
 * processes they start inherit), removed when the run ends: a run leaves nothing behind in the system's /tmp.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (declarationsAreStale(root)) {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
  const temp = mkdtempSync(join(tmpdir(), 'compact-test-run-'));
  // As /tmp is: tests that run the CLI as another user reach their files.
  chmodSync(temp, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(temp, { recursive: true, force: true });
  };
}

function declarationsAreStale(root: string): boolean {
  let written: number;
  try {
    written = statSync(`${root}dist/types/index.d.ts`).mtimeMs;
  } catch {
    return true;
  }
  return readdirSync(`${root}src`, { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && entry.name.endsWith('.ts') && statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > written,
  );
}
