import { CompactError } from '../errors.js';
import type { Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import { createFileLinter } from '../lint/index.js';
import { DEFAULT_MAX_BYTES, type LoadedCompact, type LoadResult } from '../load/index.js';
import { formatMegabytes } from '../load/read-source.js';
import { IncrementalParser } from './incremental-parse.js';

export interface CheckerOptions {
  /** The largest document checked, in bytes (UTF-8); a larger one gets one finding and is not parsed. */
  maxBytes?: number;
  cwd?: string;
}

export const TOO_LARGE_RULE = 'input/too-large';
export const CONFIG_RULE = 'config/invalid';

/**
 * Checks the text of an open document as `compact lint` checks the file: YAML, schema and the lint rules with the
 * config that applies in the document's folder. Config files are read once and shared until `reset`.
 */
export class DocumentChecker {
  private linter: Promise<(loaded: LoadedCompact) => Promise<Finding[]>> | undefined;
  /** One parser per document, so that a keystroke re-reads only the part of the file it changed. */
  private readonly parsers = new Map<string, IncrementalParser>();

  constructor(private readonly options: CheckerOptions = {}) {}

  /** Forgets the config files read so far: the next check reads them again. */
  reset(): void {
    this.linter = undefined;
  }

  /** The document read as `compact lint` reads a file (undefined when it is too large to read). */
  parse(text: string, file: string): LoadResult | undefined {
    if (isTooLarge(text, this.options.maxBytes ?? DEFAULT_MAX_BYTES)) return undefined;
    let parser = this.parsers.get(file);
    if (!parser) this.parsers.set(file, (parser = new IncrementalParser()));
    return parser.parse(text, file);
  }

  /** Forgets what was read of a document that was closed. */
  forget(file: string): void {
    this.parsers.delete(file);
  }

  async check(text: string, file: string): Promise<Finding[]> {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (isTooLarge(text, maxBytes)) {
      return [atStart(file, TOO_LARGE_RULE, t('lsp.tooLarge', { size: formatMegabytes(maxBytes) }))];
    }
    const parsed = this.parse(text, file)!;
    if (!parsed.ok) return parsed.findings;
    try {
      this.linter ??= createFileLinter({ cwd: this.options.cwd ?? process.cwd() });
      return await (await this.linter)(parsed.compact);
    } catch (error) {
      if (!(error instanceof CompactError)) throw error;
      this.linter = undefined;
      return [atStart(file, CONFIG_RULE, t('lsp.configError', { message: error.message }))];
    }
  }
}

/** Whether a document's text is larger, as UTF-8, than the limit. */
export function isTooLarge(text: string, maxBytes: number = DEFAULT_MAX_BYTES): boolean {
  // A UTF-16 length is at most the UTF-8 length, and a third of it at least: most documents skip counting bytes.
  return text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes);
}

function atStart(file: string, ruleId: string, message: string): Finding {
  return { ruleId, severity: 'error', message, path: [], file, line: 1, column: 1, endLine: 1, endColumn: 2, fatal: true };
}
