import type { ChangeClass } from '../classes.js';
import type { Change, DiffSummary, EntryCounts, EntryType } from '../types.js';

const PLURALS: Record<EntryType, string> = {
  principle: 'principles',
  commitment: 'commitments',
  party: 'parties',
  section: 'sections',
  definition: 'definitions',
  body: 'bodies',
  member: 'members',
  meeting: 'meetings',
  'action plan': 'action plans',
  role: 'roles',
  contact: 'contacts',
  decision: 'decisions',
  revision: 'revisions',
  signatory: 'signatories',
};

const ACTIONS: readonly (keyof EntryCounts)[] = ['added', 'removed', 'renamed', 'changed', 'moved'];

/** `2 principles changed, 5 commitments added, status changed`: what a revision did, in one line. */
export function summaryLine(summary: DiffSummary, changes: readonly Change[]): string {
  const parts: string[] = [];
  for (const [type, counts] of Object.entries(summary.entries) as [EntryType, EntryCounts][]) {
    for (const action of ACTIONS) {
      const count = counts[action];
      if (count > 0) parts.push(`${count} ${count === 1 ? type : PLURALS[type]} ${action}`);
    }
  }
  const others = new Map<ChangeClass, number>();
  for (const change of changes) if (!change.entry) others.set(change.class, (others.get(change.class) ?? 0) + 1);
  for (const [changeClass, count] of others) parts.push(`${changeClass.replace(/-/g, ' ')}${count > 1 ? ` (${count})` : ''}`);
  return parts.join(', ');
}

/** `major (2 major, 3 minor, 1 patch)`. */
export function levelLine(summary: DiffSummary): string {
  const { major, minor, patch } = summary.byLevel;
  return `${summary.level} (${major} major, ${minor} minor, ${patch} patch)`;
}
