import { isMap, isPair, isScalar, isSeq, parse, Scalar, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { formatCompactText } from '../../authoring/format.js';
import type { JsonPath, TextEdit } from '../../findings.js';

/** Builds text edits by offset from JSON paths: everything outside the edited range stays byte for byte. */
export interface Fixer {
  /** The file's text. */
  readonly text: string;
  /** Replaces the scalar at `path` with `value`, written in the scalar's own quoting style. */
  replaceValue(path: JsonPath, value: string | number | boolean): TextEdit | undefined;
  /** Adds `key: value` as the last entry of the block or flow mapping at `path` (the root for `[]`); `{ raw }` is YAML written as it is. */
  insertIntoMapping(path: JsonPath, key: string, value: string | number | boolean | { raw: string }, position?: 'first' | 'last'): TextEdit | undefined;
  /** The source offsets of the node at `path`. */
  rangeOf(path: JsonPath): [number, number] | undefined;
}

export function createFixer(document: Document.Parsed, text: string): Fixer {
  const nodeAt = (path: JsonPath): Node | undefined => {
    let node = document.contents as Node | null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) as Pair | undefined;
        node = (pair?.value as Node | null) ?? null;
      } else if (isSeq(node) && typeof segment === 'number') node = (node.items[segment] as Node | undefined) ?? null;
      else return undefined;
      if (!node) return undefined;
    }
    return node ?? undefined;
  };
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  // The parser reads the text after a byte order mark: its offsets are one less than the file's.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const edit = (start: number, end: number, replacement: string): TextEdit => ({ range: [start + shift, end + shift], text: replacement });
  const body = shift ? text.slice(1) : text;
  let formatted: boolean | undefined;
  const isFormatted = (): boolean => {
    if (formatted === undefined) {
      try {
        formatted = !formatCompactText(text).changed;
      } catch {
        formatted = false;
      }
    }
    return formatted;
  };
  return {
    text,
    rangeOf(path) {
      const node = nodeAt(path);
      return node?.range ? [node.range[0] + shift, node.range[1] + shift] : undefined;
    },
    replaceValue(path, value) {
      const node = nodeAt(path);
      if (!isScalar(node) || !node.range) return undefined;
      // In a file `compact fmt` would leave as it is, the new value is written as fmt writes it, so the file stays
      // formatted; in any other file the scalar keeps its quoting.
      const written = isFormatted() ? libraryForm(value) : writeScalar(value, node.type);
      if (written === undefined) return undefined;
      return edit(node.range[0], node.range[1], written);
    },
    insertIntoMapping(path, key, value, position = 'last') {
      const map = nodeAt(path);
      if (!isMap(map) || !map.range) return undefined;
      const valueText = typeof value === 'object' ? value.raw : (writeScalar(value, Scalar.PLAIN) ?? JSON.stringify(value));
      if (map.flow) {
        if (position === 'first' && map.items.length > 0) {
          const open = body.indexOf('{', map.range[0]);
          return edit(open + 1, open + 1, ` ${key}: ${valueText},`);
        }
        const close = body.lastIndexOf('}', map.range[1]);
        if (close < 0) return undefined;
        const separator = map.items.length > 0 ? ', ' : '';
        return edit(close, close, `${separator}${key}: ${valueText}`);
      }
      const first = map.items[0] as Pair<Node, Node> | undefined;
      if (!first?.key?.range) return undefined;
      const keyStart = first.key.range[0];
      const indent = keyStart - (body.lastIndexOf('\n', keyStart - 1) + 1);
      // Before the first key, on a line of its own at that key's indentation (also after a list item's "- ").
      if (position === 'first') return edit(keyStart, keyStart, `${key}: ${valueText}${lineBreak}${' '.repeat(indent)}`);
      const end = endOfLastLine(map, body);
      const atEnd = end >= body.length && !/\n$/.test(body);
      return edit(end, end, `${atEnd ? lineBreak : ''}${' '.repeat(indent)}${key}: ${valueText}${atEnd ? '' : lineBreak}`);
    },
  };
}

/** The offset just after the line break that ends the last line of a block mapping's content. */
function endOfLastLine(map: YAMLMap, text: string): number {
  const valueEnd = map.range![1];
  // A block mapping's range may end after trailing blank lines and comments; the new entry goes after its last value.
  const last = map.items.at(-1) as Pair<Node, Node> | undefined;
  const lastEnd = (last?.value as Node | null)?.range?.[1] ?? last?.key?.range?.[1] ?? valueEnd;
  const lineEnd = text.indexOf('\n', Math.max(lastEnd - 1, 0));
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

/** How the yaml library (and so `compact fmt`) writes a one-line value. */
function libraryForm(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function writeScalar(value: string | number | boolean, type: Scalar['type']): string | undefined {
  if (typeof value !== 'string') return String(value);
  if (/[\r\n]/.test(value)) return JSON.stringify(value);
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (type === Scalar.PLAIN && value.trim() === value && !/: | #|^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && safeParse(value) === value) return value;
  return JSON.stringify(value);
}

function safeParse(text: string): unknown {
  try {
    return parse(text, { logLevel: 'error' });
  } catch {
    return undefined;
  }
}
