import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * Refuses an output file that is one of the files being read: `compact render compact.yaml -o compact.yaml` would
 * otherwise replace the compact with its own rendering. Compared by device and inode, so another spelling of the
 * path, a symbolic link or a hard link is caught too. The output's `..` are taken as writeFileAtomic takes them,
 * as written (`missing/../compact.yaml` is `compact.yaml`).
 */
export async function refuseToOverwriteInput(output: string | undefined, inputs: readonly string[]): Promise<void> {
  if (output === undefined || output === '-') return;
  const target = await fileIdentity(resolve(output));
  if (target === undefined) return;
  for (const input of inputs) {
    if (input !== '-' && (await fileIdentity(input)) === target) {
      throw new CompactError(t('load.sameAsInput', { output, input }));
    }
  }
}

async function fileIdentity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info === undefined ? undefined : `${info.dev}:${info.ino}`;
}
