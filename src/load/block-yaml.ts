import { BlockLines, keyEnd } from './block-lines.js';
import { resolvePlainScalar } from './core-scalars.js';
import { MAX_DEPTH } from './limits.js';
import { CONTROL_CHARACTER, isTextKey } from './reading-rules.js';

/**
 * A reader for the block YAML that compacts are written in, line by line: mappings of word keys, lists, plain
 * scalars over one or more lines, quoted scalars on one line, `|`, `|-`, `>` and `>-` block scalars, one-line
 * lists of words, comments and blank lines. Anything else (anchors, tags, flow collections of more than words,
 * quoted text over several lines, complex keys, documents markers, indentation it cannot place) makes it give up,
 * and the caller reads the file with a full YAML reader. Where it gives data, that data is what YAML 1.2's core
 * schema gives: a property test over generated YAML compares it with the `yaml` library's reading.
 */
export function readBlockYaml(text: string): Record<string, unknown> | undefined {
  return readBlockYamlLines(text)?.data;
}

/** readBlockYaml, with the lines it read (for BlockLocator). */
export function readBlockYamlLines(text: string): { data: Record<string, unknown>; lines: BlockLines } | undefined {
  if (FORBIDDEN.test(text) || (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text))) return undefined;
  const lines = new BlockLines(text);
  try {
    return { data: new BlockReader(lines).document(), lines };
  } catch {
    return undefined;
  }
}

/** Characters left to the full reader: tabs, control characters (which it refuses with their place), byte order marks, Unicode line separators. */
const FORBIDDEN = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** A key inside a one-line flow mapping: a word followed by `: `. */
const FLOW_KEY = /[\p{L}_$][\p{L}\p{N}_$.-]*(?=: )/uy;

