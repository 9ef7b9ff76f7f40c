import { t } from '../i18n/index.js';
import { formatPath, type JsonPath } from '../findings.js';
import { LONG_PROSE_FIELDS } from './classify.js';
import { entryAt, isRecord, keyedList } from './identity.js';
import { slugify } from '../util/suggest.js';
import { isWholeEntry } from './summary.js';
import type { Change } from './types.js';

type Described = Omit<Change, 'message'>;

/** One sentence saying what changed, naming the entry by its id (or term, organisation, version …). */
export function describe(change: Described, after: unknown): string {
  const subject = change.entry ? entrySubject(change.entry.type, change.entry.id) : undefined;
  switch (change.class) {
    case 'commitment-gained-principle':
      return t('diff.gainedPrinciple', { subject, principle: named(change.after, 'principles', 'title', after) });
    case 'commitment-lost-principle':
      return t('diff.lostPrinciple', { subject, principle: named(change.before, 'principles', 'title', after) });
    case 'commitment-moved-between-parties':
      return t('diff.movedBetweenParties', { subject, from: named(change.before, 'parties', 'name', after), to: named(change.after, 'parties', 'name', after) });
    case 'commitment-gained-outcome':
      return t('diff.gainedOutcome', { subject, outcome: named(change.after, 'outcomes', 'title', after) });
    case 'commitment-lost-outcome':
      return t('diff.lostOutcome', { subject, outcome: named(change.before, 'outcomes', 'title', after) });
    case 'member-joined':
      return t('diff.memberJoined', { party: quote(change.entry?.id), body: bodyOf(change.path, after) });
    case 'member-left':
      return t('diff.memberLeft', { party: quote(change.entry?.id), body: bodyOf(change.path, after) });
    default:
      break;
  }
  if (change.kind === 'renamed') return t('diff.renamed', { subject: entrySubject(change.entry?.type ?? 'entry', change.before), after: quote(change.after) });
  if (subject && isWholeEntry(change)) return wholeEntry(change, subject);
  const field = fieldName(change);
  const where = subject ? `${subject}: ${field}` : field;
  if (change.class === 'metadata') return t('diff.metadata', { where });
  if (change.kind === 'added') return t('diff.fieldAdded', { where, value: show(change.after) });
  if (change.kind === 'removed') return t('diff.fieldRemoved', { where, value: show(change.before) });
  if (change.kind === 'moved') return t('diff.moved', { what: where, from: Number(change.before) + 1, to: Number(change.after) + 1 });
  if (showsWords(change)) return t('diff.reworded', { where });
  return t('diff.changed', { where, before: show(change.before), after: show(change.after) });
}

function wholeEntry(change: Described, subject: string): string {
  if (change.kind === 'moved') return t('diff.moved', { what: subject, from: Number(change.before) + 1, to: Number(change.after) + 1 });
  const entry = change.kind === 'added' ? change.after : change.before;
  const heading = isRecord(entry) ? (entry.title ?? entry.name) : undefined;
  const detail = typeof heading === 'string' && heading !== change.entry?.id ? `: ${truncate(heading, 80)}` : '';
  return t('diff.wholeEntry', { subject, kind: change.kind, detail });
}

/** The field's path within its entry (or from the top of the compact). */
function fieldName(change: Described): string {
  const entry = change.entry ? entryDepth(change.path) : 0;
  const rest: JsonPath = change.path.slice(entry);
  return rest.length > 0 ? formatPath(rest).replace(/^\./, '') : formatPath(change.path);
}

/** How deep the path's innermost typed entry lies (0 when the path is in no entry). */
function entryDepth(path: JsonPath): number {
  for (let depth = path.length; depth > 0; depth--) {
    if (typeof path[depth - 1] === 'number' && keyedList(path.slice(0, depth - 1))) return depth;
  }
  return 0;
}

function bodyOf(path: JsonPath, after: unknown): string {
  const body = entryAt(path.slice(0, 3), after);
  return body ? t('diff.body', { body: quote(body.id) }) : t('diff.someBody');
}

/** `"kommunen" (Exempelby kommun)`: an id with the name or title its entry has in the new revision, for readers who do not know the ids. */
function named(id: unknown, list: 'parties' | 'principles' | 'outcomes', field: 'name' | 'title', after: unknown): string {
  const entries = isRecord(after) && Array.isArray(after[list]) ? (after[list] as unknown[]) : [];
  const entry = entries.find((candidate) => isRecord(candidate) && candidate.id === id);
  const label = isRecord(entry) ? entry[field] : undefined;
  return typeof label === 'string' && slugify(label) !== id ? `${quote(id)} (${truncate(label, 60)})` : quote(id);
}

/** `commitment "x"` / `åtagandet "x"`: an entry named by its kind and id. */
function entrySubject(type: string, id: unknown): string {
  return t('diff.subject', { type: type.replace(/ /g, '_'), id: quote(id) });
}

function quote(value: unknown): string {
  return `"${String(value)}"`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return quote(truncate(value, 60));
  if (isCountRange(value)) return countRange(value);
  return truncate(JSON.stringify(value) ?? t('schema.value.nothing'), 60);
}

/** A range such as a meeting's times_per_year `{min: 2, max: 4}`, with nothing else in it. */
function isCountRange(value: unknown): value is { min: number; max: number } {
  return isRecord(value) && typeof value.min === 'number' && typeof value.max === 'number' && Object.keys(value).length === 2;
}

/** `2–4`, as a range of numbers is written in both languages; `3` when both ends are the same. */
function countRange(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Whether a change is best read as a word diff: reworded running prose, or a typo-level edit. */
export function showsWords(change: Pick<Change, 'class' | 'path' | 'text'>): boolean {
  const field = change.path[change.path.length - 1];
  return change.text !== undefined && (change.class === 'metadata' || (typeof field === 'string' && LONG_PROSE_FIELDS.has(field)));
}

/** The prose of a whole entry added or removed (a principle's or commitment's text, a definition), to read in full. */
export function entryProse(change: Pick<Change, 'kind' | 'path' | 'before' | 'after'>): string | undefined {
  if ((change.kind !== 'added' && change.kind !== 'removed') || !isWholeEntry(change)) return undefined;
  const entry = change.kind === 'added' ? change.after : change.before;
  if (!isRecord(entry)) return undefined;
  const prose = entry.text ?? entry.definition ?? entry.purpose ?? entry.summary;
  return typeof prose === 'string' ? prose.trim() : undefined;
}
