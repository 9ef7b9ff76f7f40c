import { Document, isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { parseCompactText, type LoadResult } from '../load/index.js';
import { FULL_OPTIONS } from '../load/parse.js';
import { DocumentSourceMap } from '../load/source-map.js';


interface Segment {
  text: string;
  /** Where the segment's nodes now stand in the file (their ranges are shifted when it moves). */
  base: number;
  node: Node | Pair;
  data: unknown;
  nodes: Node[];
}

const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t\r]|$)/;
const EMPTY_OR_COMMENT = /^[ \t]*(?:#.*)?\r?$/;
/** An alias (`*name`) may point into another segment; such a file is read whole. */
const ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

/**
 * Reads a compact as `parseCompactText` does, re-parsing only what changed since the last call: the file is cut at
 * its top-level keys and at the items of top-level block lists, and each piece's nodes are kept by its text. Any
 * piece that does not read cleanly on its own (a YAML error or warning, a duplicate key, an alias, a control
 * character), and any file whose shape is unusual, is read whole by `parseCompactText`, so findings stay the same.
 */
export class IncrementalParser {
  private cache = new Map<string, Segment[]>();
  private last: { text: string; file: string; result: LoadResult } | undefined;

  parse(text: string, file: string): LoadResult {
    if (this.last && this.last.text === text && this.last.file === file) return this.last.result;
    const result = this.parsePieces(text, file) ?? parseCompactText(text, file);
    this.last = { text, file, result };
    return result;
  }

  private parsePieces(text: string, file: string): LoadResult | undefined {
    if (text.charCodeAt(0) === 0xfeff || ALIAS.test(text)) return undefined;
    const lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
    const lineAt = (line: number) => text.slice(lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length);
    // Top-level keys, each with the lines of its value.
    const tops: Array<{ key: string; line: number; end: number }> = [];
    for (let line = 0; line < lineStarts.length; line++) {
      const content = lineAt(line);
      if (EMPTY_OR_COMMENT.test(content)) continue;
      const first = content.charAt(0);
      if (first === ' ') {
        if (tops.length === 0) return undefined;
        continue;
      }
      const key = TOP_KEY.exec(content);
      if (!key) return undefined;
      if (tops.length > 0) tops[tops.length - 1]!.end = line;
      tops.push({ key: key[1]!, line, end: lineStarts.length });
    }
    if (tops.length === 0 || new Set(tops.map((top) => top.key)).size !== tops.length) return undefined;

    const previous = this.cache;
    const next = new Map<string, Segment[]>();
    const used = new Set<Segment>();
    const segment = (from: number, to: number, read: (document: Document.Parsed) => { node: Node | Pair; data: unknown } | undefined): Segment | undefined => {
      const start = lineStarts[from]!;
      const end = to < lineStarts.length ? lineStarts[to]! : text.length;
      const piece = text.slice(start, end);
      let found = previous.get(piece)?.find((candidate) => !used.has(candidate));
      if (!found) {
        const document = parseDocument(piece, FULL_OPTIONS) as Document.Parsed;
        if (document.errors.length > 0 || document.warnings.length > 0 || !clean(document)) return undefined;
        const read_ = read(document);
        if (!read_) return undefined;
        const nodes: Node[] = [];
        visit(document, (_, node) => {
          if ((node as Node).range) nodes.push(node as Node);
        });
        found = { text: piece, base: 0, node: read_.node, data: read_.data, nodes };
      }
      if (found.base !== start) {
        const delta = start - found.base;
        for (const node of found.nodes) {
          const range = node.range!;
          range[0] += delta;
          range[1] += delta;
          range[2] += delta;
        }
        found.base = start;
      }
      used.add(found);
      const list = next.get(piece) ?? [];
      list.push(found);
      next.set(piece, list);
      return found;
    };

    const root = new YAMLMap();
    const data: Record<string, unknown> = {};
    for (const top of tops) {
      const items = this.listItems(lineAt, top.line, top.end);
      if (items) {
        const key = new Scalar(top.key);
        const keyStart = lineStarts[top.line]!;
        key.range = [keyStart, keyStart + top.key.length, keyStart + top.key.length];
        const seq = new YAMLSeq();
        const values: unknown[] = [];
        for (let index = 0; index < items.lines.length; index++) {
          const piece = segment(items.lines[index]!, items.lines[index + 1] ?? top.end, (document) => {
            const contents = document.contents;
            if (!isSeq(contents) || contents.items.length !== 1) return undefined;
            return { node: contents.items[0] as Node, data: (document.toJS() as unknown[])[0] };
          });
          if (!piece) return this.giveUp(next);
          seq.items.push(piece.node as Node);
          values.push(piece.data);
        }
        const firstDash = lineStarts[items.lines[0]!]! + items.indent;
        const last = seq.items[seq.items.length - 1] as Node;
        seq.range = [firstDash, last.range![1], last.range![2]];
        root.items.push(new Pair(key, seq));
        data[top.key] = values;
      } else {
        const piece = segment(top.line, top.end, (document) => {
          const contents = document.contents;
          if (!isMap(contents) || contents.items.length !== 1) return undefined;
          const pair = contents.items[0]!;
          if (!isScalar(pair.key) || pair.key.value !== top.key) return undefined;
          return { node: pair as Pair, data: (document.toJS() as Record<string, unknown>)[top.key] };
        });
        if (!piece) return this.giveUp(next);
        root.items.push(piece.node as Pair);
        data[top.key] = piece.data;
      }
    }
    this.cache = next;
    const firstKey = (root.items[0]!.key as Node).range![0];
    const lastPair = root.items[root.items.length - 1]!;
    const lastNode = ((lastPair.value as Node | null) ?? (lastPair.key as Node)) as Node;
    const end = lastNode.range ? lastNode.range[1] : text.length;
    root.range = [firstKey, end, end];
    const document = new Document(null, FULL_OPTIONS) as unknown as Document.Parsed;
    document.contents = root as never;
    const lineCounter = new LineCounter();
    for (const start of lineStarts) lineCounter.addNewLine(start);
    const sourceMap = new DocumentSourceMap(document, lineCounter, text);
    return { ok: true, compact: { file, text, document, sourceMap, data, warnings: [] } };
  }

  /** The lines that start the items of a top-level block list (`key:` alone, then `- ` items at one indent). */
  private listItems(lineAt: (line: number) => string, keyLine: number, end: number): { lines: number[]; indent: number } | undefined {
    if (!/^[A-Za-z_][\w-]*[ \t]*:[ \t]*(?:#.*)?\r?$/.test(lineAt(keyLine))) return undefined;
    const lines: number[] = [];
    let indent = -1;
    for (let line = keyLine + 1; line < end; line++) {
      const content = lineAt(line);
      const item = /^( *)-(?:[ \t]|\r?$)/.exec(content);
      if (item && (indent === -1 || item[1]!.length === indent)) {
        indent = item[1]!.length;
        lines.push(line);
      } else if (lines.length === 0 && !EMPTY_OR_COMMENT.test(content)) {
        return undefined;
      }
    }
    return lines.length > 0 ? { lines, indent } : undefined;
  }

  private giveUp(next: Map<string, Segment[]>): undefined {
    // Keep what was read, so the next keystroke after the error is corrected is quick again.
    this.cache = next;
    return undefined;
  }
}

/** No duplicate key in any mapping and no control character in any value (what `parseCompactText` refuses). */
function clean(document: Document.Parsed): boolean {
  let ok = true;
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          ok = false;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && CONTROL.test(scalar.value)) {
        ok = false;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return ok;
}
