import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Compact } from '../model/index.js';
import { diffCompacts } from './diff.js';
import { loadDiffInputs, type DiffInputOptions, type DiffSide, type DiffSource } from './inputs.js';
import type { DiffOptions, DiffResult } from './types.js';

export interface CompareOptions extends DiffInputOptions, DiffOptions {}

export interface Comparison {
  before: DiffSide;
  after: DiffSide;
  result: DiffResult;
}

/** Reads, validates and compares two sides (files, stdin or git revisions). */
export async function compareSources(sources: readonly [DiffSource, DiffSource], options: CompareOptions = {}): Promise<Comparison> {
  const [before, after] = await loadDiffInputs(sources, options);
  const result = diffCompacts(before.compact.data as Compact, after.compact.data as Compact, options);
  return { before, after, result };
}

/** What git passes to an external diff driver (GIT_EXTERNAL_DIFF or diff.<driver>.command). */
export interface GitExternalArguments {
  path: string;
  oldFile: string;
  newFile: string;
  /** The path after a rename, when git detected one. */
  newPath?: string;
}

const NULL_FILE = '/dev/null';

/**
 * Reads git's arguments: `path old-file old-hex old-mode new-file new-hex new-mode`, and for a rename
 * also `new-path` and the rename header. A file that does not exist on one side is `/dev/null`.
 */
export function parseGitExternalArguments(args: readonly string[]): GitExternalArguments {
  if (args.length !== 7 && args.length !== 9) {
    throw new CompactError(t('diff.git.externalArguments', { count: args.length }));
  }
  const [path, oldFile, , , newFile, , , newPath] = args as string[];
  return { path: path!, oldFile: oldFile!, newFile: newFile!, ...(newPath !== undefined ? { newPath } : {}) };
}

export type GitExternalComparison = ({ kind: 'compared' } & Comparison) | { kind: 'added' | 'deleted'; path: string };

/**
 * Compares the two sides git hands to an external diff. Work in progress is often invalid, so an invalid
 * side is compared anyway (its findings are in the result); a file added or deleted is said so.
 */
export async function compareGitExternal(args: GitExternalArguments, options: DiffOptions = {}): Promise<GitExternalComparison> {
  const newPath = args.newPath ?? args.path;
  if (args.oldFile === NULL_FILE) return { kind: 'added', path: newPath };
  if (args.newFile === NULL_FILE) return { kind: 'deleted', path: args.path };
  const sources: [DiffSource, DiffSource] = [
    { path: args.oldFile, label: `a/${args.path}` },
    { path: args.newFile, label: `b/${newPath}` },
  ];
  return { kind: 'compared', ...(await compareSources(sources, { ...options, force: true })) };
}
