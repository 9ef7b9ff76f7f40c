import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { JsonPath, SourceRange } from '../findings.js';

type Range = [number, number, number];

/** Maps a JSON path in the parsed data back to where it is written in the YAML source. */
export interface SourceMap {
  /** The range of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: JsonPath): SourceRange;
  /** The range of the key that holds the value at `path` (falls back to the value). */
  locateKey(path: JsonPath): SourceRange;
  /** The range of the mapping at `path` where a key is missing: its key line when it has one. */
  locateMapping(path: JsonPath): SourceRange;
}

/** A SourceMap over a `yaml` Document of the text, or of a part of it that starts `offset` characters into the text. */
export class DocumentSourceMap implements SourceMap {
  /** Each mapping's pairs by key, built on first use: a file with thousands of findings in one mapping stays linear. */
  private readonly pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
    private readonly text: string = '',
    private readonly offset = 0,
  ) {}

  /** The range of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: JsonPath): SourceRange {
    const { node, pair } = this.walk(path);
    if (pair && isEmptyScalar(node) && isNodeWithRange(pair.key)) return this.toRange(pair.key.range);
    if (node?.range) return this.toRange(node.range as Range);
    return this.documentStart();
  }

  /** The range of the key that holds the value at `path` (falls back to the value). */
  locateKey(path: JsonPath): SourceRange {
    const { pair, complete } = this.walk(path);
    if (complete && pair && isNodeWithRange(pair.key)) return this.toRange(pair.key.range);
    return this.locate(path);
  }

  /** The range of the mapping at `path` where a key is missing: its key line when it has one. */
  locateMapping(path: JsonPath): SourceRange {
    const { node, pair } = this.walk(path);
    if (pair && isNodeWithRange(pair.key) && (isEmptyScalar(node) || !isMap(node))) return this.toRange(pair.key.range);
    if (node?.range) {
      const [start, valueEnd] = this.shift(node.range as Range);
      const startPos = this.lineCounter.linePos(start);
      // A block mapping spans many lines; point at its first line only.
      // The start of the next line; the last line of a text without a final line break ends with the text.
      const firstLineEnd = this.lineCounter.lineStarts[startPos.line] ?? this.text.length + 1;
      return this.toShiftedRange([start, Math.min(valueEnd, Math.max(start + 1, firstLineEnd - 1)), valueEnd]);
    }
    return this.documentStart();
  }

  private walk(path: JsonPath): { node: Node | null; pair: Pair | null; complete: boolean } {
    let node = (this.document.contents as Node | null) ?? null;
    let pair: Pair | null = null;
    for (const segment of path) {
      const container = isAlias(node) ? (node.resolve(this.document) as Node | undefined) ?? null : node;
      if (isMap(container)) {
        const found = this.pairs(container).get(String(segment));
        if (!found) return { node, pair, complete: false };
        pair = found as Pair;
        node = (found.value as Node | null) ?? null;
        if (node === null) return { node, pair, complete: true };
      } else if (isSeq(container) && typeof segment === 'number') {
        const item = container.items[segment] as Node | undefined;
        if (!item) return { node, pair, complete: false };
        pair = null;
        node = item;
      } else {
        return { node, pair, complete: false };
      }
    }
    return { node, pair, complete: true };
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.pairsByKey.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const key = isPair(item) ? keyText(item.key) : undefined;
        if (key !== undefined && !index.has(key)) index.set(key, item as Pair);
      }
      this.pairsByKey.set(map, index);
    }
    return index;
  }

  private documentStart(): SourceRange {
    const contents = this.document.contents as Node | null;
    const start = contents?.range?.[0] ?? 0;
    return this.toRange([start, start + 1, start + 1]);
  }

  private shift(range: Range): Range {
    return this.offset === 0 ? range : [range[0] + this.offset, range[1] + this.offset, range[2] + this.offset];
  }

  private toRange(range: Range): SourceRange {
    return this.toShiftedRange(this.shift(range));
  }

  private toShiftedRange(range: Range): SourceRange {
    // At least one character wide, but not past the end of the text (the empty document of an empty file).
    let endOffset = Math.min(Math.max(range[1], range[0] + 1), Math.max(this.text.length, range[0]));
    // Block values end after their last line break; the range people expect ends on the last character.
    while (endOffset > range[0] + 1 && /\s/.test(this.text.charAt(endOffset - 1))) endOffset--;
    const start = this.lineCounter.linePos(range[0]);
    const end = this.lineCounter.linePos(endOffset);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeWithRange(value: unknown): value is Node & { range: Range } {
  return !!value && typeof value === 'object' && Array.isArray((value as Node).range);
}

function isEmptyScalar(node: Node | null): boolean {
  if (node === null) return true;
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}
