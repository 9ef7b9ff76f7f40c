import type { JsonPath } from '../findings.js';
import type { Compact } from '../model/index.js';
import { markText, markWords, protectText, type ChangeKind, type WordPart } from '../render/change-marks.js';
import type { RedlineDocument } from '../render/redline.js';
import { valueAt } from '../validate/messages.js';
import { PROSE_FIELDS } from './classify.js';
import { identities, isRecord } from './identity.js';
import { isWholeEntry } from './summary.js';
import { wordDiff } from './text.js';
import { summaryParts } from './format/summary-line.js';
import type { Change, DiffResult } from './types.js';

/** Fields a rendered compact shows as words: prose, titles and names, and labels such as a version or a case number. */
const MARKED_FIELDS: ReadonlySet<string> = new Set([...PROSE_FIELDS, 'version', 'reference', 'org_number', 'phone']);

/**
 * What `renderRedline` renders for two revisions and their diff: the after revision, the same with its changes
 * marked, and the items of the diff's summary line (none when nothing changed), which the renderer words in the
 * document's language.
 */
export function redlineDocument(before: Compact, after: Compact, result: DiffResult, since: string): RedlineDocument {
  const summary = summaryParts(result.summary, result.changes);
  return { compact: after, marked: markChanges(before, after, result.changes), since, summary, changed: result.changes.length > 0 };
}

/**
 * The after revision with its changes marked for a redline (see render/change-marks.ts): reworded text word by word,
 * added entries and fields as inserted, removed ones put back where they were as deleted. Ids, dates and states are
 * those of the after revision; every string in it is protected, so that text of its own cannot pass for a mark.
 */
export function markChanges(before: Compact, after: Compact, changes: readonly Change[]): Compact {
  const language = after.language ?? before.language ?? 'sv';
  const document = protectStrings(after) as Compact;
  const removedEntries: Change[] = [];
  for (const change of changes) {
    if (change.kind === 'removed' && isWholeEntry(change)) removedEntries.push(change);
    else markChange(document, change, language);
  }
  // Nested lists first, while the positions in the paths of outer lists still hold; within a list, from its first removal on.
  removedEntries.sort((a, b) => b.path.length - a.path.length || lastIndex(a) - lastIndex(b));
  const lists = new Map<string, string[]>();
  for (const change of removedEntries) putBack(document, before, after, change, lists);
  return document;
}

function markChange(document: Compact, change: Change, language: string): void {
  const field = change.path.at(-1);
  if (change.kind === 'added' && isWholeEntry(change)) {
    setAt(document, change.path, markEntry(change.after, 'inserted'));
    return;
  }
  if (typeof field !== 'string' || !MARKED_FIELDS.has(field)) return;
  if (change.kind === 'changed' && typeof change.before === 'string' && typeof change.after === 'string') {
    const parts: WordPart[] = change.text ?? wordDiff(change.before, change.after, language);
    setAt(document, change.path, markWords(parts.map((part) => ({ ...part, value: protectText(part.value) }))));
  } else if (change.kind === 'added' && typeof change.after === 'string') {
    setAt(document, change.path, markText(protectText(change.after), 'inserted'));
  } else if (change.kind === 'removed' && typeof change.before === 'string') {
    setAt(document, change.path, markText(protectText(change.before), 'deleted'));
  }
}

/**
 * Puts a removed entry back into its list, after the entry that came before it in the before revision (or first,
 * when none of the entries before it is left). `lists` keeps the identities of the entries of each list touched.
 */
function putBack(document: Compact, before: Compact, after: Compact, change: Change, lists: Map<string, string[]>): void {
  const listPath = change.path.slice(0, -1);
  const beforeList = valueAt(before, beforePath(before, after, listPath));
  if (!Array.isArray(beforeList)) return;
  let list = valueAt(document, listPath);
  if (!Array.isArray(list)) {
    if (!setAt(document, listPath, [])) return;
    list = valueAt(document, listPath);
  }
  const entries = list as unknown[];
  const key = JSON.stringify(listPath);
  const afterList = valueAt(after, listPath);
  const present = lists.get(key) ?? identities(Array.isArray(afterList) ? afterList : [], listPath);
  const beforeIds = identities(beforeList, listPath);
  const oldIndex = lastIndex(change);
  let position = 0;
  for (let index = oldIndex - 1; index >= 0; index--) {
    const found = present.indexOf(beforeIds[index]!);
    if (found !== -1) {
      position = found + 1;
      break;
    }
  }
  entries.splice(position, 0, markEntry(change.before, 'deleted'));
  present.splice(position, 0, beforeIds[oldIndex]!);
  lists.set(key, present);
}

/** The path in the before revision of a list whose path is given in after positions: each entry is found by its identity. */
function beforePath(before: Compact, after: Compact, path: JsonPath): JsonPath {
  const result: JsonPath = [];
  path.forEach((segment, depth) => {
    if (typeof segment !== 'number') {
      result.push(segment);
      return;
    }
    const afterList = valueAt(after, path.slice(0, depth));
    const beforeList = valueAt(before, result);
    const identity = Array.isArray(afterList) ? identities(afterList, path.slice(0, depth))[segment] : undefined;
    const index = Array.isArray(beforeList) && identity !== undefined ? identities(beforeList, result).indexOf(identity) : -1;
    result.push(index);
  });
  return result;
}

/** A whole entry, its words marked: every shown field in it (and in the entries nested in it). */
function markEntry(value: unknown, kind: ChangeKind, field?: string): unknown {
  if (typeof value === 'string') return field !== undefined && MARKED_FIELDS.has(field) ? markText(protectText(value), kind) : protectText(value);
  if (Array.isArray(value)) return value.map((item) => markEntry(item, kind, field));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, markEntry(item, kind, name)]));
  return value;
}

function protectStrings(value: unknown): unknown {
  if (typeof value === 'string') return protectText(value);
  if (Array.isArray(value)) return value.map(protectStrings);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, protectStrings(item)]));
  return value;
}

/** Sets the value at a path whose parent exists; false when it does not. */
function setAt(document: unknown, path: JsonPath, value: unknown): boolean {
  const parent = valueAt(document, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return false;
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  return true;
}

function lastIndex(change: Change): number {
  return Number(change.path.at(-1));
}
