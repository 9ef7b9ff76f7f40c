/**
 * The library behind the `compact` CLI: everything the CLI does, as typed functions that return data.
 */
export type * from './model/index.js';
export type { Finding, JsonPath, Severity, SourceRange } from './findings.js';
export { compareFindings, countFindings, formatPath } from './findings.js';
export { CompactError, LoadError } from './errors.js';
export {
  loadCompact,
  parseCompact,
  parseCompactText,
  readCompactFile,
  resolveInputs,
  SourceMap,
  type LoadedCompact,
  type LoadResult,
  type LoadOptions,
} from './load/index.js';
export { validate, validateData, isCompact, compactSchema } from './validate/index.js';
export { validateFiles } from './validate/files.js';
export { checkFiles, type FileResult } from './check-files.js';
export { getFormatter, formatNames, type Formatter, type FormatContext, type RuleDescriptor } from './report/index.js';
export { resolveToday } from './util/today.js';
export {
  diffCompacts,
  applyChanges,
  compareSources,
  compareGitExternal,
  parseGitExternalArguments,
  diffSources,
  loadDiffInputs,
  readAtRevision,
  diffFormatter,
  reachesLevel,
  summarise,
  wordDiff,
  similarity,
  groupChanges,
  CHANGE_CLASSES,
  CHANGE_CLASS_NAMES,
  DIFF_FORMAT_NAMES,
  DEFAULT_THRESHOLD,
  type Change,
  type ChangeClass,
  type ChangeGroup,
  type ChangeKind,
  type ChangeLevel,
  type CompareOptions,
  type Comparison,
  type DiffFormatContext,
  type DiffFormatName,
  type DiffInputOptions,
  type DiffOptions,
  type DiffResult,
  type DiffSide,
  type DiffSource,
  type DiffSummary,
  type EntryCounts,
  type EntryType,
  type GitExternalArguments,
  type GitExternalComparison,
  type WordChange,
} from './diff/index.js';
