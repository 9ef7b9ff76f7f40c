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
export { lint, lintFiles, type LintOptions, type LintFilesOptions } from './lint/index.js';
export { RULES } from './lint/rules/index.js';
export { findRule, readRuleDocs } from './lint/rule-docs.js';
export { ruleDescriptors } from './lint/descriptors.js';
export { ruleDocsPath, ruleDocsUrl } from './lint/docs.js';
export { formatMessage, INTERNAL_ERROR_RULE, runRules, type EnabledRule } from './lint/run-rules.js';
export type { Rule, RuleContext, RuleLevel, RuleMeta, ReportDescriptor } from './lint/types.js';
export { loadConfig, findConfig, CONFIG_FILES } from './lint/config/index.js';
export { parseRuleFlags } from './lint/config/rule-flags.js';
export { resolveRules, DEFAULT_CONFIG } from './lint/config/resolve-rules.js';
export type { LintConfig, LoadedConfig, Preset, RuleSetting } from './lint/config/types.js';
export { parseDirectives, type Directive, type DirectiveKind } from './lint/directives/parse-directives.js';
export { UNUSED_DIRECTIVE_RULE, UNKNOWN_RULE_IN_DIRECTIVE } from './lint/directives/apply-directives.js';
export { markdownToPdf, type PdfMeta } from './render/pdf/index.js';
export {
  render,
  renderMarkdown,
  createRenderer,
  markdownToHtml,
  createMarkdownIt,
  signingCopies,
  TemplateError,
  RENDER_FORMATS,
  type RenderFormat,
  type RenderOptions,
  type Renderer,
  type MarkdownOptions,
  type HtmlPage,
  type SigningCopy,
} from './render/index.js';
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
