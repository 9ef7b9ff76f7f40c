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
  ) {}

  locate(path: JsonPath): SourceRange {
    return this.answer(path, (map, rest) => map.locate(rest));
  }

  locateKey(path: JsonPath): SourceRange {
    return this.topLevelKey(path) ?? this.answer(path, (map, rest) => map.locateKey(rest));
  }

  locateMapping(path: JsonPath): SourceRange {
    return this.answer(path, (map, rest) => map.locateMapping(rest));
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
   * (which the full reading gives to the next entry).
   */
  private topLevelStarts(): number[] {
    if (!this.lineStarts) {
      this.lineStarts = [];
      for (const start of this.lineCounter.lineStarts) {
        const first = this.text.charAt(start);
        if (first !== '' && first !== ' ' && first !== '-' && first !== '\n' && first !== '\r') this.lineStarts.push(start);
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
   * comment line at or left of the items' indentation (which the full reading gives to the next item). Undefined
   * unless exactly `length` items are found, all at one indentation.
   */
  private itemStarts(begin: number, end: number, length: number): Array<{ start: number; end: number }> | undefined {
    const items: Array<{ start: number; end: number }> = [];
    let indent: number | undefined;
    const pattern = /^( *)(-(?: |$)|#)/gm;
    pattern.lastIndex = this.text.indexOf('\n', begin) + 1;
    if (pattern.lastIndex === 0) return undefined;
    const body = this.text.slice(0, end);
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
      const width = match[1]!.length;
      const isItem = match[2] !== '#';
      if (isItem) indent ??= width;
      if (indent === undefined || width > indent) continue;
      const last = items.at(-1);
      if (last && last.end === end) last.end = match.index;
      if (isItem && width === indent) items.push({ start: match.index, end });
    }
    return items.length === length ? items : undefined;
  }
}
