import { t } from '../i18n/index.js';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CompactError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../load/index.js';

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: DEFAULT_MAX_BYTES + 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') {
        fail(new CompactError(t('diff.git.missing')));
      } else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        fail(new CompactError(t('diff.git.tooLarge')));
      } else {
        done({ ok: !error, stdout, stderr: stderr.toString('utf8').trim() });
      }
    });
  });
}

/**
 * The bytes of `path` as it was in `revision` (git show REV:path), `path` being a file in the working
 * tree of a git repository, relative to the current directory.
 */
export async function readAtRevision(path: string, revision: string): Promise<Buffer> {
  const directory = dirname(resolve(path));
  if (!existsSync(directory)) throw new CompactError(t('diff.git.noFolder', { path, folder: dirname(path) }));
  if (revision.startsWith('-') || revision.trim() === '') throw new CompactError(t('diff.git.notRevision', { revision }));
  const inside = await git(['rev-parse', '--show-toplevel'], directory);
  if (!inside.ok) {
    throw new CompactError(t('diff.git.noRepository', { path }));
  }
  const known = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], directory);
  if (!known.ok) throw new CompactError(t('diff.git.unknownRevision', { revision }));
  const shown = await git(['show', `${revision}:./${basename(path)}`], directory);
  if (!shown.ok) throw new CompactError(t('diff.git.notInRevision', { path, revision }));
  return shown.stdout;
}
