import type { LineCounter } from 'yaml';
import type { JsonPath, SourceRange } from '../findings.js';
import type { BlockLines } from './block-lines.js';

/** What a path leads to in plain block YAML, as far as this locator follows it. */
type BlockNode =
  | { kind: 'mapping'; indent: number; line: number; at: number }
  | { kind: 'sequence'; indent: number; line: number }
  /** A plain scalar starting at `at`; lines deeper than `parent` below it continue it. */
  | { kind: 'plain'; line: number; at: number; parent: number }
  | { kind: 'quoted'; line: number; at: number }
  | { kind: 'empty' }
  /** A block scalar or a flow collection: its range is left to the `yaml` library; `mapping` if it is `{…}`. */
  | { kind: 'other'; mapping: boolean };

interface Walk {
  node: BlockNode;
  /** Where the key of the last mapping entry on the path starts and ends, when the path's last step was a key. */
  key?: [number, number];
  complete: boolean;
}

/**
 * Places paths in a file that the line reader (`readBlockYaml`) read, from its lines alone: keys, one-line scalars,
 * empty values and the first lines of block mappings, exactly where `DocumentSourceMap` over the `yaml` library's
 * Document places them. Anything else (a multi-line or block scalar, a flow collection, a list's whole range)
 * gives undefined, for the caller to place with the `yaml` library.
 */
export class BlockLocator {
  constructor(
    private readonly lines: BlockLines,
    private readonly lineCounter: LineCounter,
  ) {}

  locate(path: JsonPath): SourceRange | undefined {
    const walk = this.walk(path);
    if (!walk) return undefined;
    const { node, key } = walk;
    if (key && node.kind === 'empty') return this.range(key[0], key[1]);
    if (node.kind === 'quoted') return this.range(node.at, this.lines.closingQuote(node.line, node.at) + 1);
    if (node.kind === 'plain') {
      const end = this.plainEnd(node);
      return end === undefined ? undefined : this.range(node.at, end);
    }
    return undefined;
  }

  locateKey(path: JsonPath): SourceRange | undefined {
    const walk = this.walk(path);
    if (!walk) return undefined;
    if (walk.complete && walk.key) return this.range(walk.key[0], walk.key[1]);
    return this.locate(path);
  }

  locateMapping(path: JsonPath): SourceRange | undefined {
    const walk = this.walk(path);
    if (!walk) return undefined;
    const { node, key } = walk;
    const isMapping = node.kind === 'mapping' || (node.kind === 'other' && node.mapping);
    if (key && (node.kind === 'empty' || !isMapping)) return this.range(key[0], key[1]);
    if (node.kind === 'mapping') return this.firstLine(node);
    if (node.kind === 'plain' || node.kind === 'quoted') return this.locate(path);
    return undefined;
  }

  private walk(path: JsonPath): Walk | undefined {
    const lines = this.lines;
    const first = lines.nextContent(0);
    if (first === -1) return undefined;
    let node: BlockNode = { kind: 'mapping', indent: lines.indents[first]!, line: first, at: lines.starts[first]! + lines.indents[first]! };
    let key: [number, number] | undefined;
    for (const segment of path) {
      if (node.kind === 'mapping') {
        const name = String(segment);
        const entry = this.entry(node, name);
        if (!entry) return { node, key, complete: false };
        key = [entry.at, entry.at + name.length];
        node = this.valueAfter(entry.line, entry.at + name.length + 1, node.indent, true);
      } else if (node.kind === 'sequence' && typeof segment === 'number') {
        const line = this.item(node, segment);
        if (line === undefined) return { node, key, complete: false };
        key = undefined;
        node = this.itemValue(line, node.indent);
      } else {
        if (node.kind === 'other') return undefined;
        return { node, key, complete: false };
      }
    }
    return { node, key, complete: true };
  }

  /** The entry `name` of a block mapping: the line and offset of its key. */
  private entry(mapping: { indent: number; line: number; at: number }, name: string): { line: number; at: number } | undefined {
    const lines = this.lines;
    let line = mapping.line;
    let at = mapping.at;
    for (;;) {
      if (lines.keyAt(at) === name) return { line, at };
      line = this.nextSibling(line, mapping.indent);
      if (line === -1 || lines.indents[line] !== mapping.indent) return undefined;
      at = lines.starts[line]! + mapping.indent;
      if (lines.isDash(line, at)) return undefined;
    }
  }

