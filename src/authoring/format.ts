import { checkString } from '../api/arguments.js';
import { visit, type Document } from 'yaml';
import { CompactError, LoadError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Finding } from '../findings.js';
import { resolveInputs, type ResolveOptions } from '../load/index.js';
import { readSource } from '../load/read-source.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { skipCollectionKey } from './collection-keys.js';
import { orderKeysBySchema } from './key-order.js';
import { normaliseQuoting } from './quoting.js';
import { joinCommentsAfterTrailingComments } from './trailing-comments.js';
import { parseForEditing, readsBackAs, stringifyDocument } from './yaml-edit.js';

export interface FormattedText {
  /** The canonical text. */
  text: string;
  /** True when it differs from the input. */
  changed: boolean;
}

/**
 * Formats a compact: keys in the schema's order, quoting as normaliseQuoting decides, 2-space indentation,
 * comments and blank lines kept, prose not re-wrapped, line endings (LF or Windows CRLF) and a line break at the end (or none) as the file has them. No list is reordered: in a compact every list is in
 * the document's order (parties, sections, principles, commitments, meetings, revisions, …) or in the order
 * its source text names things (the principles a commitment cites, the documents an adoption replaces).
 * Throws a LoadError (exit 2) for a file with YAML errors and a CompactError for one that is not a compact.
 */
export function formatCompactText(text: string, file = '<input>'): FormattedText {
  if (typeof text !== 'string') checkString('formatCompactText', 'text', text, t('api.compactYaml'));
  const editable = parseForEditing(text, file);
  orderKeysBySchema(editable.document);
  normaliseQuoting(editable.document);
  dropEmptyComments(editable.document);
  joinCommentsAfterTrailingComments(editable.document);
  const formatted = stringifyDocument(editable);
  if (!readsBackAs(formatted, editable.data)) {
    throw new CompactError(t('fmt.formatWouldNotReadBack', { file }));
  }
  return { text: formatted, changed: formatted !== text };
}

export type FormatStatus = 'unchanged' | 'formatted' | 'unformatted' | 'error';

export interface FormatFileResult {
  file: string;
  /** unchanged; formatted (rewritten); unformatted (would change, with `check`); error (left untouched). */
  status: FormatStatus;
  /** The canonical text, when the file could be formatted. */
  text?: string;
  /** Why the file could not be formatted. */
  findings: Finding[];
}

export interface FormatFilesOptions extends ResolveOptions {
  /** Refuse a file larger than this many bytes (default 10 MB). */
  maxBytes?: number;
  /** Only report which files are not formatted; write nothing. */
  check?: boolean;
  /** Do not write: return the formatted text (for stdout). */
  dryRun?: boolean;
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Formats files, directories (every *.yaml and *.yml under them) and globs; `-` is stdin. Files are rewritten
 * atomically unless `check` or `dryRun` is set. A file that cannot be formatted is reported and left as it was;
 * the others are still formatted.
 */
export async function formatFiles(inputs: readonly string[], options: FormatFilesOptions = {}): Promise<FormatFileResult[]> {
  const results: FormatFileResult[] = [];
  for (const path of await resolveInputs(inputs, options.cwd, options)) {
    results.push(await formatOneFile(path, options));
  }
  return results;
}

async function formatOneFile(path: string, options: FormatFilesOptions): Promise<FormatFileResult> {
  const source = await readSource(path, { maxBytes: options.maxBytes, ...(options.stdin ? { stdin: options.stdin } : {}) });
  if (!source.ok) return { file: source.findings[0]?.file ?? path, status: 'error', findings: source.findings };
  let formatted: FormattedText;
  try {
    formatted = formatCompactText(source.text, source.file);
  } catch (error) {
    return { file: source.file, status: 'error', findings: findingsOf(error, source.file) };
  }
  if (!formatted.changed) return { file: source.file, status: 'unchanged', text: formatted.text, findings: [] };
  if (options.check) return { file: source.file, status: 'unformatted', text: formatted.text, findings: [] };
  if (!options.dryRun && path !== '-') await writeFileAtomic(path, formatted.text, { keepByteOrderMark: true });
  return { file: source.file, status: 'formatted', text: formatted.text, findings: [] };
}

function findingsOf(error: unknown, file: string): Finding[] {
  if (error instanceof LoadError) return error.findings;
  if (error instanceof CompactError) {
    return [{ ruleId: 'fmt/not-a-compact', severity: 'error', message: error.message, path: [], file, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true }];
  }
  throw error;
}

/** A `#` with nothing after it on a value's line: written back it would be dropped only the next time, so drop it now. */
function dropEmptyComments(document: Document): void {
  visit(document, {
    Node(key, node) {
      if (skipCollectionKey(key, node)) return visit.SKIP;
      if (typeof node.comment === 'string' && node.comment.trim() === '') delete node.comment;
    },
  });
}
