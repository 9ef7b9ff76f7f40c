import { t } from '../i18n/index.js';
import { CompactError, LoadError } from '../errors.js';
import type { Finding } from '../findings.js';
import { parseCompactText, STDIN, type LoadedCompact } from '../load/index.js';
import { decodeText, readSource, type ReadResult } from '../load/read-source.js';
import { validate } from '../validate/index.js';
import { readAtRevision } from './git.js';
import { isRecord } from './identity.js';
import { count } from '../util/plural.js';

/** One side of a comparison: a file (or `-` for stdin), or a file as it was in a git revision. */
export interface DiffSource {
  path: string;
  revision?: string;
  /** How to name the side in reports, when not by its path. */
  label?: string;
}

export interface DiffInputOptions {
  /** Compare even when a side is not a valid compact. */
  force?: boolean;
  stdin?: NodeJS.ReadableStream;
  /** Refuse a side larger than this many bytes (default 10 MB). */
  maxBytes?: number;
}

/** A side read, parsed and validated; `findings` are its schema problems. */
export interface DiffSide {
  label: string;
  compact: LoadedCompact;
  findings: Finding[];
}

/**
 * Which two sides the command line names: two files (either may be `-`), or one file with `--from REV`
 * and optionally `--to REV` (without `--to`, the file as it is now).
 */
export function diffSources(paths: readonly string[], from?: string, to?: string): [DiffSource, DiffSource] {
  if (from === undefined && to !== undefined) throw new CompactError(t('diff.inputs.toWithoutFrom'));
  if (from !== undefined) {
    if (paths.length !== 1) throw new CompactError(t('diff.inputs.fromOneFile'));
    const path = paths[0]!;
    if (path === STDIN) throw new CompactError(t('diff.inputs.fromStdin'));
    return [{ path, revision: from }, to === undefined ? { path } : { path, revision: to }];
  }
  if (paths.length !== 2) {
    throw new CompactError(t('diff.inputs.twoFiles', { count: paths.length }));
  }
  if (paths[0] === STDIN && paths[1] === STDIN) throw new CompactError(t('diff.inputs.oneStdin'));
  return [{ path: paths[0]! }, { path: paths[1]! }];
}

export function sourceLabel(source: DiffSource): string {
  if (source.label !== undefined) return source.label;
  return source.revision === undefined ? (source.path === STDIN ? '<stdin>' : source.path) : `${source.path}@${source.revision}`;
}

/** Reads both sides; a side that is no compact (other format version, or invalid without --force) is an error. */
export async function loadDiffInputs(sources: readonly [DiffSource, DiffSource], options: DiffInputOptions = {}): Promise<[DiffSide, DiffSide]> {
  const [before, after] = await Promise.all(sources.map((source) => loadSide(source, options)));
  for (const side of [before!, after!]) assertMapping(side);
  assertSameFormatVersion(before!, after!);
  if (!options.force) for (const side of [before!, after!]) assertValid(side);
  return [before!, after!];
}

async function loadSide(source: DiffSource, options: DiffInputOptions): Promise<DiffSide> {
  const label = sourceLabel(source);
  const read: ReadResult =
    source.revision === undefined
      ? await readSource(source.path, { maxBytes: options.maxBytes, ...(options.stdin ? { stdin: options.stdin } : {}) })
      : decodeText(label, await readAtRevision(source.path, source.revision));
  if (!read.ok) throw new LoadError(read.findings);
  const parsed = parseCompactText(read.text, label);
  if (!parsed.ok) throw new LoadError(parsed.findings);
  return { label, compact: parsed.compact, findings: validate(parsed.compact) };
}

function formatVersion(side: DiffSide): unknown {
  return isRecord(side.compact.data) ? side.compact.data.compact : undefined;
}

function assertSameFormatVersion(before: DiffSide, after: DiffSide): void {
  const from = formatVersion(before);
  const to = formatVersion(after);
  // A side without a version is no compact at all; validation says so more plainly.
  if (from === undefined || to === undefined || from === to) return;
  throw new CompactError(
    t('diff.inputs.formatVersions', { before: before.label, from: JSON.stringify(from), after: after.label, to: JSON.stringify(to) }),
  );
}

/** Refuses a side that is empty or not a mapping: no comparison, not even with --force, can be made with it. */
function assertMapping(side: DiffSide): void {
  const data = side.compact.data;
  if (isRecord(data)) return;
  throw new CompactError(t('diff.inputs.notCompact', { label: side.label, kind: data === null || data === undefined ? 'empty' : 'other' }));
}

function assertValid(side: DiffSide): void {
  const errors = side.findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return;
  const listed = errors.map((finding) => `  ${finding.file}:${finding.line}:${finding.column}: ${finding.message}`);
  throw new CompactError(
    [t('diff.inputs.invalid', { label: side.label, errors: count(errors.length, 'error') }), ...listed].join('\n'),
  );
}
