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
 * Keeps the comments above the file's first key on the mapping, so they stay above whichever key comes first; a
 * header followed by a blank line belongs to the document and keeps that blank line.
 */
function gatherHeaderComments(document: Document): void {
  const map = document.contents;
  if (!isMap(map)) return;
  hoistFirstKeyComment(map);
  const first = map.items[0]?.key;
  if (isScalar(first)) first.spaceBefore = false;
}

/**
 * Moves the comment of a mapping's first key to the mapping. The library writes the first key's comment of a list
 * item after the dash but reads it back as the item's, so without this a second run would move it again.
 */
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
