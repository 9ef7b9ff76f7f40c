import { isCollection, visit } from 'yaml';

/**
 * The loader reads a mapping or list used as a key as its text, with its quotes, tags, anchors and comments: a
 * rewrite leaves such a key as it is. Returned by a visitor, this skips the node when it is one.
 */
export function skipCollectionKey(key: number | 'key' | 'value' | null, node: unknown): typeof visit.SKIP | undefined {
  return key === 'key' && isCollection(node) ? visit.SKIP : undefined;
}
