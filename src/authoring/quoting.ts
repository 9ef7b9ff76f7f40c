import { Scalar, visit, type Document } from 'yaml';
import { skipCollectionKey } from './collection-keys.js';

const FLOW_STYLES = new Set<Scalar['type']>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);
const QUOTED_STYLES = new Set<Scalar['type']>([Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/** Words a YAML 1.1 reader takes for a boolean or null. */
const YAML_1_1_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL)$/;
/** Numbers in any YAML 1.1 form (octal 0644, hex, binary, 1_000, sexagesimal 1:30, .inf, .nan). */
const YAML_1_1_NUMBER = /^(?:[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN))$/;
/**
 * Digits with separators: organisationsnummer (802412-3450), dates (2026-03-01, 2008-05), phone numbers
 * (08-000 000 00), case numbers (2024/15). A YAML 1.1 reader takes some of them for a date or a number.
 */
const DIGITS_WITH_SEPARATORS = /^[-+]?[0-9][0-9 _.,:/-]*$/;

/**
 * True when quotes around this text protect it: without them a YAML 1.1 reader (PyYAML, older tools) would
 * read, or could be taken to read, a number, a date, a boolean or null instead of the text.
 */
export function quotesProtect(text: string): boolean {
  return YAML_1_1_WORDS.test(text) || YAML_1_1_NUMBER.test(text) || DIGITS_WITH_SEPARATORS.test(text);
}

/**
 * The one quoting rule of every command that writes a compact: a one-line string is written plain where that
 * reads back as the same string, quoted where it would not ("2018", "yes: no", "# not a comment"); quotes that
 * protect a text from a YAML 1.1 reader (see quotesProtect) are kept, not removed. Block scalars (| and >)
 * keep their style: they hold prose the author laid out.
 */
export function normaliseQuoting(document: Document): void {
  visit(document, {
    Collection: skipCollectionKey,
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (QUOTED_STYLES.has(node.type) && quotesProtect(node.value)) return;
      // An empty block scalar (`text: |` with nothing under it) too: the library writes one back with a different end.
      if (FLOW_STYLES.has(node.type) || node.value === '') delete node.type;
    },
  });
}

/** Quotes a new scalar the writers add as fmt would keep it: double quotes where they protect the text. */
export function quoteAsFmtKeeps(node: Scalar): void {
  if (typeof node.value === 'string' && quotesProtect(node.value)) node.type = Scalar.QUOTE_DOUBLE;
}
