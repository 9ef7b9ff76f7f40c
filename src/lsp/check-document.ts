import { CompactError } from '../errors.js';
import type { Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import type { ResolvedConfig } from '../lint/config/resolve-config.js';
import { createLintSession, type LintSession } from '../lint/index.js';
import { RULES } from '../lint/rules/index.js';
import type { Rule } from '../lint/types.js';
import { DEFAULT_MAX_BYTES, type LoadResult } from '../load/index.js';
import { formatMegabytes } from '../load/read-source.js';
import { IncrementalParser } from './incremental-parse.js';

export interface CheckerOptions {
  /** The largest document checked, in bytes (UTF-8); a larger one gets one finding and is not parsed. */
  maxBytes?: number;
  cwd?: string;
}

export const TOO_LARGE_RULE = 'input/too-large';
export const CONFIG_RULE = 'config/invalid';

/** The rules a document's config knows (built in, from its plugins and its own `rules`), and the page of each. */
export interface RuleCatalog {
  rules: readonly Rule<any>[];
  ids: ReadonlySet<string>;
  docsUrls: ReadonlyMap<string, string>;
}

function ruleCatalog(rules: readonly Rule<any>[]): RuleCatalog {
  return {
    rules,
    ids: new Set(rules.map((rule) => rule.meta.id)),
    docsUrls: new Map(rules.flatMap((rule) => (rule.meta.docsUrl ? [[rule.meta.id, rule.meta.docsUrl] as const] : []))),
  };
}

export const BUILT_IN_RULES = ruleCatalog(RULES);

/**
 * Checks the text of an open document as `compact lint` checks the file: YAML, schema and the lint rules with the
 * config that applies in the document's folder. Config files are read once and shared until `reset`.
 */
export class DocumentChecker {
  private session: Promise<LintSession> | undefined;
  private catalogs = new WeakMap<ResolvedConfig, RuleCatalog>();
  /** One parser per document, so that a keystroke re-reads only the part of the file it changed. */
  private readonly parsers = new Map<string, IncrementalParser>();

  constructor(private readonly options: CheckerOptions = {}) {}

  /** Forgets the config files read so far: the next check reads them again. */
  reset(): void {
    this.session = undefined;
    this.catalogs = new WeakMap();
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
      return await (await this.lintSession()).lintOne(parsed.compact);
    } catch (error) {
      if (!(error instanceof CompactError)) throw error;
      this.session = undefined;
      return [atStart(file, CONFIG_RULE, t('lsp.configError', { message: error.message }))];
    }
  }

  /** The rules of the config that applies to a file, as its check uses them; the built-in rules when the config does not load. */
  async rulesFor(file: string): Promise<RuleCatalog> {
    const catalogs = this.catalogs;
    let config: ResolvedConfig;
    try {
      config = await (await this.lintSession()).configFor(file);
    } catch (error) {
      if (!(error instanceof CompactError)) throw error;
      return BUILT_IN_RULES;
    }
    let catalog = catalogs.get(config);
    if (!catalog) catalogs.set(config, (catalog = ruleCatalog(config.registry)));
    return catalog;
  }

  private lintSession(): Promise<LintSession> {
    return (this.session ??= createLintSession({ cwd: this.options.cwd ?? process.cwd() }));
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
