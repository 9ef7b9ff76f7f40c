import { Scalar, visit, type Document } from 'yaml';
import { skipCollectionKey } from './collection-keys.js';

const FLOW_STYLES = new Set<Scalar['type']>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/**
 * Lets the yaml library choose the quoting of every one-line string: plain where that reads back as the
 * same string, quoted where it would not ("2018", "yes: no", "# not a comment"). Block scalars (| and >)
 * keep their style: they hold prose the author laid out.
 */
export function normaliseQuoting(document: Document): void {
  visit(document, {
    Collection: skipCollectionKey,
    Scalar(_key, node) {
      // An empty block scalar (`text: |` with nothing under it) too: the library writes one back with a different end.
      if (typeof node.value === 'string' && (FLOW_STYLES.has(node.type) || node.value === '')) delete node.type;
    },
  });
}
