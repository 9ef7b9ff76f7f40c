import { isCollection, isPair, visit, type Document, type Node } from 'yaml';
import { skipCollectionKey } from './collection-keys.js';

/**
 * The yaml library reads the comment lines after a block collection's last entry as that collection's trailing
 * comment when one of them is indented as deep as the collection. So when a collection ends with a trailing comment
 * (written at its indentation) and the next key or list item after it has comments above it, the library writes
 * both and reads them back as one trailing comment. Reordered keys can bring the two together; they are joined now,
 * as the library will read them, so that a second fmt changes nothing.
 */
export function joinCommentsAfterTrailingComments(document: Document): void {
  visit(document, {
    Map(key, map) {
      if (skipCollectionKey(key, map)) return visit.SKIP;
      map.items.forEach((pair, index) => {
        if (index > 0) join(map.items[index - 1]?.value as Node | null, pair.key as Node | null);
      });
      return undefined;
    },
    Seq(key, seq) {
      if (skipCollectionKey(key, seq)) return visit.SKIP;
      seq.items.forEach((item, index) => {
        if (index > 0) join(seq.items[index - 1] as Node | null, item as Node | null);
      });
      return undefined;
    },
  });
}

function join(previous: Node | null, next: Node | null): void {
  if (!next?.commentBefore) return;
  const target = innermostTrailingComment(previous);
  if (!target) return;
  target.comment = `${target.comment}\n${next.spaceBefore ? '\n' : ''}${next.commentBefore}`;
  next.commentBefore = undefined;
  next.spaceBefore = false;
}

/** The deepest block collection that ends `node` (through the last entry of each) and has a trailing comment. */
function innermostTrailingComment(node: Node | null): Node | undefined {
  let found: Node | undefined;
  let current: unknown = node;
  while (isCollection(current) && !current.flow) {
    if (current.comment) found = current;
    const last: unknown = current.items[current.items.length - 1];
    current = isPair(last) ? last.value : last;
  }
  return found;
}
