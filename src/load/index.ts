
import { checkObject, checkString } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import type { Document } from 'yaml';
import { LoadError } from '../errors.js';
import type { Finding } from '../findings.js';
import { parseYaml, type ParsedYaml } from './parse.js';
import { readSource, type ReadOptions } from './read-source.js';
import type { SourceMap } from './source-map.js';

export { DEFAULT_MAX_BYTES, STDIN, STDIN_NAME } from './read-source.js';
export { MAX_ALIAS_COUNT, MAX_DEPTH } from './parse.js';
export { DEFAULT_MAX_FILES, resolveInputs, type ResolveOptions } from './resolve-inputs.js';
export type { SourceMap } from './source-map.js';

/** A compact file read and parsed, with its source positions; `data` is not yet validated. */
export interface LoadedCompact {
  file: string;
  text: string;
  document: Document.Parsed;
  sourceMap: SourceMap;
  data: unknown;
  /** YAML warnings (for example an unknown tag) that do not stop the file being read. */
  warnings: Finding[];
}

export type LoadResult = { ok: true; compact: LoadedCompact } | { ok: false; file: string; findings: Finding[] };

export interface LoadOptions extends ReadOptions {}

/** Parses YAML text as a compact file. Returns findings, not an exception, when it cannot be read. */
export function parseCompactText(text: string, file = '<input>'): LoadResult {
  if (typeof text !== 'string') checkString('parseCompactText', 'text', text, t('api.compactYaml'));
  checkString('parseCompactText', 'file', file, t('api.sourceFileName'));
  const parsed = parseYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  if (!parsed.ok) return { ok: false, file, findings: parsed.findings };
  return { ok: true, compact: new ParsedCompact(file, text, parsed) };
}

/** Getters, not copies: the Document and the positions are built only when asked for. */
class ParsedCompact implements LoadedCompact {
  readonly data: unknown;
  readonly warnings: Finding[];
  readonly #parsed: ParsedYaml;

  constructor(
    readonly file: string,
    readonly text: string,
    parsed: ParsedYaml,
  ) {
    this.#parsed = parsed;
    this.data = parsed.data;
    this.warnings = parsed.warnings;
  }

  get document(): Document.Parsed {
    return this.#parsed.document;
  }

  get sourceMap(): SourceMap {
    return this.#parsed.sourceMap;
  }
}

/** Reads a compact file (`-` for stdin). Returns findings, not an exception, when it cannot be read. */
export async function readCompactFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const source = await readSource(path, options);
  if (!source.ok) return { ok: false, file: source.findings[0]?.file ?? path, findings: source.findings };
  return parseCompactText(source.text, source.file);
}

/** Reads and parses a compact file; throws a LoadError (with findings) when it cannot be read. */
export async function loadCompact(path: string, options: LoadOptions = {}): Promise<LoadedCompact> {
  checkString('loadCompact', 'path', path, t('api.compactPathOrStdin'));
  checkObject('loadCompact', 'options', options, t('api.objectSuchAs', { example: '{ maxBytes: 1000000 }' }), true);
  const result = await readCompactFile(path, options);
  if (!result.ok) throw new LoadError(result.findings);
  return result.compact;
}

/** Parses YAML text as a compact; throws a LoadError (with findings) when it cannot be read. */
export function parseCompact(text: string, file = '<input>'): LoadedCompact {
  if (typeof text !== 'string') checkString('parseCompact', 'text', text, t('api.compactYaml'));
  const result = parseCompactText(text, file);
  if (!result.ok) throw new LoadError(result.findings);
  return result.compact;
}
