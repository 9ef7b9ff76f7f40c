import { isDeepStrictEqual } from 'node:util';
import type { LineCounter } from 'yaml';
import type { JsonPath, SourceRange } from '../findings.js';
import { DocumentSourceMap, type SourceMap } from './source-map.js';

/** Reads one part of a file with the `yaml` library, as the full reader would (its Document, or undefined on a problem). */
export type PartReader = (part: string) => { document: import('yaml').Document; data: unknown } | undefined;

interface Part {
  map: SourceMap;
  /** How many leading segments of a path the part stands for. */
  depth: number;
}

/**
 * Positions for a file the fast reader read, without reading the whole file again with the `yaml` library: a
 * path is placed by reading only the top-level entry it is in (`commitments:` … up to the next top-level key),
 * or for an item of a top-level list only that item, at its place in the text. A part is used only when it reads
 * back as exactly the data the fast reader gave for it; anything else (the top of the file, a part that
 * reads differently on its own) is placed by the full reading, so every range is the one the full reading gives.
 */
export class SectionSourceMap implements SourceMap {
  private readonly parts = new Map<string, Part | null>();
  private lineStarts?: number[];
  private keyLines?: Map<string, number> | null;

  constructor(
    private readonly text: string,
    private readonly data: Record<string, unknown>,
    private readonly lineCounter: LineCounter,
    private readonly read: PartReader,
    private readonly full: () => SourceMap,
    /** Places what it can from the lines alone (a file the line reader read), before any part is read. */
    private readonly quick?: { [K in keyof SourceMap]: (path: JsonPath) => SourceRange | undefined },
  ) {}

  locate(path: JsonPath): SourceRange {
    return this.quick?.locate(path) ?? this.answer(path, (map, rest) => map.locate(rest));
  }

  locateKey(path: JsonPath): SourceRange {
    return this.quick?.locateKey(path) ?? this.topLevelKey(path) ?? this.answer(path, (map, rest) => map.locateKey(rest));
  }

  locateMapping(path: JsonPath): SourceRange {
    return this.quick?.locateMapping(path) ?? this.answer(path, (map, rest) => map.locateMapping(rest));
  }

  private answer(path: JsonPath, ask: (map: SourceMap, rest: JsonPath) => SourceRange): SourceRange {
    const part = this.partFor(path);
    return part ? ask(part.map, part.depth === 1 ? path : [0, ...path.slice(2)]) : ask(this.full(), path);
  }

  /**
   * A top-level key is placed from the text alone, without reading any of it with the `yaml` library, when every
   * line at the first column is a comment or a plain `key:` and those keys are the data's keys in order: then each
   * such line is the one key it names.
   */
  private topLevelKey(path: JsonPath): SourceRange | undefined {
    const key = path[0];
    if (path.length !== 1 || typeof key !== 'string' || !Object.hasOwn(this.data, key)) return undefined;
    this.keyLines ??= this.plainKeyLines();
    const start = this.keyLines?.get(key);
    if (start === undefined) return undefined;
    const line = this.lineCounter.linePos(start).line;
    return { line, column: 1, endLine: line, endColumn: 1 + key.length };
  }

  private plainKeyLines(): Map<string, number> | null {
    const lines = new Map<string, number>();
    for (const start of this.topLevelStarts()) {
      if (this.text.charAt(start) === '#') continue;
      const key = this.keyAt(start);
      if (key === undefined || lines.has(key)) return null;
      lines.set(key, start);
    }
    const keys = Object.keys(this.data);
    return keys.length === lines.size && [...lines.keys()].every((key, index) => key === keys[index]) ? lines : null;
  }

  /** The part of the text a path lies in, when the path is fully inside one. */
  private partFor(path: JsonPath): Part | null {
    const key = path[0];
    if (typeof key !== 'string' || !Object.hasOwn(this.data, key)) return null;
    const value = this.data[key];
    const index = path[1];
    if (Array.isArray(value) && typeof index === 'number' && index < value.length) {
      const item = this.cached(`${key}\u0000${index}`, () => this.itemPart(key, index, value[index], value.length));
      if (item) return item;
    }
    return this.cached(key, () => this.entryPart(key, value));
  }

  private cached(name: string, make: () => Part | null): Part | null {
    let part = this.parts.get(name);
    if (part === undefined) {
      part = make();
      this.parts.set(name, part);
    }
    return part;
  }

  /** The top-level entry `key:`, from its line to the next line that starts another top-level entry. */
  private entryPart(key: string, value: unknown): Part | null {
    const starts = this.topLevelStarts();
    const at = starts.findIndex((start) => this.keyAt(start) === key);
    if (at === -1) return null;
    const begin = starts[at]!;
    return this.part(begin, this.entryEnd(at), { [key]: value }, 1);
  }

