import type { JsonPath } from '../findings.js';
import type { Compact } from '../model/index.js';
import { markText, markWords, protectText, type ChangeKind, type WordPart } from '../render/change-marks.js';
import { FieldChange } from '../render/field-change.js';
import { attachNote, type RedlineNote } from '../render/redline-notes.js';
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
/** Fields that name other entries or say how to read the file: they are never shown as changed values. */
const REFERENCE_FIELDS: ReadonlySet<string> = new Set(['id', 'party', 'principles', 'organiser', 'baseline', 'compact', 'language', 'url', 'email', 'replaces']);

/**
 * What `renderRedline` renders for two revisions and their diff: the after revision, the same with its changes
 * marked, and the items of the diff's summary line (none when nothing changed), which the renderer words in the
 * document's language.
 */
export function redlineDocument(before: Compact, after: Compact, result: DiffResult, since: string): RedlineDocument {
  const summary = summaryParts(result.summary, result.changes);
  const earlier = { ...(typeof before.version === 'string' ? { version: before.version } : {}), ...(typeof before.adoption?.date === 'string' ? { adopted: before.adoption.date } : {}) };
  return { compact: after, marked: markChanges(before, after, result.changes), since, earlier, summary, changed: result.changes.length > 0 };
}

/**
 * The after revision with its changes marked for a redline (see render/change-marks.ts): reworded text word by word,
 * added entries and fields as inserted, removed ones put back where they were as deleted. Ids, dates and states are
 * those of the after revision; every string in it is protected, so that text of its own cannot pass for a mark.
 */
export function markChanges(before: Compact, after: Compact, changes: readonly Change[]): Compact {
  const language = after.language ?? before.language ?? 'sv';
  const document = protectStrings(after) as Compact;
  const removedEntries: { change: Change; note?: RedlineNote }[] = [];
  /** The identities of renamed entries, before → after, so that an entry put back finds the one it followed. */
  const renamed = new Map<string, string>();
  const moved = changes.flatMap((change) => movedEntry(change) ?? []);
  const movedPaths = moved.map((move) => JSON.stringify(move.path));
  // A removal's path holds its position before; every other change's, its position after.
  const insideMoved = (change: Change) => change.kind !== 'removed' && moved.some((move) => move.change !== change && isWithin(change.path, move.path));
  for (const move of moved) {
    const entryBefore = valueAt(before, beforePath(before, after, move.path));
    const oldIndex = beforeIndex(before, after, move.path);
    if (entryBefore === undefined || oldIndex === undefined) continue;
    const marked = markEntry(valueAt(after, move.path), 'inserted');
    attachNote(marked, move.from);
    setAt(document, move.path, marked);
    removedEntries.push({ change: { ...move.change, kind: 'removed', path: [...move.path.slice(0, -1), oldIndex], before: entryBefore }, note: move.to });
  }
  const lostCitations: Change[] = [];
  for (const change of changes) {
    if (movedPaths.includes(JSON.stringify(movedEntry(change)?.path)) || insideMoved(change)) continue;
    if (isCitation(change) && change.kind === 'removed') lostCitations.push(change);
    else if (isCitation(change) && change.kind === 'added') setAt(document, change.path, new FieldChange(undefined, protectText(String(change.after)), language));
    else if (change.kind === 'removed' && isWholeEntry(change)) removedEntries.push({ change });
    else if (change.kind === 'renamed') {
      const entryPath = change.path.at(-1) === 'id' ? change.path.slice(0, -1) : change.path;
      attachNote(valueAt(document, entryPath), { kind: 'renamed', before: String(change.before), after: String(change.after) });
      renamed.set(JSON.stringify([change.before]), JSON.stringify([change.after]));
    }
    else markChange(document, change, language);
  }
  for (const change of [...lostCitations].sort((a, b) => lastIndex(a) - lastIndex(b))) putBackCitation(document, before, after, change, language);
  // Nested lists first, while the positions in the paths of outer lists still hold; within a list, from its first removal on.
  removedEntries.sort((a, b) => b.change.path.length - a.change.path.length || lastIndex(a.change) - lastIndex(b.change));
  const lists = new Map<string, string[]>();
  for (const { change, note } of removedEntries) putBack(document, before, after, change, lists, renamed, note);
  return document;
}

interface MovedEntry {
  change: Change;
  /** The entry's path in the after revision. */
  path: JsonPath;
  from: RedlineNote;
  to: RedlineNote;
}

/**
 * An entry that moved within its list, or a commitment that moved to another party: shown where it was as deleted
 * and where it is as inserted, each with a note saying where it went or came from.
 */
