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
export { SHELLS, type Shell } from './completion/index.js';
export { completionScript } from './completion/public.js';
export { lint, lintFiles, lintText, createFileLinter, resolvedConfigFor, type LintOptions, type LintFilesOptions, type LintTextOptions } from './lint/index.js';
export { applyFixes, fixFiles, fixesAsDiff, type FileFix, type FixResult, type FixFilesOptions } from './lint/fix/apply-fixes.js';
export { applySuppressions, pruneSuppressions, readSuppressions, suppress, writeSuppressions, SUPPRESSIONS_FILE, type Suppressions, type SuppressedResults } from './lint/suppressions.js';
export { printConfig } from './lint/config/print-config.js';
export type { ResolvedConfig } from './lint/config/resolve-config.js';
export { startLanguageServer, type LanguageServerOptions } from './lsp/index.js';
export { RULES } from './lint/rules/index.js';
export type { Rule, RuleContext, RuleLevel, RuleMeta, ReportDescriptor, SuggestionDescriptor, Fixer } from './lint/types.js';
export { loadConfig, findConfig, CONFIG_FILES } from './lint/config/index.js';
export type { LintConfig, LoadedConfig, Preset, RuleSetting, DeclarativeRuleDefinition, ThenClause, OverrideConfig } from './lint/config/types.js';
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
  type ImageRefusal,
  type RefusedImage,
} from './render/index.js';
export { signPdf, timestampPdf } from './sign/sign-pdf.js';
export { verifyPdf } from './sign/verify-pdf.js';
export { addValidationData, type ValidationData } from './sign/dss.js';
export type { TsaOptions } from './sign/timestamp.js';
export type { RevocationStatus } from './sign/revocation.js';
export type { Rect, SignOptions, SignatureLevel, SignatureReport, TimestampReport, Trust, VerifyOptions } from './sign/types.js';
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
export { setLanguage, currentLanguage, availableLanguages, type Language as MessageLanguage } from './i18n/index.js';
export type { RunOutcome } from './report/outcome.js';
