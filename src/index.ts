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
  createCompactText,
  initCompactFile,
  compactIdFor,
  INIT_LANGUAGES,
  DEFAULT_CIVIL_SOCIETY,
  type InitOptions,
} from './authoring/init.js';
export {
  formatCompactText,
  formatFiles,
  type FormattedText,
  type FormatFileResult,
  type FormatFilesOptions,
  type FormatStatus,
} from './authoring/format.js';
export { reviseCompactText, reviseCompactFile, type RevisionInput, type RevisedCompact } from './authoring/revise.js';
export { listFieldChanges, formatFieldChanges, type FieldChange, type ChangeKind, type ChangeStyle } from './authoring/changes.js';
export { completionScript, completionModel, SHELLS, type Shell, type CompletionModel, type CompletionCommand, type CompletionOption } from './completion/index.js';
