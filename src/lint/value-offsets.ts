import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { JsonPath } from '../findings.js';

/**
 * Where the value at `path` is written: UTF-16 offsets into the file's text (start, end exclusive), quotes
 * included, or undefined when the path is not written in the file. `text` is the file as read: a byte-order mark,
 * which the parser never sees, shifts every offset by one.
 */
export function valueOffsets(document: Document, text: string, path: JsonPath): [number, number] | undefined {
  let node = (document.contents as Node | null) ?? null;
  for (const segment of path) {
    if (isAlias(node)) return undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      node = (pair?.value as Node | null | undefined) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = (node.items[segment] as Node | undefined) ?? null;
    } else {
      return undefined;
    }
    if (node === null) return undefined;
  }
  if (!node?.range) return undefined;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return [node.range[0] + shift, node.range[1] + shift];
}
