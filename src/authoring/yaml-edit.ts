import { isDeepStrictEqual } from 'node:util';
import { parseDocument, type Alias, type Document, type Node, type ToStringOptions } from 'yaml';
import { CompactError, LoadError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCompactText } from '../load/index.js';
import { lineEndingOf, withLineBreaksOf, withLineEnding } from '../util/line-endings.js';
import { aliasTargets, placeAnchorsBeforeAliases } from './anchors.js';
import { dropMismatchedTags } from './mismatched-tags.js';
import { foldedAsWrittenTag, keepFoldedScalarsAsWritten, releaseFoldedScalars, writeFoldedScalarsLiteral } from './folded-as-written.js';

/** How every command that rewrites a compact writes YAML: 2-space indentation, prose never re-wrapped. */
export const WRITE_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  flowCollectionPadding: false,
};

/** A compact file parsed for rewriting: the Document keeps comments, blank lines and source tokens. */
export interface EditableCompact {
  file: string;
  /** The text as read: the rewrite keeps its line ending and its line break at the end (or none). */
  text: string;
  document: Document.Parsed;
  /** The data as the loader reads it, to compare with the rewritten text. */
  data: Record<string, unknown>;
  /** The node each alias stands for, as parsed: edits may move or replace anchored nodes. */
  aliases: ReadonlyMap<Alias, Node>;
}

/**
 * Parses YAML text for rewriting. Refuses (exit 2) what the loader refuses — syntax errors, duplicate keys,
 * alias bombs — and a file whose top level is not a compact's mapping.
 */
export function parseForEditing(text: string, file: string): EditableCompact {
  const loaded = parseCompactText(text, file);
  if (!loaded.ok) throw new LoadError(loaded.findings);
  const data = loaded.compact.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('compact' in data)) {
    throw new CompactError(t('fmt.notCompact', { file }));
  }
  const document = parseDocument(withoutBom(text), {
    schema: 'core',
    version: '1.2',
    uniqueKeys: true,
    // As the loader reads it: !!binary, !!set … stay tags on plain values.
    resolveKnownTags: false,
    keepSourceTokens: true,
    customTags: [foldedAsWrittenTag],
    logLevel: 'error',
  });
  dropMismatchedTags(document);
  return { file, text, document, data: data as Record<string, unknown>, aliases: aliasTargets(document) };
}

/**
 * Writes an edited document with WRITE_OPTIONS and the line breaks of the text it was read from. Anchors go back
 * before their aliases; folded prose keeps its source line breaks where that reads back as the same data, else the
 * library lays it out, else it is written literal; text that would not read back as the document's data is never
 * returned.
 */
export function stringifyDocument({ document, file, text, aliases }: EditableCompact): string {
  placeAnchorsBeforeAliases(document, aliases);
  const data = document.toJS();
  for (const layOut of [keepFoldedScalarsAsWritten, releaseFoldedScalars, writeFoldedScalarsLiteral]) {
    layOut(document);
    const written = withLineBreaksReadingBackAs(document.toString(WRITE_OPTIONS), text, data);
    if (written !== undefined) return written;
  }
  throw new CompactError(t('fmt.wouldNotReadBack', { file }));
}

/**
 * `yaml` with the line breaks of `original`, if that reads back as `data`. Dropping the final line break, as the
 * original has none, would shorten a kept (`|+`) block scalar at the end: then the break stays.
 */
function withLineBreaksReadingBackAs(yaml: string, original: string, data: unknown): string | undefined {
  return [withLineBreaksOf(yaml, original), withLineEnding(yaml, lineEndingOf(original))].find((candidate) => readsBackAs(candidate, data));
}

/** True when `text` reads back as exactly `data`: the check that a rewrite changed nothing it should not. */
export function readsBackAs(text: string, data: unknown): boolean {
  const reread = parseCompactText(text);
  return reread.ok && isDeepStrictEqual(reread.compact.data, data);
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