/** Escapes that JSON reads as YAML does and that give printable text (\b and \f do not). */
const JSON_ESCAPED = /^(?:[^\\]|\\(?:[\\"/nrt]|u[0-9a-fA-F]{4}))*$/;

/** Characters a plain scalar may not start with here (YAML indicators, and `-`, `?`, `:` followed by a space). */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
/** A plain word in a one-line flow collection: no indicator, quote, colon or comment inside. */
const FLOW_WORD = /^[\p{L}\p{N}_.+~][^,[\]{}#:'"&*!|>%@`?]*$/u;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const MAX_NESTING = MAX_DEPTH - 5;

/** Thrown to leave the file to the full reader; not an Error, so no stack is captured. */
const GIVE_UP = Symbol('give up');

class BlockReader {
  private readonly lines: BlockLines;
  private readonly starts: number[];
  /** Where each line's text ends, before its line break. */
  private readonly ends: number[];
  /** Spaces before each line's text. */
  private readonly indents: number[];
  private line = 0;

  private readonly text: string;

  constructor(lines: BlockLines) {
    this.lines = lines;
    this.text = lines.text;
    this.starts = this.lines.starts;
    this.ends = this.lines.ends;
    this.indents = this.lines.indents;
  }

  document(): Record<string, unknown> {
    this.skipEmpty();
    if (this.line >= this.starts.length) throw GIVE_UP;
    const indent = this.indents[this.line]!;
    const root = this.mapping(indent, this.starts[this.line]! + indent, 0);
    this.skipEmpty();
    if (this.line < this.starts.length) throw GIVE_UP;
    return root;
  }

  /** Moves past blank lines and comment lines. */
  private skipEmpty(): void {
    const next = this.lines.nextContent(this.line);
    this.line = next === -1 ? this.starts.length : next;
  }

  /** Whether a `-` entry of a list starts at `at`. */
  private isDash(at: number): boolean {
    return this.lines.isDash(this.line, at);
  }

  /** A mapping whose first key starts at `firstAt` on the current line and whose keys are `indent` spaces in. */
  private mapping(indent: number, firstAt: number, depth: number): Record<string, unknown> {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const map: Record<string, unknown> = {};
    let at = firstAt;
    for (;;) {
      const end = keyEnd(this.text, at);
      if (end === -1) throw GIVE_UP;
      const key = readKey(this.text, at, end);
      if (Object.hasOwn(map, key)) throw GIVE_UP;
      map[key] = this.valueAfter(at + key.length + 1, indent, depth, true);
      this.skipEmpty();
      if (this.line >= this.starts.length) return map;
      const next = this.indents[this.line]!;
      if (next < indent) return map;
      if (next > indent) throw GIVE_UP;
      at = this.starts[this.line]! + next;
      if (this.isDash(at)) return map;
    }
  }

  /** A list whose `-` are `indent` spaces in, starting on the current line. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const items: unknown[] = [];
    for (;;) {
      const dash = this.starts[this.line]! + indent;
      const at = this.skipSpaces(dash + 1);
      if (at < this.ends[this.line]! && this.text.charCodeAt(at) !== HASH) {
        if (this.isDash(at)) throw GIVE_UP;
        items.push(keyEnd(this.text, at) !== -1 ? this.mapping(at - this.starts[this.line]!, at, depth + 1) : this.inlineValue(at, indent));
      } else {
        this.line++;
        items.push(this.nestedNode(indent, depth, false));
      }
      this.skipEmpty();
      if (this.line >= this.starts.length) return items;
      const next = this.indents[this.line]!;
      if (next < indent) return items;
      if (next > indent) throw GIVE_UP;
      if (!this.isDash(this.starts[this.line]! + next)) return items;
    }
  }

  /** The value after a key's `:` at `from`: on the same line, or on the lines below, in a node `indent` spaces in. */
  private valueAfter(from: number, indent: number, depth: number, listMayAlign: boolean): unknown {
    const at = this.skipSpaces(from);
    if (at < this.ends[this.line]! && this.text.charCodeAt(at) !== HASH) return this.inlineValue(at, indent);
    this.line++;
    return this.nestedNode(indent, depth, listMayAlign);
  }

  /**
   * A mapping or list on the lines below a key or a `-` (`parent` spaces in): deeper than the parent, or for a
   * key's value a list at the key's own indentation; nothing there is null.
   */
  private nestedNode(parent: number, depth: number, listMayAlign: boolean): unknown {
    const nested = this.lines.nestedBelow(this.line, parent, listMayAlign);
    if (!nested) return null;
    this.line = nested.line;
    return nested.list ? this.sequence(nested.indent, depth + 1) : this.mapping(nested.indent, this.starts[nested.line]! + nested.indent, depth + 1);
  }

  /** A scalar (or a one-line list) that starts at `at` on the current line, in a node `parent` spaces in. */
  private inlineValue(at: number, parent: number): unknown {
    const first = this.text[at]!;
    switch (first) {
      case '"':
      case "'": {
        const [value, after] = this.quoted(at);
        this.endOfValue(after);
        return value;
      }
      case '|':
      case '>':
        return this.blockScalar(at, parent);
      case '[':
        return this.flowList(at);
      case '{':
        return this.flowMapping(at);
      case '-':
        if (this.isDash(at)) throw GIVE_UP;
        return this.plain(at, parent);
      default:
        if (INDICATOR.has(first)) throw GIVE_UP;
        return this.plain(at, parent);
    }
  }

  private skipSpaces(from: number): number {
    return this.lines.skipSpaces(this.line, from);
  }

  /** After a quoted scalar or a one-line list: only spaces and a comment may follow on its line. */
  private endOfValue(from: number): void {
    const at = this.skipSpaces(from);
    if (at < this.ends[this.line]! && !(at > from && this.text.charCodeAt(at) === HASH)) throw GIVE_UP;
    this.line++;
  }

  /** A quoted scalar on one line: its text and where it ends, after the closing quote. */
  private quoted(open: number): [string, number] {
    const close = this.lines.closingQuote(this.line, open);
    if (close === -1) throw GIVE_UP;
    const inner = this.text.slice(open + 1, close);
    if (this.text.charCodeAt(open) === 39) return [inner.replaceAll("''", "'"), close + 1];
    if (!inner.includes('\\')) return [inner, close + 1];
    if (!JSON_ESCAPED.test(inner)) throw GIVE_UP;
    const value = JSON.parse(`"${inner}"`) as string;
    if (CONTROL_CHARACTER.test(value)) throw GIVE_UP;
    return [value, close + 1];
  }

  /** A flow list on one line whose items are words or quoted text: `[dialog, oppenhet]`. */
  private flowList(open: number): unknown[] {
    const items: unknown[] = [];
    this.flowEntries(open, 93, (at) => {
      const [item, after] = this.flowScalar(at);
      items.push(item);
      return after;
    });
    return items;
  }

  /** A flow mapping on one line of word keys and values that are words or quoted text: `{ id: kommunen, role: public }`. */
  private flowMapping(open: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.flowEntries(open, 125, (at) => {
      FLOW_KEY.lastIndex = at;
      const match = FLOW_KEY.exec(this.text);
      if (!match || match.index + match[0].length > this.ends[this.line]!) throw GIVE_UP;
      const key = match[0];
      if (!isTextKey(key) || Object.hasOwn(map, key)) throw GIVE_UP;
      const [value, after] = this.flowScalar(this.skipSpaces(at + key.length + 1));
      map[key] = value;
      return after;
    });
    return map;
  }

  /**
   * The entries of a one-line flow collection from its opening bracket at `open` to its `close` bracket, separated
   * by commas, each read by `entry` from where it starts to where it ends; then the end of the value.
   */
  private flowEntries(open: number, close: number, entry: (at: number) => number): void {
    let at = this.skipSpaces(open + 1);
    if (this.text.charCodeAt(at) !== close) {
      for (;;) {
        at = this.skipSpaces(entry(at));
        const code = this.text.charCodeAt(at);
        if (code === close) break;
        if (code !== 44) throw GIVE_UP;
        at = this.skipSpaces(at + 1);
      }
    }
    this.endOfValue(at + 1);
  }

  /** An item of a one-line flow collection at `at`: quoted text, or a word up to the next `,`, `]` or `}`. */
  private flowScalar(at: number): [unknown, number] {
    const end = this.ends[this.line]!;
    const code = this.text.charCodeAt(at);
    if (code === 34 || code === 39) return this.quoted(at);
    let stop = at;
    while (stop < end) {
      const next = this.text.charCodeAt(stop);
      if (next === 44 || next === 93 || next === 125) break;
      stop++;
    }
    const word = trimEndSpaces(this.text.slice(at, stop));
    if (!FLOW_WORD.test(word)) throw GIVE_UP;
    return [resolvePlainScalar(word), stop];
  }

  /**
   * A plain scalar from `at` to the end of its line or a comment, folded with the lines below it that are deeper
   * than `parent`: one line break becomes a space, each blank line between becomes a line break.
   */
  private plain(at: number, parent: number): unknown {
    const first = this.plainLine(at);
    // Most values fit on their line.
    if (this.lines.commented || !this.lines.plainGoesOn(this.line, parent)) {
      this.line++;
      return resolvePlainScalar(first);
    }
    const lines = [first];
    for (let line = this.line + 1; !this.lines.commented && line < this.starts.length; line++) {
      if (this.lines.isBlank(line)) {
        lines.push('');
        continue;
      }
      if (!this.lines.continuesPlain(line, parent)) break;
      const start = this.starts[line]! + this.indents[line]!;
      if (INDICATOR.has(this.text[start]!)) throw GIVE_UP;
      this.line = line;
      lines.push(this.plainLine(start));
    }
    this.line++;
    return resolvePlainScalar(fold(lines));
  }

  /** One line of a plain scalar: its text up to a comment, without trailing spaces (BlockLines.commented says whether one follows). */
  private plainLine(at: number): string {
    const text = this.lines.plainText(this.line, at);
    if (text.includes(': ') || text.endsWith(':')) throw GIVE_UP;
    return text;
  }

  /** A `|` or `>` block scalar, with `-` or no chomping indicator, whose lines are deeper than `parent`. */
  private blockScalar(at: number, parent: number): string {
    const folded = this.text[at] === '>';
    let header = at + 1;
    const strip = this.text.charCodeAt(header) === DASH;
    if (strip) header++;
    if (header < this.ends[this.line]! && this.text.charCodeAt(header) !== SPACE) throw GIVE_UP;
    this.endOfValue(header);
    const firstLine = this.line;
    if (firstLine >= this.starts.length || this.lines.isBlank(firstLine)) throw GIVE_UP;
    const indent = this.indents[firstLine]!;
    if (indent <= parent) throw GIVE_UP;
    const lines: string[] = [];
    let line = firstLine;
    for (; line < this.starts.length; line++) {
      const width = this.ends[line]! - this.starts[line]!;
      if (this.lines.isBlank(line)) {
        if (width > indent) throw GIVE_UP;
        lines.push('');
        continue;
      }
      if (this.indents[line]! < indent) break;
      if (folded && this.indents[line]! > indent) throw GIVE_UP;
      lines.push(this.text.slice(this.starts[line]! + indent, this.ends[line]));
    }
    this.line = line;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const body = folded ? fold(lines) : lines.join('\n');
    return strip ? body : `${body}\n`;
  }
}

/**
 * Keys read before, by length and first character. Every file of a batch has the same few dozen keys: handing back
 * the string read the first time spares hashing a new one, as a property name must be, for every key of every file.
 */
const SEEN_KEYS = new Map<number, string[]>();
const MAX_SEEN_KEYS = 2000;
let seenKeys = 0;

/** Whether `key`, whose length and first character are known to match, is written at `at`. */
function sameAt(text: string, at: number, key: string): boolean {
  for (let index = 1; index < key.length; index++) if (text.charCodeAt(at + index) !== key.charCodeAt(index)) return false;
  return true;
}

/** The key from `at` to `end`, if every reader turns it into the same text; else the file is left to them. */
function readKey(text: string, at: number, end: number): string {
  const slot = (end - at) * 0x10000 + text.charCodeAt(at);
  const seen = SEEN_KEYS.get(slot);
  if (seen) for (const key of seen) if (sameAt(text, at, key)) return key;
  const key = text.slice(at, end);
  if (!isTextKey(key)) throw GIVE_UP;
  if (seenKeys < MAX_SEEN_KEYS) {
    // The property name V8 makes of it: a string of its own, not a slice that would keep the file's text alive.
    const own = Object.keys({ [key]: 0 })[0]!;
    seenKeys++;
    if (seen) seen.push(own);
    else SEEN_KEYS.set(slot, [own]);
  }
  return key;
}

/**
 * Folds lines as YAML folds a plain scalar or the lines of a `>` scalar: a line break between two lines becomes a
 * space; blank lines between them stay line breaks, and blank lines at the end are dropped.
 */
function fold(lines: string[]): string {
  let body = lines[0]!;
  let blanks = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      blanks++;
      continue;
    }
    body += blanks === 0 ? ` ${line}` : '\n'.repeat(blanks) + line;
    blanks = 0;
  }
  return body;
}

function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return end === text.length ? text : text.slice(0, end);
}
