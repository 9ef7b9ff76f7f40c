import { Composer, isScalar, LineCounter, Parser, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import type { Finding } from '../findings.js';
import { SourceMap } from './source-map.js';

/** Most aliases a file may expand: plenty for real files, far too few for a "billion laughs". */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Deepest nesting of mappings and lists a file may have. A compact needs about six levels; the parser builds its
 * tree recursively, so thousands of levels (`[[[[…`) would exhaust the stack or, for millions, the memory.
 */
export const MAX_DEPTH = 100;

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
  const lineCounter = countLines(text);
  let document: Document.Parsed;
  try {
    document = composeDocument(text, new LineCounter(), {
      schema: 'core',
      version: '1.2',
      // Checked by duplicateKeyErrors: the library compares each key with every earlier one, which takes minutes
      // for a mapping of 500 000 keys.
      uniqueKeys: false,
      // !!binary, !!set, !!timestamp … stay unresolved tags (a warning) on plain values, not Uint8Array, Set or Date.
      resolveKnownTags: false,
      strict: true,
      keepSourceTokens: false,
    });
    for (const error of duplicateKeyErrors(document)) document.errors.push(error);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { ok: false, findings: [tooDeepFinding(file, lineCounter.linePos(error.offset))] };
  }
  if (document.errors.length > 0) {
    return { ok: false, findings: withoutFollowOnErrors(document.errors.map((error) => yamlFinding(error, file, lineCounter, text, 'error')), text) };
  }
  const controlCharacters = controlCharacterFindings(document, file, lineCounter);
  if (controlCharacters.length > 0) return { ok: false, findings: controlCharacters };
  const sourceMap = new SourceMap(document, lineCounter, text);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const position = firstAlias(text, lineCounter);
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `the file expands aliases (*name) too many times (more than ${MAX_ALIAS_COUNT}); this looks like a "billion laughs" file — write the values out instead of nesting aliases`
        : `the YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, findings: [{ ruleId: 'yaml/alias-limit', severity: 'error', message, path: [], file, ...position, fatal: true }] };
  }
  const warnings = document.warnings.map((warning) => yamlFinding(warning, file, lineCounter, text, 'warning'));
  return { ok: true, document, lineCounter, sourceMap, data, warnings };
}

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

/**
 * Control characters other than tab and line breaks (an escape written "\\e" or "\\x1b", say) would reach the
 * terminal, a CI log or a rendered page with every message that quotes the value; YAML allows only printable text.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

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
          `the value holds a control character (${code}), which is not printable text; remove it (a line break pasted from a word processor is often one)`,
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
    `mappings and lists are nested more than ${MAX_DEPTH} levels deep here; a compact needs only a few levels, so check for unclosed brackets or runaway indentation`,
    file,
    start,
  );
}

/** A finding that stops the file from being read, one character wide at `start`. */
function fatalFindingAt(ruleId: string, message: string, file: string, start: { line: number; col: number }): Finding {
  return { ruleId, severity: 'error', message, path: [], file, line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1, fatal: true };
}

/** Messages that replace the parser's own wording. */
const MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a --- separator); a compact file holds exactly one',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML allows only spaces, so indent with spaces',
  RESOURCE_EXHAUSTION: `mappings and lists are nested too deeply here to be read; a compact needs only a few levels, so check for unclosed brackets or runaway indentation`,
};

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear only once in a mapping; remove or rename one of them',
  BAD_INDENT: 'check the indentation of this line against the lines above it',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing colon or quote on the line above',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation and that the line above ends its value',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  UNEXPECTED_TOKEN: 'check the quoting and the punctuation on this line',
  BAD_SCALAR_START: 'a value cannot start with this character; put the value in quotes',
  TAG_RESOLVE_FAILED: 'remove the tag (!…); a compact uses plain YAML values',
  BAD_ALIAS: 'check the alias name',
};

function yamlFinding(error: YAMLError, file: string, lineCounter: LineCounter, text: string, severity: 'error' | 'warning'): Finding {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return unclosedQuote(error, file, lineCounter, text);
  const [startOffset, endOffset] = error.pos;
  const start = lineCounter.linePos(startOffset);
  // At least one character wide, but not past the end of the text (an error at the end of the file).
  const end = lineCounter.linePos(Math.min(Math.max(endOffset, startOffset + 1), Math.max(text.length, startOffset)));
  const what = error.message.split(/ at line \d+, column \d+/)[0]!.replace(/\s+/g, ' ').trim();
  const subject = error.code === 'DUPLICATE_KEY' ? `duplicate key ${JSON.stringify(keyAt(text, startOffset))}` : lowerFirst(what.replace(/\.$/, ''));
  const hint = HINTS[error.code];
  const replaced = MESSAGES[error.code];
  return {
    ruleId: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`,
    severity,
    message: replaced ?? (hint ? `${subject}: ${hint}` : subject),
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
    message: `a quoted value is never closed: add the closing ${quote} at the end of the value that starts here`,
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
