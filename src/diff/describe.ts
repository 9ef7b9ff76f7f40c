import { formatPath, type JsonPath } from '../findings.js';
import { LONG_PROSE_FIELDS } from './classify.js';
import { entryAt, isRecord, keyedList } from './identity.js';
import { slugify } from '../util/suggest.js';
import { isWholeEntry } from './summary.js';
import type { Change } from './types.js';

type Described = Omit<Change, 'message'>;

/** One sentence saying what changed, naming the entry by its id (or term, organisation, version …). */
export function describe(change: Described, after: unknown): string {
  const subject = change.entry ? `${change.entry.type} ${quote(change.entry.id)}` : undefined;
  switch (change.class) {
    case 'commitment-gained-principle':
      return `${subject} now serves principle ${named(change.after, 'principles', 'title', after)}`;
    case 'commitment-lost-principle':
      return `${subject} no longer serves principle ${named(change.before, 'principles', 'title', after)}`;
    case 'commitment-moved-between-parties':
      return `${subject} moved from party ${named(change.before, 'parties', 'name', after)} to ${named(change.after, 'parties', 'name', after)}`;
    case 'commitment-gained-outcome':
      return `${subject} now serves outcome ${named(change.after, 'outcomes', 'title', after)}`;
    case 'commitment-lost-outcome':
      return `${subject} no longer serves outcome ${named(change.before, 'outcomes', 'title', after)}`;
    case 'member-joined':
      return `party ${quote(change.entry?.id)} joined ${bodyOf(change.path, after)}`;
    case 'member-left':
      return `party ${quote(change.entry?.id)} left ${bodyOf(change.path, after)}`;
    default:
      break;
  }
  if (change.kind === 'renamed') return `${change.entry?.type ?? 'entry'} ${quote(change.before)} renamed to ${quote(change.after)}`;
  if (subject && isWholeEntry(change)) return wholeEntry(change, subject);
  const field = fieldName(change);
  const where = subject ? `${subject}: ${field}` : field;
  if (change.class === 'metadata') return `${where} edited (whitespace, punctuation or letter case only)`;
  if (change.kind === 'added') return `${where} added: ${show(change.after)}`;
  if (change.kind === 'removed') return `${where} removed (was ${show(change.before)})`;
  if (change.kind === 'moved') return `${where} moved from position ${Number(change.before) + 1} to ${Number(change.after) + 1}`;
  if (showsWords(change)) return `${where} reworded`;
  return `${where} changed from ${show(change.before)} to ${show(change.after)}`;
}

function wholeEntry(change: Described, subject: string): string {
  if (change.kind === 'moved') return `${subject} moved from position ${Number(change.before) + 1} to ${Number(change.after) + 1}`;
  const entry = change.kind === 'added' ? change.after : change.before;
  const heading = isRecord(entry) ? (entry.title ?? entry.name) : undefined;
  const detail = typeof heading === 'string' && heading !== change.entry?.id ? `: ${truncate(heading, 80)}` : '';
  return `${subject} ${change.kind}${detail}`;
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
  return body ? `body ${quote(body.id)}` : 'a body';
}

/** `"kommunen" (Exempelby kommun)`: an id with the name or title its entry has in the new revision, for readers who do not know the ids. */
function named(id: unknown, list: 'parties' | 'principles' | 'outcomes', field: 'name' | 'title', after: unknown): string {
  const entries = isRecord(after) && Array.isArray(after[list]) ? (after[list] as unknown[]) : [];
  const entry = entries.find((candidate) => isRecord(candidate) && candidate.id === id);
  const label = isRecord(entry) ? entry[field] : undefined;
  return typeof label === 'string' && slugify(label) !== id ? `${quote(id)} (${truncate(label, 60)})` : quote(id);
}

function quote(value: unknown): string {
  return `"${String(value)}"`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return quote(truncate(value, 60));
  return truncate(JSON.stringify(value) ?? 'nothing', 60);
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
