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
        fail(new CompactError('git is not installed or not on the PATH; --from and --to read earlier revisions through git'));
      } else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        fail(new CompactError('the file in that revision is larger than 10 MB, the most a compact may be; check that this is the right file'));
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
  if (!existsSync(directory)) throw new CompactError(`cannot read ${path} from git: the folder ${dirname(path)} does not exist`);
  if (revision.startsWith('-') || revision.trim() === '') throw new CompactError(`"${revision}" is not a git revision; give a commit, tag or branch such as HEAD~1 or v2016`);
  const inside = await git(['rev-parse', '--show-toplevel'], directory);
  if (!inside.ok) {
    throw new CompactError(`${path} is not in a git repository, so --from and --to cannot read its earlier revisions; run inside the repository, or compare two files: compact diff OLD.yaml NEW.yaml`);
  }
  const known = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], directory);
  if (!known.ok) throw new CompactError(`unknown git revision "${revision}"; check the name with git log --oneline or git tag`);
  const shown = await git(['show', `${revision}:./${basename(path)}`], directory);
  if (!shown.ok) throw new CompactError(`${path} does not exist in git revision ${revision}; check the file name, or whether it was added later (git log --follow ${path})`);
  return shown.stdout;
}
