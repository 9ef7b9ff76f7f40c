import { Document, isMap, isScalar, isSeq, Scalar, visit, type Document as YamlDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Signatory } from '../model/index.js';
import { quoteAsFmtKeeps } from '../authoring/quoting.js';
import { lineEndingOf, withFinalLineBreakOf, withLineEnding, type LineEnding } from '../util/line-endings.js';

/**
 * Appends signatories to a compact's YAML text. The parsed Document says where the `signatories` list ends and
 * how it is indented; the new entries are rendered by the yaml library and spliced in there. Re-stringifying the
 * whole Document would re-fold every folded (>) block scalar, whatever the lineWidth, so the rest of the file is
 * left byte for byte as it was: comments, blank lines, key order, quoting and line breaks; the new lines end as the
 * file's lines do (LF, or CRLF for a file saved on Windows), and a file without a final line break still has none.
 */
export function appendSignatoriesText(text: string, document: YamlDocument.Parsed, entries: readonly Signatory[], file = 'the file'): string {
  return withFinalLineBreakOf(spliceSignatories(text, document, entries, file), text);
}

function spliceSignatories(text: string, document: YamlDocument.Parsed, entries: readonly Signatory[], file: string): string {
  const root = document.contents;
  if (!isMap(root)) throw new CompactError(t('signatory.notMapping', { file }));
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'signatories') as Pair<Node, Node | null> | undefined;
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const value = pair?.value;
  const eol = lineEndingOf(text);

  if (pair && isSeq(value) && !value.flow && value.items.length > 0) {
    const first = value.items[0] as Node;
    const last = value.items[value.items.length - 1] as Node;
    const column = value.range![0] - lineStart(value.range![0]);
    const lastLineEnd = text.indexOf('\n', Math.max(first.range![0], last.range![1] - 1));
    const insertAt = lastLineEnd === -1 ? text.length : lastLineEnd + 1;
    const prefix = lastLineEnd === -1 ? eol : '';
    return text.slice(0, insertAt) + prefix + renderItems(entries, column, eol) + text.slice(insertAt);
  }

  const itemColumn = sequenceColumn(root, lineStart);
  if (pair && isScalar(pair.key)) {
    // `signatories:` with no value, or a flow list: rewrite just that value as a block list.
    if (isSeq(value) && value.flow && hasCommentsInside(value, text)) {
      throw new CompactError(t('signatory.flowListWithComments', { file }));
    }
    const existing = (document.toJS().signatories ?? []) as Signatory[];
    const keyEnd = pair.key.range![1];
    const colon = text.indexOf(':', keyEnd);
    const valueEnd = value?.range ? value.range[1] : colon + 1;
    return `${text.slice(0, colon + 1)}${eol}${renderItems([...existing, ...entries], itemColumn, eol).replace(/\r?\n$/, '')}${text.slice(valueEnd)}`;
  }
  // The new key goes above a document end marker (...), which may close the file.
  const end = /^\.\.\.(?:[ \t]|\r?$)/m.exec(text)?.index ?? text.length;
  const content = text.slice(0, end);
  const base = content.endsWith('\n') || content === '' ? content : `${content}${eol}`;
  const separator = /\n[ \t]*\r?\n/.test(content) && !/\n[ \t]*\r?\n$/.test(base) && !endsWithKeptBlockScalar(document, text) ? eol : '';
  return `${base}${separator}signatories:${eol}${renderItems(entries, itemColumn, eol)}${text.slice(end)}`;
}

/** True when the file's last value is a block scalar with keep chomping (|+, >+): a blank line after it would be part of its text. */
function endsWithKeptBlockScalar(document: YamlDocument.Parsed, text: string): boolean {
  let last: Scalar | undefined;
  visit(document, {
    Scalar(_key, node) {
      last = node;
    },
  });
  const start = last?.range?.[0];
  return start !== undefined && /^[|>][1-9]?\+/.test(text.slice(start, start + 3));
}

/** True when a comment sits between a flow list's brackets (a comment after the closing bracket is kept as it is). */
function hasCommentsInside(list: YAMLSeq, text: string): boolean {
  let found = Boolean(list.commentBefore);
  visit(list, {
    Node(_key, node) {
      if (node !== list && (node.comment || node.commentBefore)) found = true;
    },
  });
  const inside = list.range ? text.slice(list.range[0], list.range[1]) : '';
  return found || (list.comment ?? '').split('\n').some((line) => inside.includes(`#${line}`));
}

/** The column of the items of the file's first block list (2 when it has none). */
function sequenceColumn(root: YAMLMap, lineStart: (offset: number) => number): number {
  for (const item of root.items) {
    const value = item.value as Node | null;
    if (isSeq(value) && !value.flow && value.range) return value.range[0] - lineStart(value.range[0]);
  }
  return 2;
}

function renderItems(entries: readonly Signatory[], column: number, eol: LineEnding): string {
  const document = new Document(entries, { version: '1.2' });
  // The schema asks for org numbers in quotes, so they stay strings whatever reads the file; fmt keeps those quotes.
  const list = document.contents;
  if (isSeq(list)) list.items.forEach((item) => {
    const orgNumber = isMap(item) ? item.get('org_number', true) : undefined;
    if (orgNumber instanceof Scalar) quoteAsFmtKeeps(orgNumber);
  });
  const rendered = document.toString({ lineWidth: 0 });
  const indent = ' '.repeat(column);
  const indented = rendered
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
  return withLineEnding(indented, eol);
}
