import { isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { skipCollectionKey } from './collection-keys.js';

const CORE = 'tag:yaml.org,2002:';

/**
 * Drops the YAML core tags that do not fit their node (`!!int x`, `!!null y`, `!!str []`). The loader cannot
 * resolve them and reads the value as written (with a warning), but the node written back with its tag would
 * mean another value (`!!int .nan`, `!!null null`) or none at all.
 */
export function dropMismatchedTags(document: Document): void {
  visit(document, {
    Node(key, node) {
      if (skipCollectionKey(key, node)) return visit.SKIP;
      if (node.tag?.startsWith(CORE) && !fits(node, node.tag.slice(CORE.length))) delete node.tag;
    },
  });
}

function fits(node: Node, kind: string): boolean {
  if (isSeq(node)) return ['seq', 'omap', 'pairs'].includes(kind);
  if (isMap(node)) return ['map', 'set'].includes(kind);
  if (!isScalar(node)) return true;
  const { value } = node;
  switch (kind) {
    case 'str':
      return typeof value === 'string';
    case 'int':
    case 'float':
      return typeof value === 'number' || typeof value === 'bigint';
    case 'bool':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      return true;
  }
}
