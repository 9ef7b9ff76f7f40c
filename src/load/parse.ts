import { t } from '../i18n/index.js';
import { Composer, isScalar, LineCounter, Parser, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import type { Finding } from '../findings.js';
import type { BlockLines } from './block-lines.js';
import { BlockLocator } from './block-locator.js';
import { fastParse } from './fast-parse.js';
import { CONTROL_CHARACTER } from './reading-rules.js';
import { SectionSourceMap } from './section-source-map.js';
import { DocumentSourceMap, type SourceMap } from './source-map.js';

import { MAX_ALIAS_COUNT, MAX_DEPTH } from './limits.js';

export { MAX_ALIAS_COUNT, MAX_DEPTH };

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  sourceMap: SourceMap;
  data: unknown;
  warnings: Finding[];
}

export type ParseResult = ({ ok: true } & ParsedYaml) | { ok: false; findings: Finding[] };

/**
 * Parses YAML 1.2 with the core schema (dates and yes/no/on/off stay strings), duplicate keys as
 * errors and alias expansion capped.
 */
export function parseYaml(text: string, file: string): ParseResult {
  const fast = fastParse(text);
  return fast ? new LazilyParsedYaml(text, file, fast.data, fast.lines) : parseFully(text, file);
}

/**
 * The data of a file the fast reader read, with the `yaml` Document and the source positions built only when
 * something asks for them (a finding to place, an edit to make): a file without findings never needs them.
 * A class, not an object literal with getters: V8 gives each such literal a map of its own in the old generation,
 * which keeps the whole file alive until the next full collection.
 */
class LazilyParsedYaml implements ParsedYaml {
  readonly ok = true;
  readonly warnings: Finding[] = [];
  #full: ParsedYaml | undefined;
  #sourceMap: SourceMap | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
    readonly data: unknown,
    private readonly lines: BlockLines | undefined,
  ) {}

  get document(): Document.Parsed {
    return this.#parsed().document;
  }

  get lineCounter(): LineCounter {
    return this.#parsed().lineCounter;
  }

  get sourceMap(): SourceMap {
    if (!this.#sourceMap) {
      const lineCounter = this.lines ? lineCounterOf(this.lines) : countLines(this.text);
      const quick = this.lines ? new BlockLocator(this.lines, lineCounter) : undefined;
      this.#sourceMap = new SectionSourceMap(this.text, this.data as Record<string, unknown>, lineCounter, readPart, () => this.#parsed().sourceMap, quick);
    }
    return this.#sourceMap;
  }

  #parsed(): ParsedYaml {
    if (this.#full) return this.#full;
    const result = parseFully(this.text, this.file);
    if (!result.ok) throw new Error(`${this.file}: the full YAML reader refused a file the fast reader read: ${result.findings[0]?.message}`);
    return (this.#full = result);
  }
}

/** One part of a file read as the full reader reads it: its Document and data, or undefined on any problem. */
function readPart(part: string): { document: Document.Parsed; data: unknown } | undefined {
  try {
    const document = composeDocument(part, new LineCounter(), FULL_OPTIONS);
    if (document.errors.length > 0 || document.warnings.length > 0 || duplicateKeyErrors(document).length > 0) return undefined;
    return { document, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return undefined;
  }
}

/** Reads a file with the `yaml` library: the Document with every node's position, and every problem with its place. */
export function parseFully(text: string, file: string): ParseResult {
  const lineCounter = countLines(text);
  let document: Document.Parsed;
  try {
    document = composeDocument(text, new LineCounter(), FULL_OPTIONS);
    for (const error of duplicateKeyErrors(document)) document.errors.push(error);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { ok: false, findings: [tooDeepFinding(file, lineCounter.linePos(error.offset))] };
  }
  if (document.errors.length > 0) {
    return { ok: false, findings: limitSyntaxFindings(withoutFollowOnErrors(document.errors.map((error) => yamlFinding(error, file, lineCounter, text, 'error')), text), file) };
  }
  const controlCharacters = controlCharacterFindings(document, file, lineCounter);
  if (controlCharacters.length > 0) return { ok: false, findings: controlCharacters };
  const sourceMap = new DocumentSourceMap(document, lineCounter, text);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const position = firstAlias(text, lineCounter);
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? t('yaml.aliasLimit', { limit: MAX_ALIAS_COUNT })
        : t('yaml.unreadable', { detail: error instanceof Error ? error.message : String(error) });
    return { ok: false, findings: [{ ruleId: 'yaml/alias-limit', severity: 'error', message, path: [], file, ...position, fatal: true }] };
  }
  const warnings = document.warnings.map((warning) => yamlFinding(warning, file, lineCounter, text, 'warning'));
  return { ok: true, document, lineCounter, sourceMap, data, warnings };
}

