import { Alias, visit, type Document, type Node } from 'yaml';
import { skipCollectionKey } from './collection-keys.js';

/** Each alias of a parsed document and the node it stands for, read before an edit moves or replaces anchored nodes. */
export function aliasTargets(document: Document): Map<Alias, Node> {
  const targets = new Map<Alias, Node>();
  visit(document, {
    Alias(_key, alias) {
      const target = alias.resolve(document);
      if (target) targets.set(alias, target);
    },
  });
  return targets;
}

/**
 * YAML reads an alias only after its anchor. Reordering keys can move an alias above its anchor, and replacing an
 * anchored value takes the anchor out of the document while its aliases remain. Either way the first alias (in
 * document order) of such a node takes the node itself, anchor included, and the node's old place, if it is
 * still in the document, becomes an alias: the data reads back the same.
 */
export function placeAnchorsBeforeAliases(document: Document, targets: ReadonlyMap<Alias, Node>): void {
  renameRepeatedAnchors(document, targets);
  const written = new Set<Node>();
  let placed: Node | undefined;
  visit(document, {
    Alias(_key, alias) {
      const target = targets.get(alias);
      if (!target || written.has(target)) return undefined;
      placed = target;
      return target;
    },
    Value(_key, node) {
      if (node === placed) {
        placed = undefined;
        written.add(node);
        return undefined;
      }
      if (!node.anchor) return undefined;
      if (written.has(node)) return new Alias(node.anchor);
      written.add(node);
      return undefined;
    },
  });
}

/** The loader reads a mapping or list used as a key as its text, anchors included: the nodes in it keep their names. */
function nodesInCollectionKeys(document: Document): Set<Node> {
  const nodes = new Set<Node>();
  visit(document, {
    Collection(key, collection) {
      if (!skipCollectionKey(key, collection)) return undefined;
      visit(collection, {
        Node(_key, node) {
          nodes.add(node);
        },
      });
      return visit.SKIP;
    },
  });
  return nodes;
}

/**
 * YAML lets a later anchor reuse a name, and an alias means the latest node of that name above it. Once anchors
 * move that reading would change, so every anchored node gets a name of its own and its aliases follow it.
 */
function renameRepeatedAnchors(document: Document, targets: ReadonlyMap<Alias, Node>): void {
  const anchored = new Set<Node>();
  visit(document, {
    Value(_key, node) {
      if (node.anchor) anchored.add(node);
    },
  });
  for (const target of targets.values()) anchored.add(target);
  const taken = new Set([...anchored].map((node) => node.anchor!));
  const inKeys = nodesInCollectionKeys(document);
  const used = new Set<string>();
  for (const node of anchored) {
    const name = node.anchor!;
    if (!used.has(name) || inKeys.has(node)) {
      used.add(name);
      continue;
    }
    let suffix = 2;
    while (taken.has(`${name}${suffix}`)) suffix += 1;
    node.anchor = `${name}${suffix}`;
    taken.add(node.anchor);
    used.add(node.anchor);
    for (const [alias, target] of targets) if (target === node) alias.source = node.anchor;
  }
}
