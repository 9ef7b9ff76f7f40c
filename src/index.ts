/**
 * The library behind the `compact` CLI: everything the CLI does, as typed functions that return data.
 * What is exported here is the public API, documented in docs/api.md; the rest is internal.
 */
export type * from './model/index.js';
export type { Finding, JsonPath, Severity, SourceRange, TextEdit, Suggestion } from './findings.js';
export { compareFindings, countFindings, formatPath } from './findings.js';
export { CompactError, LoadError } from './errors.js';
export {
  loadCompact,
  parseCompact,
  parseCompactText,
  readCompactFile,
  resolveInputs,
  type SourceMap,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_FILES,
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  type LoadedCompact,
  type LoadResult,
  type LoadOptions,
  type ResolveOptions,
} from './load/index.js';
export { validate, validateData, isCompact, compactSchema } from './validate/index.js';
export { validateFiles } from './validate/files.js';
export { addEditorAnnotations } from './validate/annotations.js';
export { checkFiles, type FileResult } from './check-files.js';
export { getFormatter, formatNames, type Formatter, type FormatContext, type RuleDescriptor } from './report/index.js';
export {
  diffCompacts,
  diffCompacts as diff,
  applyChanges,
  diffFormatter,
  CHANGE_CLASSES,
  CHANGE_CLASS_NAMES,
  DIFF_FORMAT_NAMES,
  DEFAULT_THRESHOLD,
  type Change,
  type ChangeClass,
  type ChangeGroup,
  type ChangeKind,
  type ChangeLevel,
  type DiffFormatContext,
  type DiffFormatName,
  type DiffOptions,
  type DiffResult,
  type DiffSummary,
  type EntryCounts,
  type EntryType,
} from './diff/index.js';
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
export { completionScript, SHELLS, type Shell } from './completion/index.js';
export { lint, lintFiles, type LintOptions, type LintFilesOptions } from './lint/index.js';
export { RULES } from './lint/rules/index.js';
export type { Rule, RuleContext, RuleLevel, RuleMeta, ReportDescriptor } from './lint/types.js';
export { loadConfig, findConfig, CONFIG_FILES } from './lint/config/index.js';
export type { LintConfig, LoadedConfig, Preset, RuleSetting } from './lint/config/types.js';
export {
  render,
  renderMarkdown,
  createRenderer,
  renderRedline,
  signingCopies,
  TemplateError,
  RENDER_FORMATS,
  type RenderFormat,
  type RenderOptions,
  type Renderer,
  type MarkdownOptions,
  type RedlineDocument,
  type RedlineFormat,
  type RedlineOptions,
  type SigningCopy,
} from './render/index.js';
export { signPdf } from './sign/sign-pdf.js';
export { verifyPdf } from './sign/verify-pdf.js';
export type { Rect, SignOptions, SignatureReport, Trust, VerifyOptions } from './sign/types.js';
export { addSignatory, type SignatoryInput } from './signatory/add.js';
export { listSignatories, type SignatoryListing, type PartySignatures } from './signatory/list.js';
export { importSignatories, type ImportOptions, type ImportResult, type RefusedRow } from './signatory/import.js';
export type { AppendResult } from './signatory/append.js';
export {
  buildOverview,
  getOverviewFormatter,
  OVERVIEW_FORMATS,
  REVIEW_STATES,
  type CompactRow,
  type LintCounts,
  type Overview,
  type OverviewFormat,
  type OverviewFormatContext,
  type OverviewFormatter,
  type OverviewOptions,
  type OverviewRow,
  type OverviewTotals,
  type PartyCount,
  type ProblemRow,
  type ReviewOverview,
  type ReviewState,
} from './overview/index.js';
export { watch, watchTargets, type Watcher, type WatchOptions } from './watch/index.js';
export { setLanguage, currentLanguage, LANGUAGES, type Language as MessageLanguage } from './i18n/index.js';
export type { RunOutcome } from './report/outcome.js';