/** How every compact file is read: YAML 1.2's core schema, strictly (also by the language server's partial reads). */
export const FULL_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  version: '1.2',
  // Checked by duplicateKeyErrors: the library compares each key with every earlier one, which takes minutes
  // for a mapping of 500 000 keys.
  uniqueKeys: false,
  // !!binary, !!set, !!timestamp … stay unresolved tags (a warning) on plain values, not Uint8Array, Set or Date.
  resolveKnownTags: false,
  strict: true,
  keepSourceTokens: false,
  // Problems come back as findings; the library must not also print Node.js warnings (a key that is a mapping).
  logLevel: 'error',
};
const TAB_AS_INDENT = 'yaml/tab-as-indent';

/**
 * A tab in a line's indentation is the cause; the parser then misreads the rest of that entry and reports each
 * line it cannot place. Those follow-on errors are dropped, from the tab's line to the end of the top-level entry
 * it is in (the next line that starts a top-level key), so the user sees the cause; errors elsewhere are kept.
 */
function withoutFollowOnErrors(findings: Finding[], text: string): Finding[] {
  const tabLines = findings.filter((finding) => finding.ruleId === TAB_AS_INDENT).map((finding) => finding.line);
  if (tabLines.length === 0) return findings;
  const lines = text.split('\n');
  const entryEnd = (line: number) => {
    for (let next = line + 1; next <= lines.length; next++) if (/^[^\s#-]/.test(lines[next - 1]!)) return next;
    return lines.length + 1;
  };
  const shadows = tabLines.map((line) => [line, entryEnd(line)] as const);
  return findings.filter((finding) => finding.ruleId === TAB_AS_INDENT || !shadows.some(([from, to]) => finding.line >= from && finding.line < to));
}

/** Lines with a YAML problem reported one by one; the rest are counted in one finding. */
export const MAX_SYNTAX_PROBLEM_LINES = 20;

/**
 * One problem for each line (a line of 10 000 stray brackets is one problem, not 10 000) and at most
 * MAX_SYNTAX_PROBLEM_LINES lines, then one finding that counts the lines left: the first problems are the ones
 * to fix, and the rest often follow from them.
 */
function limitSyntaxFindings(findings: Finding[], file: string): Finding[] {
  const byLine = new Map<number, Finding>();
  for (const finding of findings) if (!byLine.has(finding.line)) byLine.set(finding.line, finding);
  const lines = [...byLine.values()];
  if (lines.length <= MAX_SYNTAX_PROBLEM_LINES) return lines;
  const rest = lines.slice(MAX_SYNTAX_PROBLEM_LINES);
  const first = rest[0]!;
  return [
    ...lines.slice(0, MAX_SYNTAX_PROBLEM_LINES),
    fatalFindingAt('yaml/more-problems', t('yaml.moreProblems', { count: rest.length }), file, { line: first.line, col: first.column }),
  ];
}

/**
 * Line starts counted from the text itself. The parser's own count skips the line breaks inside a malformed
 * token (a block scalar that cannot start where it does), which puts every later finding on the wrong line.
 */
function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) counter.addNewLine(index + 1);
  return counter;
}

/** The line counter of lines the line reader has already found. */
function lineCounterOf(lines: BlockLines): LineCounter {
  const counter = new LineCounter();
  // The same offsets addNewLine would gather, shared: neither side adds to them once the lines are found.
  counter.lineStarts = lines.starts;
  return counter;
}

class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deeply');
  }
}

/** The yaml library's parser, stopped as soon as its stack of open collections passes MAX_DEPTH. */
class DepthLimitedParser extends Parser {
  override *next(source: string): ReturnType<Parser['next']> {
    // The stack holds the document and each open collection (and a value being read), so a few over the depth.
    if (this.stack.length > MAX_DEPTH + 3) throw new TooDeep(this.offset);
    yield* super.next(source);
  }
}

