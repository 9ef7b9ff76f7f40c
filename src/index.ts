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
  type PdfMeta,
  type SigningCopy,
} from './render/index.js';