  /** Item `index` of the top-level list `key`, from its `- ` line to the next item's or the entry's end. */
  private itemPart(key: string, index: number, item: unknown, length: number): Part | null {
    const starts = this.topLevelStarts();
    const at = starts.findIndex((start) => this.keyAt(start) === key);
    if (at === -1) return null;
    const entryEnd = this.entryEnd(at);
    const items = this.itemStarts(starts[at]!, entryEnd, length);
    if (!items) return null;
    return this.part(items[index]!.start, items[index]!.end, [item], 2);
  }

  private part(begin: number, end: number, expected: unknown, depth: number): Part | null {
    const read = this.read(this.text.slice(begin, end));
    if (!read || !isDeepStrictEqual(read.data, expected)) return null;
    return { map: new DocumentSourceMap(read.document, this.lineCounter, this.text, begin), depth };
  }

  /**
   * Offsets of the lines at the first column that end a top-level entry: a key (the next entry) or a comment
   * (which the full reading gives to the next entry), unless that comment goes on a run of comments that began
   * deeper in the entry, or follows a key or `-` with no value deeper in it: the full reading gives those comments
   * to the entry.
   */
  private topLevelStarts(): number[] {
    if (!this.lineStarts) {
      this.lineStarts = [];
      let deepComments = false;
      for (const start of this.lineCounter.lineStarts) {
        const line = lineAt(this.text, start);
        if (line.blank) continue;
        if (line.indent > 0 || line.text.startsWith('-')) {
          deepComments = line.comment ? true : emptyValueColumn(line) > 0;
          continue;
        }
        if (line.comment && deepComments) continue;
        deepComments = false;
        this.lineStarts.push(start);
      }
    }
    return this.lineStarts;
  }

  private entryEnd(at: number): number {
    return this.topLevelStarts()[at + 1] ?? this.text.length;
  }

  private keyAt(start: number): string | undefined {
    const match = /^([A-Za-z_][\w-]*)[ ]*:(?:[ \r\n]|$)/.exec(this.text.slice(start, start + 200));
    return match?.[1];
  }

  /**
   * The parts of the block list under the entry at `begin`: each from its `- ` line to the next item, or to a
   * comment line at or left of the items' indentation (which the full reading gives to the next item) unless it
   * goes on a run of comments that began deeper in the item, or follows a key or `-` with no value deeper in it. Undefined unless exactly `length` items are found,
   * all at one indentation.
   */
  private itemStarts(begin: number, end: number, length: number): Array<{ start: number; end: number }> | undefined {
    const items: Array<{ start: number; end: number }> = [];
    let indent: number | undefined;
    let deepComments = false;
    const first = this.text.indexOf('\n', begin) + 1;
    if (first === 0) return undefined;
    for (let start = first; start < end; ) {
      const line = lineAt(this.text, start);
      const next = start + line.length;
      if (!line.blank) {
        const isItem = line.text.startsWith('- ') || line.text === '-';
        if (isItem) indent ??= line.indent;
        if (indent !== undefined && (isItem || line.comment)) {
          const boundary = line.indent <= indent && !(line.comment && deepComments);
          if (boundary) {
            const last = items.at(-1);
            if (last && last.end === end) last.end = start;
            if (isItem && line.indent === indent) items.push({ start, end });
          }
        }
        deepComments = line.comment ? deepComments || indent === undefined || line.indent > indent : indent !== undefined && emptyValueColumn(line) > indent;
      }
      start = next;
    }
    return items.length === length ? items : undefined;
  }
}

/** A line of the text from `start`: its indentation, its text after that, whether it is blank or a comment, and its length with the line break. */
function lineAt(text: string, start: number): { indent: number; text: string; blank: boolean; comment: boolean; length: number } {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  let indent = 0;
  while (text.charCodeAt(start + indent) === 32 && start + indent < end) indent++;
  const rest = text.slice(start + indent, end).replace(/\r$/, '');
  return { indent, text: rest, blank: rest.length === 0, comment: rest.startsWith('#'), length: end - start + 1 };
}

/**
 * The column of a key or `-` whose value is empty at the end of the line (`key:`, `- key: # note`, `-`), or -1:
 * the full reading gives the comment lines after such a line to it, whatever their indentation.
 */
function emptyValueColumn(line: { indent: number; text: string }): number {
  let text = line.text;
  const comment = text.indexOf(' #');
  if (comment !== -1) text = text.slice(0, comment);
  text = text.trimEnd();
  let column = line.indent;
  while (text.startsWith('- ')) {
    const rest = text.slice(1).trimStart();
    column += text.length - rest.length;
    text = rest;
  }
  if (text === '-') return column;
  return text.endsWith(':') && !/^["'[{]/.test(text) ? column : -1;
}