function movedEntry(change: Change): MovedEntry | undefined {
  if (change.kind === 'moved' && typeof change.before === 'number' && typeof change.after === 'number') {
    return { change, path: change.path, from: { kind: 'moved-from-position', position: change.before + 1 }, to: { kind: 'moved-to-position', position: change.after + 1 } };
  }
  if (change.class === 'commitment-moved-between-parties' && change.path.at(-1) === 'party' && typeof change.before === 'string' && typeof change.after === 'string') {
    return { change, path: change.path.slice(0, -1), from: { kind: 'moved-from-party', party: change.before }, to: { kind: 'moved-to-party', party: change.after } };
  }
  return undefined;
}

function isWithin(path: JsonPath, ancestor: JsonPath): boolean {
  return path.length >= ancestor.length && ancestor.every((segment, index) => path[index] === segment);
}

/** A principle or outcome a commitment gained or lost: the id in its list is marked, where the document lists it. */
function isCitation(change: Change): boolean {
  return CITATION_CLASSES.has(change.class) && typeof change.path.at(-1) === 'number';
}

const CITATION_CLASSES: ReadonlySet<string> = new Set(['commitment-gained-principle', 'commitment-lost-principle', 'commitment-gained-outcome', 'commitment-lost-outcome']);

/** Puts a lost citation back into the commitment's list as deleted, after the id that came before it in the before revision. */
function putBackCitation(document: Compact, before: Compact, after: Compact, change: Change, language: string): void {
  const listPath = change.path.slice(0, -1);
  const beforeList = valueAt(before, beforePath(before, after, listPath));
  if (!Array.isArray(beforeList)) return;
  if (!Array.isArray(valueAt(document, listPath)) && !setAt(document, listPath, [])) return;
  const list = valueAt(document, listPath) as unknown[];
  const earlierIds = beforeList.slice(0, lastIndex(change)).map((id) => protectText(String(id)));
  const previous = list.findLastIndex((cited) => earlierIds.includes(String(cited instanceof FieldChange ? (cited.before ?? cited.after) : cited)));
  list.splice(previous + 1, 0, new FieldChange(protectText(String(change.before)), undefined, language));
}

/** The position in the before revision of the entry at an after path. */
function beforeIndex(before: Compact, after: Compact, path: JsonPath): number | undefined {
  const index = beforePath(before, after, path).at(-1);
  return typeof index === 'number' && index >= 0 ? index : undefined;
}

function markChange(document: Compact, change: Change, language: string): void {
  const field = change.path.at(-1);
  if (change.kind === 'added' && isWholeEntry(change)) {
    setAt(document, change.path, markEntry(change.after, 'inserted'));
    return;
  }
  if (typeof field !== 'string' || REFERENCE_FIELDS.has(field)) return;
  if (!MARKED_FIELDS.has(field)) {
    if (isShownValue(change.before) || isShownValue(change.after)) setAt(document, change.path, new FieldChange(shown(change.before), shown(change.after), language));
    return;
  }
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
function isShownValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isCountRange(value);
}

/** A range such as a meeting's times_per_year `{min: 2, max: 4}`: shown as one value, in words. */
function isCountRange(value: unknown): value is { min: number; max: number } {
  return isRecord(value) && typeof value.min === 'number' && typeof value.max === 'number';
}

function shown(value: unknown): unknown {
  return isShownValue(value) ? (typeof value === 'string' ? protectText(value) : value) : undefined;
}

/** Marks the identity of a moved entry's copy where it was, in the lists of identities put back. */
const MOVED_COPY = 'moved-from:';

function putBack(document: Compact, before: Compact, after: Compact, change: Change, lists: Map<string, string[]>, renamed: ReadonlyMap<string, string>, note?: RedlineNote): void {
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
    const id = beforeIds[index]!;
    // An entry that moved stands twice: the one that came before this entry is its copy where it was.
    const movedCopy = present.indexOf(`${MOVED_COPY}${id}`);
    const found = movedCopy !== -1 ? movedCopy : present.indexOf(renamed.get(id) ?? id);
    if (found !== -1) {
      position = found + 1;
      break;
    }
  }
  const entry = markEntry(change.before, 'deleted');
  if (note) attachNote(entry, note);
  entries.splice(position, 0, entry);
  present.splice(position, 0, note ? `${MOVED_COPY}${beforeIds[oldIndex]!}` : beforeIds[oldIndex]!);
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
  if (typeof value === 'string') {
    if (field !== undefined && MARKED_FIELDS.has(field)) return markText(protectText(value), kind);
    if (field !== undefined && !REFERENCE_FIELDS.has(field)) return kind === 'inserted' ? new FieldChange(undefined, protectText(value)) : new FieldChange(protectText(value), undefined);
    return protectText(value);
  }
  if ((typeof value === 'number' || typeof value === 'boolean' || isCountRange(value)) && field !== undefined && !REFERENCE_FIELDS.has(field)) {
    return kind === 'inserted' ? new FieldChange(undefined, value) : new FieldChange(value, undefined);
  }
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
