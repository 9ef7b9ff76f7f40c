import type { Change as WordChange } from 'diff';
import type { JsonPath } from '../findings.js';
import type { ChangeClass } from './classes.js';

export type { WordChange };

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

export type ChangeLevel = 'major' | 'minor' | 'patch';

export const LEVELS: readonly ChangeLevel[] = ['major', 'minor', 'patch'];

/** What kind of entry a change concerns, for wording and counting. */
export type EntryType =
  | 'principle'
  | 'outcome'
  | 'commitment'
  | 'party'
  | 'section'
  | 'definition'
  | 'body'
  | 'member'
  | 'meeting'
  | 'action plan'
  | 'role'
  | 'contact'
  | 'decision'
  | 'revision'
  | 'signatory'
  | 'related document';

/**
 * One difference between two compacts.
 *
 * `path` points into the after document where the changed value exists there, else into the before
 * document: a removed entry's last index is its position before. A `moved` change has the entry's old
 * and new positions as `before` and `after`; a `renamed` change has the old and the new id.
 */
export interface Change {
  kind: ChangeKind;
  path: JsonPath;
  before?: unknown;
  after?: unknown;
  class: ChangeClass;
  level: ChangeLevel;
  /** The entry the change belongs to, e.g. `{ type: 'principle', id: 'oppenhet' }`. */
  entry?: { type: EntryType; id: string };
  /** The change in a sentence, e.g. `principle "oppenhet" renamed to "oppenhet-och-insyn"`. */
  message: string;
  /** Word by word, for changed prose: jsdiff change objects (common, removed and added runs). */
  text?: WordChange[];
}

export interface EntryCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  renamed: number;
}

export interface DiffSummary {
  total: number;
  /** The highest level among the changes, or `none`. */
  level: ChangeLevel | 'none';
  byLevel: Record<ChangeLevel, number>;
  byClass: Partial<Record<ChangeClass, number>>;
  /** How many distinct entries of each type were added, removed, changed, moved or renamed. */
  entries: Partial<Record<EntryType, EntryCounts>>;
}

export interface DiffResult {
  changes: Change[];
  summary: DiffSummary;
}

export interface DiffOptions {
  /** How alike (0–1) the text of a removed and an added principle or commitment must be to count as a rename. Default 0.8. */
  threshold?: number;
  /** Classes to leave out of the result. */
  ignore?: readonly ChangeClass[];
}
