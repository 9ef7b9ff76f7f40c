import { highestLevel, levelAtLeast } from './classes.js';
import { keyedList } from './identity.js';
import type { Change, ChangeLevel, DiffSummary, EntryCounts } from './types.js';

/** True when the change concerns an entry as a whole (added, removed, moved, renamed), not one of its fields. */
export function isWholeEntry(change: Pick<Change, 'kind' | 'path'>): boolean {
  if (change.kind === 'renamed') return true;
  if (change.kind === 'changed') return false;
  const last = change.path[change.path.length - 1];
  return typeof last === 'number' && keyedList(change.path.slice(0, -1)) !== undefined;
}

export function summarise(changes: readonly Change[]): DiffSummary {
  const summary: DiffSummary = {
    total: changes.length,
    level: highestLevel(changes.map((change) => change.level)) ?? 'none',
    byLevel: { major: 0, minor: 0, patch: 0 },
    byClass: {},
    entries: {},
  };
  const counted = new Set<string>();
  for (const change of changes) {
    summary.byLevel[change.level]++;
    summary.byClass[change.class] = (summary.byClass[change.class] ?? 0) + 1;
    if (!change.entry) continue;
    const action: keyof EntryCounts = isWholeEntry(change) ? change.kind : 'changed';
    const key = `${change.entry.type}\u0000${change.entry.id}\u0000${action}`;
    if (counted.has(key)) continue;
    counted.add(key);
    const counts = (summary.entries[change.entry.type] ??= { added: 0, removed: 0, changed: 0, moved: 0, renamed: 0 });
    counts[action]++;
  }
  return summary;
}

/** True when a change at `threshold` or above is present (`any`: any change at all). */
export function reachesLevel(summary: DiffSummary, threshold: ChangeLevel | 'any'): boolean {
  if (threshold === 'any') return summary.total > 0;
  return summary.level !== 'none' && levelAtLeast(summary.level, threshold);
}