  /** The `-` line of item `index` of a block list. */
  private item(sequence: { indent: number; line: number }, index: number): number | undefined {
    const lines = this.lines;
    let line = sequence.line;
    for (let count = 0; count < index; count++) {
      line = this.nextSibling(line, sequence.indent);
      if (line === -1 || lines.indents[line] !== sequence.indent || !lines.isDash(line, lines.starts[line]! + sequence.indent)) return undefined;
    }
    return line;
  }

  /**
   * The next line after `line` at or left of `indent` that is neither blank nor a comment, passing over the items
   * of a list written at `indent` under a key (they belong to that key), or -1.
   */
  private nextSibling(line: number, indent: number): number {
    const lines = this.lines;
    for (let next = lines.nextContent(line + 1); next !== -1; next = lines.nextContent(next + 1)) {
      const width = lines.indents[next]!;
      if (width > indent) continue;
      if (width === indent && lines.isDash(next, lines.starts[next]! + width) && !this.isItemLine(line, indent)) continue;
      return next;
    }
    return -1;
  }

  /** Whether `line` is a `-` line at `indent` (so that the next `-` line at `indent` is a sibling item, not a nested list). */
  private isItemLine(line: number, indent: number): boolean {
    return this.lines.indents[line] === indent && this.lines.isDash(line, this.lines.starts[line]! + indent);
  }

  private itemValue(line: number, indent: number): BlockNode {
    const lines = this.lines;
    const at = lines.skipSpaces(line, lines.starts[line]! + indent + 1);
    if (at < lines.ends[line]! && lines.text.charCodeAt(at) !== 35 && lines.keyAt(at) !== undefined) {
      return { kind: 'mapping', indent: at - lines.starts[line]!, line, at };
    }
    return this.valueAfter(line, at, indent, false);
  }

  /** The value after a key's `:` or a list's `-` at `from` on `line`, in a node `parent` spaces in. */
  private valueAfter(line: number, from: number, parent: number, listMayAlign: boolean): BlockNode {
    const lines = this.lines;
    const at = lines.skipSpaces(line, from);
    if (at < lines.ends[line]! && lines.text.charCodeAt(at) !== 35) {
      const first = lines.text[at];
      if (first === '"' || first === "'") return { kind: 'quoted', line, at };
      if (first === '|' || first === '>' || first === '[' || first === '{') return { kind: 'other', mapping: first === '{' };
      return { kind: 'plain', line, at, parent };
    }
    const nested = lines.nestedBelow(line + 1, parent, listMayAlign);
    if (!nested) return { kind: 'empty' };
    const { indent } = nested;
    return nested.list ? { kind: 'sequence', indent, line: nested.line } : { kind: 'mapping', indent, line: nested.line, at: lines.starts[nested.line]! + indent };
  }

  /** Where a plain scalar on one line ends (before a comment and trailing spaces); undefined if it goes on below. */
  private plainEnd(node: { line: number; at: number; parent: number }): number | undefined {
    const lines = this.lines;
    const text = lines.plainText(node.line, node.at);
    const commented = lines.commented;
    if (!commented && lines.plainGoesOn(node.line, node.parent)) return undefined;
    return node.at + text.length;
  }

  /**
   * A block mapping over several lines is placed on its first line, as DocumentSourceMap places it; a mapping on one
   * line or a first line with a comment is left to it.
   */
  private firstLine(node: { indent: number; line: number; at: number }): SourceRange | undefined {
    const lines = this.lines;
    const end = lines.ends[node.line]!;
    const next = lines.nextContent(node.line + 1);
    if (next === -1 || lines.indents[next]! < node.indent || lines.text.slice(node.at, end).includes('#')) return undefined;
    let last = end;
    while (last > node.at + 1 && /\s/.test(lines.text.charAt(last - 1))) last--;
    return this.range(node.at, last);
  }

  private range(start: number, end: number): SourceRange {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(end, start + 1));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
}
