import { t } from '../i18n/index.js';
import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, open, readlink, realpath, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CompactError } from '../errors.js';

export interface AtomicWriteOptions {
  /**
   * Start the new text with a UTF-8 byte order mark when the file it replaces starts with one: for commands that
   * rewrite a text file in place, which read it without the mark.
   */
  keepByteOrderMark?: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes `content` to `target` through a temporary file in the same directory, flushed to disk and then renamed
 * over the target, so that the target is at every moment either the old file or the whole new one. On a failure
 * the temporary file is removed and the target is left as it was.
 *
 * A target that exists keeps its permissions and (where the system allows) its owner and group. A symbolic link
 * is written through: the file it points to is replaced and the link stays a link; a link that points nowhere is
 * refused. A device, a pipe or a path under /dev or /proc (`/dev/null`, `/dev/stdout`) is written to directly.
 * A file with other hard links becomes a file of its own: the other names keep the old content. A read-only file
 * is refused (exit 2).
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const destination = await resolveDestination(target);
  if (destination.kind === 'stream') {
    await writeFile(destination.path, content).catch((error: unknown) => {
      throw writeError(target, error);
    });
    return;
  }
  const { path, existing } = destination;
  const directory = dirname(path);
  const { randomBytes } = await import('node:crypto');
  const temporary = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    await makeDirectories(directory);
    const bytes = await withByteOrderMark(content, path, options.keepByteOrderMark === true && existing !== undefined);
    handle = await open(temporary, 'wx', existing === undefined ? 0o666 : existing.mode & 0o777);
    await handle.writeFile(bytes);
    if (existing !== undefined) await keepOwnerAndMode(handle, existing);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeError(target, error);
  }
  await syncDirectory(directory);
}

type Destination = { kind: 'file'; path: string; existing?: Stats } | { kind: 'stream'; path: string };

/**
 * Where the new file goes: the target (`..` in it taken as written, as path.resolve does), or the file a symbolic
 * link at the target points to.
 */
async function resolveDestination(target: string): Promise<Destination> {
  const missing = (error: NodeJS.ErrnoException): undefined => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw writeError(target, error);
  };
  const path = resolve(target);
  const link = await lstat(path).catch(missing);
  const existing = await stat(path).catch(missing);
  if (link?.isSymbolicLink() && existing === undefined) {
    const pointsTo = await readlink(path).catch(() => 'a missing file');
    throw new CompactError(t('write.danglingLink', { target, pointsTo }));
  }
  if (existing?.isDirectory()) throw new CompactError(t('write.directory', { target }));
  if (existing !== undefined && (!existing.isFile() || isDevicePath(path))) return { kind: 'stream', path };
  const destination = link?.isSymbolicLink() ? await realpath(path) : path;
  if (existing !== undefined && (await isReadOnly(destination, existing))) throw new CompactError(t('cli.readOnlyFile', { file: target }));
  return existing === undefined ? { kind: 'file', path: destination } : { kind: 'file', path: destination, existing };
}

/**
 * A file its owner made read-only (an archived, adopted version) is not replaced, though the rename that replaces
 * it needs only the folder's permission: no write bit at all (which root too respects here), or none for this user.
 */
async function isReadOnly(path: string, existing: Stats): Promise<boolean> {
  if ((existing.mode & 0o222) === 0) return true;
  return access(path, constants.W_OK).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'EACCES' || error.code === 'EPERM',
  );
}

/** /dev/stdout, /proc/self/fd/1, …: a name for a stream already open, even when it leads to a regular file (`> out.txt`). */
function isDevicePath(path: string): boolean {
  return process.platform !== 'win32' && /^\/(dev|proc)\//.test(path);
}

async function withByteOrderMark(content: string | Uint8Array, path: string, keep: boolean): Promise<string | Uint8Array> {
  if (!keep || typeof content !== 'string' || content.startsWith('\uFEFF')) return content;
  const start = Buffer.alloc(UTF8_BOM.length);
  const handle = await open(path, 'r');
  try {
    await handle.read(start, 0, start.length, 0);
  } finally {
    await handle.close();
  }
  return start.equals(UTF8_BOM) ? `\uFEFF${content}` : content;
}

/**
 * The replaced file's permissions, and its owner and group as far as the system lets this process give them away:
 * both as root; otherwise the group, when the user is a member of it.
 */
async function keepOwnerAndMode(handle: FileHandle, existing: Stats): Promise<void> {
  const created = await handle.stat();
  if (created.uid !== existing.uid || created.gid !== existing.gid) {
    const notPermitted = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPERM') throw error;
      return false;
    };
    const owned = await handle.chown(existing.uid, existing.gid).then(() => true, notPermitted);
    if (!owned && created.gid !== existing.gid) await handle.chown(created.uid, existing.gid).catch(notPermitted);
  }
  await handle.chmod(existing.mode & 0o7777);
}

/** Makes the rename itself survive a power cut. Not every platform can open a directory; there it is skipped. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

function writeError(target: string, error: unknown): CompactError {
  if (error instanceof CompactError) return error;
  return new CompactError(t('write.failed', { target, reason: describeFsError(error) }), { cause: error });
}

/**
 * Creates `directory` and its missing parents, one level at a time. Node's own `mkdir(…, { recursive: true })`
 * never returns for a path under /proc (procfs answers ENOENT, and Node retries the parent for ever).
 */
async function makeDirectories(directory: string): Promise<void> {
  const missing: string[] = [];
  for (let current = resolve(directory); ; current = dirname(current)) {
    try {
      if ((await stat(current)).isDirectory()) break;
      throw Object.assign(new Error(`${current} is not a directory`), { code: 'ENOTDIR' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw error;
      missing.unshift(current);
    }
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

const FS_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'EROFS', 'ELOOP', 'EIO']);

/** Why a file operation failed, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && FS_ERRORS.has(code)) return t('fs.error', { code: code === 'EPERM' ? 'eacces' : code === 'EEXIST' ? 'enotdir' : code.toLowerCase() });
  return error instanceof Error ? error.message : String(error);
}
