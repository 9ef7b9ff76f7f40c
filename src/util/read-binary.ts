import { t } from '../i18n/index.js';
import { readFile, stat } from 'node:fs/promises';
import { CompactError } from '../errors.js';
import { describeFsError } from './atomic-write.js';

/** Reads a whole binary file, or throws a CompactError naming it. */
export async function readBinaryFile(path: string, maxBytes = 512 * 1024 * 1024): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new CompactError(t('load.binaryTooLarge', { path, megabytes: Math.round(maxBytes / 1024 / 1024) }));
    return await readFile(path);
  } catch (error) {
    if (error instanceof CompactError) throw error;
    throw new CompactError(t('load.unreadable', { file: path, reason: describeFsError(error) }), { cause: error });
  }
}
