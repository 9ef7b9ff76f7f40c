import { t } from '../../i18n/index.js';
import type { ChangeClass } from '../classes.js';
import type { Change, DiffSummary, EntryCounts, EntryType } from '../types.js';

const ACTIONS: readonly (keyof EntryCounts)[] = ['added', 'removed', 'renamed', 'changed', 'moved'];

/** One item of a summary line: how many entries of a kind something happened to, or how many changes of a class outside any entry. */
export type SummaryPart =
  | { type: EntryType; action: keyof EntryCounts; count: number }
  | { changeClass: ChangeClass; count: number };

/** The items of the summary line, in its order: entries by kind and action, then the other changes by class. */
export function summaryParts(summary: DiffSummary, changes: readonly Change[]): SummaryPart[] {
  const parts: SummaryPart[] = [];
  for (const [type, counts] of Object.entries(summary.entries) as [EntryType, EntryCounts][]) {
    for (const action of ACTIONS) {
      const count = counts[action];
      if (count > 0) parts.push({ type, action, count });
    }
  }
  const others = new Map<ChangeClass, number>();
  for (const change of changes) if (!change.entry) others.set(change.class, (others.get(change.class) ?? 0) + 1);
  for (const [changeClass, count] of others) parts.push({ changeClass, count });
  return parts;
}

/** `2 principles changed, 5 commitments added, status changed`: what a revision did, in one line. */
export function summaryLine(summary: DiffSummary, changes: readonly Change[]): string {
  return summaryParts(summary, changes)
    .map((part) =>
      'type' in part
        ? t('diff.summary.entries', { count: part.count, type: part.type.replace(/ /g, '_'), action: part.action })
        : t('diff.summary.other', { change: part.changeClass.replace(/-/g, '_'), count: part.count }),
    )
    .join(', ');
}

/** `major (2 major, 3 minor, 1 patch)`. */
export function levelLine(summary: DiffSummary): string {
  const { major, minor, patch } = summary.byLevel;
  return t('diff.levels', { level: summary.level, major, minor, patch });
}
