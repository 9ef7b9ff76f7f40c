import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { JsonPath } from '../findings.js';
import { allowedKeys } from '../validate/schema-lookup.js';

/**
 * Puts the keys of every mapping in the order of the schema's properties; extension keys (`x-…`) and
 * keys the schema does not know follow, in the order they were written. Mappings the schema does not
 * describe (inside an `x-` key) are left as they are. Comments and blank lines travel with their key.
 */
export function orderKeysBySchema(document: Document): void {
  if (isMap(document.contents)) keepHeaderComment(document.contents);
  orderNode(document.contents, []);
}

/** A comment above the first key of the file (such as the schema modeline) heads the file, wherever that key goes. */
function keepHeaderComment(map: YAMLMap): void {
  const first = map.items[0]?.key;
  if (!isScalar(first) || !first.commentBefore) return;
  map.commentBefore = map.commentBefore ? `${map.commentBefore}\n${first.commentBefore}` : first.commentBefore;
  first.commentBefore = undefined;
}

function orderNode(node: Node | null, path: JsonPath): void {
  if (isMap(node)) {
    const order = allowedKeys(path);
    if (order.length > 0) sortPairs(node, order);
    for (const pair of node.items) {
      if (isScalar(pair.key)) orderNode(pair.value as Node | null, [...path, String(pair.key.value)]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => orderNode(item as Node | null, [...path, index]));
  }
}

function sortPairs(map: YAMLMap, order: readonly string[]): void {
  const rank = (key: unknown): number => {
    const index = isScalar(key) ? order.indexOf(String(key.value)) : -1;
    return index === -1 ? order.length : index;
  };
  // Array.prototype.sort is stable: unknown and x- keys keep their written order after the known ones.
  map.items.sort((a, b) => rank(a.key) - rank(b.key));
}