/** What `parseDocument` does, with the depth limit: one document, a second one reported as an error. */
function composeDocument(text: string, lineCounter: LineCounter, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  const parser = new DepthLimitedParser(lineCounter.addNewLine);
  const composer = new Composer(options);
  let document: Document.Parsed | undefined;
  for (const next of composer.compose(parser.parse(text), true, text.length)) {
    if (!document) document = next;
    else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document, even for empty text.
  return document!;
}

/** A key that appears twice in one mapping, found with one set of keys per mapping. */
function duplicateKeyErrors(document: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        errors.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return errors;
}

function controlCharacterFindings(document: Document.Parsed, file: string, lineCounter: LineCounter): Finding[] {
  const findings: Finding[] = [];
  visit(document, {
    Scalar(_, scalar) {
      if (typeof scalar.value !== 'string') return;
      const found = CONTROL_CHARACTER.exec(scalar.value);
      if (!found) return;
      const start = lineCounter.linePos(scalar.range?.[0] ?? 0);
      const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      findings.push(
        fatalFindingAt(
          'yaml/control-character',
          t('yaml.controlCharacter', { code }),
          file,
          start,
        ),
      );
    },
  });
  return findings;
}

function tooDeepFinding(file: string, start: { line: number; col: number }): Finding {
  return fatalFindingAt(
    'yaml/too-deep',
    t('yaml.tooDeep', { limit: MAX_DEPTH }),
    file,
    start,
  );
}

/** A finding that stops the file from being read, one character wide at `start`. */
function fatalFindingAt(ruleId: string, message: string, file: string, start: { line: number; col: number }): Finding {
  return { ruleId, severity: 'error', message, path: [], file, line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1, fatal: true };
}

/** Parser errors whose wording is replaced by a message of our own (`yaml.replaced`). */
const REPLACED = new Set(['MULTIPLE_DOCS', 'TAB_AS_INDENT', 'RESOURCE_EXHAUSTION']);

/** Parser errors that get advice after the parser's own wording (`yaml.hinted`). */
const HINTED = new Set(['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'TAG_RESOLVE_FAILED', 'BAD_ALIAS']);

function yamlFinding(error: YAMLError, file: string, lineCounter: LineCounter, text: string, severity: 'error' | 'warning'): Finding {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return unclosedQuote(error, file, lineCounter, text);
  const [startOffset, endOffset] = error.pos;
  const start = lineCounter.linePos(startOffset);
  // At least one character wide, but not past the end of the text (an error at the end of the file).
  const end = lineCounter.linePos(Math.min(Math.max(endOffset, startOffset + 1), Math.max(text.length, startOffset)));
  const what = error.message.split(/ at line \d+, column \d+/)[0]!.replace(/\s+/g, ' ').trim();
  const detail = lowerFirst(what.replace(/\.$/, ''));
  const message =
    error.code === 'DUPLICATE_KEY'
      ? t('yaml.duplicateKey', { key: JSON.stringify(keyAt(text, startOffset)) })
      : REPLACED.has(error.code)
        ? t('yaml.replaced', { code: error.code.toLowerCase() })
        : HINTED.has(error.code)
          ? t('yaml.hinted', { code: error.code.toLowerCase(), detail })
          : t('yaml.other', { detail });
  return {
    ruleId: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`,
    severity,
    message,
    path: [],
    file,
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col,
    ...(severity === 'error' ? { fatal: true } : {}),
  };
}

/** The parser notices an unclosed quote where the file ends; point at the quote that opened it. */
function unclosedQuote(error: YAMLError, file: string, lineCounter: LineCounter, text: string): Finding {
  const before = text.slice(0, error.pos[0]);
  // The quote may follow an anchor or a tag: `title: !tag "open`.
  const openers = [...before.matchAll(/(?:^|[:\-[,{?]\s*|^\s*)(?:[!&][^\s,[\]{}]*\s+)*(["'])/gm)];
  const opener = openers[openers.length - 1];
  const offset = opener ? (opener.index ?? 0) + opener[0].length - 1 : error.pos[0];
  const quote = opener?.[1] ?? '"';
  const start = lineCounter.linePos(offset);
  return {
    ruleId: 'yaml/missing-char',
    severity: 'error',
    message: t('yaml.unclosedQuote', { quote }),
    path: [],
    file,
    line: start.line,
    column: start.col,
    endLine: start.line,
    endColumn: offset < text.length && text[offset] !== '\n' && text[offset] !== '\r' ? start.col + 1 : start.col,
    fatal: true,
  };
}

function keyAt(text: string, offset: number): string {
  const match = /^("[^"]*"|'[^']*'|[^:\n]*)/.exec(text.slice(offset));
  return (match?.[1] ?? '').trim().replace(/^["']|["']$/g, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstAlias(text: string, lineCounter: LineCounter) {
  const offset = Math.max(0, text.search(/\*[^\s,\]}]+/));
  const start = lineCounter.linePos(offset);
  return { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1 };
}
