import { isCollection, isMap, isScalar, Scalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { JsonPath } from '../findings.js';
import { allowedKeys } from '../validate/schema-lookup.js';

/**
 * Sets `key` in the mapping at `path`. An existing scalar is changed in place, so its comments stay; a new
 * key is inserted where the schema's order puts it among the keys already there, so the rest of the file
 * keeps its layout.
 */
export function setInSchemaOrder(document: Document, map: YAMLMap, path: JsonPath, key: string, value: unknown): void {
  const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  if (existing) {
    const scalar = existing.value;
    if (isScalar(scalar) && !(value !== null && typeof value === 'object')) {
      // An anchored scalar stays as it was for its aliases; this key gets a new scalar with its comments.
      const edited = scalar.anchor ? new Scalar(value) : scalar;
      if (edited !== scalar) {
        edited.comment = scalar.comment;
        edited.commentBefore = scalar.commentBefore;
        edited.spaceBefore = scalar.spaceBefore;
        existing.value = edited;
      }
      edited.value = value;
      delete edited.type;
    } else {
      existing.value = document.createNode(value);
    }
    return;
  }
  insertPair(document, map, path, key, document.createNode(value));
}

export function insertPair(document: Document, map: YAMLMap, path: JsonPath, key: string, value: Node): void {
  const order = allowedKeys(path);
  const rank = (name: unknown) => {
    const index = order.indexOf(String(name));
    return index === -1 ? order.length : index;
  };
  const wanted = rank(key);
  let at = 0;
  map.items.forEach((pair, index) => {
    if (isScalar(pair.key) && rank(pair.key.value) <= wanted) at = index + 1;
  });
  const pair = document.createPair(key, value);
  // A new section of the file gets the blank line above it that the file's other sections have.
  if (path.length === 0 && isCollection(value) && map.items.some((other) => isScalar(other.key) && other.key.spaceBefore) && isScalar(pair.key)) {
    pair.key.spaceBefore = true;
  }
  map.items.splice(at, 0, pair);
}

/** The mapping at `key` of `map`, created (empty, in schema order) when missing. */
export function mapAt(document: Document, map: YAMLMap, path: JsonPath, key: string): YAMLMap {
  const found = map.get(key, true);
  if (isMap(found)) return found;
  const created = document.createNode({}) as YAMLMap;
  if (found === undefined) insertPair(document, map, path, key, created);
  else map.set(key, created);
  return created;
}
