import type { Change } from './types.js';

export interface ChangeGroup {
  title: string;
  changes: Change[];
}

const GROUPS: readonly { title: string; keys: readonly string[] }[] = [
  { title: 'Principles', keys: ['principles'] },
  { title: 'Outcomes', keys: ['outcomes'] },
  { title: 'Commitments', keys: ['commitments'] },
  { title: 'Parties', keys: ['parties'] },
  { title: 'Sections and definitions', keys: ['sections', 'definitions'] },
  { title: 'Governance', keys: ['governance'] },
  { title: 'Adoption and review', keys: ['status', 'adoption', 'decisions', 'review', 'revisions', 'version', 'ended'] },
  { title: 'Signatories', keys: ['signatories', 'accession'] },
  { title: 'Related documents and source', keys: ['related_documents', 'source'] },
];

const METADATA = 'Metadata';

/** The area of the compact a change belongs to, by the top-level key its path starts with. */
export function groupOf(change: Change): string {
  const key = String(change.path[0] ?? '');
  return GROUPS.find((group) => group.keys.includes(key))?.title ?? METADATA;
}

/** Changes by area, in the order the areas appear in a compact; empty areas are left out. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const order = [...GROUPS.map((group) => group.title), METADATA];
  return order
    .map((title) => ({ title, changes: changes.filter((change) => groupOf(change) === title) }))
    .filter((group) => group.changes.length > 0);
}

/** The order areas appear in; for sorting changes. */
export function groupRank(change: Change): number {
  const index = GROUPS.findIndex((group) => group.title === groupOf(change));
  return index === -1 ? GROUPS.length : index;
}
