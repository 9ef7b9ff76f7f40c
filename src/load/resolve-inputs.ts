import { t } from '../i18n/index.js';
import { stat } from 'node:fs/promises';
import { checkPathList } from '../api/arguments.js';
import { CompactError } from '../errors.js';
import { count } from '../util/plural.js';
import { listMatches, type ListingOptions } from './list-files.js';
import { STDIN } from './read-source.js';

/** Most files one run reads: a glob that matches more is likely a mistake (`**` from the root of a disk). */
export const DEFAULT_MAX_FILES = 10_000;

export interface ResolveOptions {
  /** Refuse to go on when the paths name more files than this (default DEFAULT_MAX_FILES). */
  maxFiles?: number;
}

const COMPACT_FILES = '**/*.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the paths a user typed: files as they are, directories to every *.yaml/*.yml under them,
 * and globs (quoted, so the shell leaves them alone). `-` stands for stdin. A path that does not exist
 * is kept, to be reported as unreadable with the other files' findings.
 */
export async function resolveInputs(inputs: readonly string[], cwd: string = process.cwd(), options: ResolveOptions = {}): Promise<string[]> {
  checkPathList('resolveInputs', 'inputs', inputs);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const files: string[] = [];
  const seen = new Set<string>();
  let input = '';
  const tooMany = () => new CompactError(t('load.tooManyFiles', { files: count(maxFiles, 'file'), input }));
  const add = (file: string) => {
    if (seen.has(file)) return;
    if (files.length >= maxFiles) throw tooMany();
    seen.add(file);
    files.push(file);
  };
  const list = async (pattern: string, listing: Omit<ListingOptions, 'limit'>) => {
    const found = await listMatches(pattern, { ...listing, limit: maxFiles });
    if (found.exceeded) throw tooMany();
    return found.paths;
  };
  for (input of inputs) {
    if (input === STDIN) {
      add(STDIN);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const file of await filesInDirectory(input, list)) add(file);
    } else if (info) {
      add(input);
    } else if ((await import('tinyglobby')).isDynamicPattern(input)) {
      // A folder the glob matches is read as a named folder is: every compact under it.
      const found = await list(input, { cwd, ignore: IGNORED, onlyFiles: false });
      const matched: string[] = [];
      for (const path of found.sort()) {
        if (path.endsWith('/')) matched.push(...(await filesInDirectory(path.slice(0, -1), list, cwd, false)));
        else matched.push(path);
      }
      if (matched.length === 0) throw new CompactError(found.length === 0 ? t('load.noMatch', { input }) : t('load.noFilesInMatchedFolders', { input }));
      for (const file of matched) add(file);
    } else {
      // Reported for this file when it is read, so the other files are still checked.
      add(input);
    }
  }
  return files;
}

type List = (pattern: string, listing: Omit<ListingOptions, 'limit'>) => Promise<string[]>;

/** Every *.yaml and *.yml under a folder, sorted; a folder named on its own must hold one (`required`). */
async function filesInDirectory(directory: string, list: List, cwd?: string, required = true): Promise<string[]> {
  const found = await list(COMPACT_FILES, { cwd: cwd === undefined ? directory : `${cwd}/${directory}`, ignore: IGNORED });
  if (found.length === 0 && required) throw new CompactError(t('load.emptyDirectory', { input: directory }));
  return found.sort().map((file) => joinPath(directory, file));
}

function joinPath(directory: string, file: string): string {
  return directory.endsWith('/') ? `${directory}${file}` : `${directory}/${file}`;
}
