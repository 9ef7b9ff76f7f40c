import { readdir, realpath, type Dirent } from 'node:fs';
import { realpath as realpathAsync, stat } from 'node:fs/promises';
import { dirname, isAbsolute, posix, resolve } from 'node:path';
import type { GlobOptions } from 'tinyglobby';

export interface ListingOptions {
  cwd: string;
  ignore: readonly string[];
  onlyFiles?: boolean;
  /** Stop listing as soon as more files than this match. */
  limit: number;
}

/** What a glob matched, relative to `cwd`; `exceeded` when it stopped early because more than `limit` files matched. */
export interface Listing {
  paths: string[];
  exceeded: boolean;
}

/**
 * Lists what `pattern` matches under `cwd`, following symbolic links but never one that leads back to a folder it
 * lies in (`ln -s .. loop`, /proc/self/root) nor a second one to the same folder, and stopping once more than `limit` files match: a glob from the root of
 * a disk ends with a refusal in moments instead of exhausting the memory.
 */
export async function listMatches(pattern: string, options: ListingOptions): Promise<Listing> {
  const [{ glob, escapePath }, { default: picomatch }] = await Promise.all([import('tinyglobby'), import('picomatch')]);
  const cwd = resolve(options.cwd);
  const absolutePattern = isAbsolute(pattern) ? pattern : posix.join(escapePath(cwd), pattern);
  const matches = picomatch(absolutePattern, { dot: false });
  const ignored = picomatch([...options.ignore], { dot: true });
  const stop = new AbortController();
  const linkedFolders = new Set<string>();
  const realPaths = new Map<string, Promise<string | undefined>>();
  let counted = 0;
  const countMatches = (directory: string, entries: readonly Dirent[]) => {
    // A linked folder is read at its real path, which the glob does not match as it matches the link: not counted.
    if (linkedFolders.has(withoutTrailingSlash(directory))) return;
    for (const entry of entries) {
      const path = posix.join(directory, entry.name);
      if (entry.isFile() && matches(path) && !ignored(path)) counted++;
    }
    if (counted > options.limit) stop.abort();
  };
  const fs: GlobOptions['fs'] = {
    readdir: ((directory: string, settings: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => {
      readdir(directory, settings, (error, entries) => {
        if (!error) countMatches(directory, entries);
        callback(error, entries);
      });
    }) as unknown as typeof readdir,
    realpath: ((link: string, callback: (error: NodeJS.ErrnoException | null, target?: string) => void) => {
      followedTarget(link, realPaths, linkedFolders).then((target) => callback(null, target), (error: NodeJS.ErrnoException) => callback(error));
    }) as unknown as typeof realpath,
  };
  const paths = await glob(pattern, { cwd, ignore: [...options.ignore], dot: false, onlyFiles: options.onlyFiles ?? true, fs, signal: stop.signal });
  return { paths, exceeded: stop.signal.aborted };
}

/**
 * The real path a symbolic link leads to. A link to a folder is refused (an ELOOP error, which the listing skips) when
 * the folder holds the link, since following it would never end, and when another link led there already: links
 * between folders (as in /sys) would otherwise have the same folders read over and over.
 */
async function followedTarget(link: string, realPaths: Map<string, Promise<string | undefined>>, linkedFolders: Set<string>): Promise<string> {
  const target = await realpathAsync(link);
  if (!(await stat(target)).isDirectory()) return target;
  if (linkedFolders.has(target) || (await leadsBack(link, target, realPaths))) {
    throw Object.assign(new Error(`not following ${link} to ${target}`), { code: 'ELOOP' });
  }
  linkedFolders.add(target);
  return target;
}

/** Whether `target` is a folder that `link` lies in, or one above it. */
async function leadsBack(link: string, target: string, realPaths: Map<string, Promise<string | undefined>>): Promise<boolean> {
  for (let folder = dirname(link); ; folder = dirname(folder)) {
    const real = await cachedRealPath(folder, realPaths);
    if (real !== undefined && isSameOrInside(real, target)) return true;
    if (dirname(folder) === folder) return false;
  }
}

function cachedRealPath(path: string, realPaths: Map<string, Promise<string | undefined>>): Promise<string | undefined> {
  let real = realPaths.get(path);
  if (!real) {
    real = realpathAsync(path).catch(() => undefined);
    realPaths.set(path, real);
  }
  return real;
}

function isSameOrInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
