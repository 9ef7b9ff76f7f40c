import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { JsonPath } from '../findings.js';
import { allowedKeys } from '../validate/schema-lookup.js';

/**
 * Puts the keys of every mapping in the order of the schema's properties; extension keys (`x-…`) and
 * keys the schema does not know follow, in the order they were written. Mappings the schema does not
 * describe (inside an `x-` key) are left as they are. Comments and blank lines travel with their key.
 */
export function orderKeysBySchema(document: Document): void {
  // The comments above the first key (such as the schema modeline) head the file, wherever that key goes.
  gatherHeaderComments(document);
  orderNode(document.contents, []);
  gatherHeaderComments(document);
}

/**
 * Puts every comment above the file's first key into the document's header comment, which the library writes
 * followed by one blank line. Left on the first key or the mapping, the library would write them back in a place
 * it then reads as another, and a second run would move them again.
 */
function gatherHeaderComments(document: Document): void {
  const map = document.contents;
  if (!isMap(map)) return;
  const first = map.items[0]?.key;
  const parts = [document.commentBefore, map.commentBefore, isScalar(first) ? first.commentBefore : undefined];
  const header = parts.filter((part): part is string => !!part).join('\n');
  if (header) document.commentBefore = header;
  map.commentBefore = undefined;
  if (isScalar(first)) {
    first.commentBefore = undefined;
    first.spaceBefore = false;
  }
}

/** The same for the first key of a list item: its comment goes above the item's dash. */
function hoistFirstKeyComment(map: YAMLMap): void {
  const first = map.items[0]?.key;
  if (!isScalar(first) || !first.commentBefore) return;
  map.commentBefore = map.commentBefore ? `${map.commentBefore}\n${first.commentBefore}` : first.commentBefore;
  first.commentBefore = undefined;
}

function orderNode(node: Node | null, path: JsonPath): void {
  if (isMap(node)) {
    const order = allowedKeys(path);
    if (order.length > 0) sortPairs(node, order);
    // A blank line right under the parent key means nothing, and the library would write it with trailing spaces.
    const first = node.items[0]?.key;
    if (isScalar(first)) first.spaceBefore = false;
    for (const pair of node.items) {
      if (isScalar(pair.key)) orderNode(pair.value as Node | null, [...path, String(pair.key.value)]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      orderNode(item as Node | null, [...path, index]);
      if (isMap(item)) hoistFirstKeyComment(item);
    });
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
