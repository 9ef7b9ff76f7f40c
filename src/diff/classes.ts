import type { ChangeLevel } from './types.js';

interface ClassInfo {
  level: ChangeLevel;
  description: string;
}

/** Every change class with its default level: the one table the diff, `--ignore` and the docs use. */
export const CHANGE_CLASSES = {
  'principle-added': { level: 'major', description: 'a principle was added' },
  'principle-removed': { level: 'major', description: 'a principle was removed' },
  'principle-reworded': { level: 'major', description: "a principle's text was reworded" },
  'principle-retitled': { level: 'minor', description: "a principle's title changed" },
  'principle-renamed': { level: 'minor', description: "a principle's id changed while its text stayed nearly the same" },
  'principle-baseline-changed': { level: 'minor', description: 'a principle maps onto another baseline principle' },
  'outcome-added': { level: 'major', description: 'a planned outcome was added' },
  'outcome-removed': { level: 'major', description: 'a planned outcome was removed' },
  'outcome-reworded': { level: 'major', description: "an outcome's text was reworded" },
  'outcome-retitled': { level: 'minor', description: "an outcome's title changed" },
  'commitment-added': { level: 'major', description: 'a commitment was added' },
  'commitment-removed': { level: 'major', description: 'a commitment was removed' },
  'commitment-reworded': { level: 'major', description: "a commitment's text was reworded" },
  'commitment-renamed': { level: 'minor', description: "a commitment's id changed while its text stayed nearly the same" },
  'commitment-moved-between-parties': { level: 'major', description: 'a commitment now belongs to another party (or to both jointly)' },
  'commitment-lost-principle': { level: 'minor', description: 'a commitment no longer cites a principle' },
  'commitment-gained-principle': { level: 'minor', description: 'a commitment cites a further principle' },
  'commitment-lost-outcome': { level: 'minor', description: 'a commitment no longer cites an outcome' },
  'commitment-gained-outcome': { level: 'minor', description: 'a commitment cites a further outcome' },
  'party-added': { level: 'major', description: 'a party was added' },
  'party-removed': { level: 'major', description: 'a party was removed' },
  'party-renamed': { level: 'minor', description: "a party's name or id changed" },
  'party-changed': { level: 'minor', description: "a party's role or description changed" },
  'section-added': { level: 'minor', description: 'a section of prose was added' },
  'section-removed': { level: 'minor', description: 'a section of prose was removed' },
  'section-changed': { level: 'minor', description: "a section's title or text changed" },
  'definition-added': { level: 'minor', description: 'a term was added to the glossary' },
  'definition-removed': { level: 'minor', description: 'a term was removed from the glossary' },
  'definition-changed': { level: 'minor', description: "a term's definition changed" },
  'body-added': { level: 'minor', description: 'a body (samråd, styrgrupp, partnerskap …) was added' },
  'body-removed': { level: 'minor', description: 'a body was removed' },
  'member-joined': { level: 'minor', description: 'a party now sits in a body' },
  'member-left': { level: 'minor', description: 'a party no longer sits in a body' },
  'meeting-added': { level: 'minor', description: 'a meeting was added' },
  'meeting-removed': { level: 'minor', description: 'a meeting was removed' },
  'meeting-frequency-changed': { level: 'minor', description: 'how often a meeting is held (frequency or times_per_year) changed' },
  'action-plan-added': { level: 'minor', description: 'an action plan was added' },
  'action-plan-removed': { level: 'minor', description: 'an action plan was removed' },
  'governance-changed': { level: 'minor', description: 'another change to the governance: a body, meeting, action plan or role' },
  'contact-changed': { level: 'patch', description: 'a contact was added, removed or changed' },
  'adoption-changed': { level: 'minor', description: 'the adoption (body, date, case number, replaced documents) changed' },
  'decision-added': { level: 'minor', description: 'a political decision was recorded' },
  'decision-removed': { level: 'minor', description: 'a political decision was taken off the record' },
  'decision-changed': { level: 'patch', description: "a decision's details changed" },
  'review-cycle-changed': { level: 'minor', description: 'the review cycle (every how many years) changed' },
  'review-dates-changed': { level: 'patch', description: 'the last or next review date changed' },
  'status-changed': { level: 'minor', description: 'the status changed (draft, adopted, under-revision, …)' },
  'version-changed': { level: 'patch', description: 'the version label changed' },
  'revision-added': { level: 'patch', description: 'a revision was added to the history' },
  'revision-removed': { level: 'minor', description: 'a revision was removed from the history' },
  'revision-changed': { level: 'patch', description: "a revision's date or summary changed" },
  'ended-changed': { level: 'minor', description: 'the record of when and why the compact ended (date, body, case number, reason, successor) changed' },
  'signatory-added': { level: 'minor', description: 'an organisation signed' },
  'signatory-removed': { level: 'minor', description: 'an organisation is no longer a signatory' },
  'signatory-changed': { level: 'patch', description: "a signatory's details (who, role, place, date) changed" },
  'accession-changed': { level: 'patch', description: 'how organisations join, or how many have joined and as of when, changed' },
  'related-document-added': { level: 'minor', description: 'a related document (a strategy, a cooperation plan …) was added' },
  'related-document-removed': { level: 'minor', description: 'a related document was removed' },
  'related-document-changed': { level: 'patch', description: "a related document's title, relation, address or case number changed" },
  'source-changed': { level: 'patch', description: 'the source of the text (address, day retrieved, completeness, note) changed' },
  'title-changed': { level: 'minor', description: "the compact's title changed" },
  'details-changed': { level: 'minor', description: "the compact's id, language, jurisdiction, baseline, web address or extension fields changed" },
  'order-changed': { level: 'patch', description: 'an entry moved within its list' },
  metadata: { level: 'patch', description: 'a typo-level edit of prose: only whitespace, punctuation or letter case changed' },
} as const satisfies Record<string, ClassInfo>;

export type ChangeClass = keyof typeof CHANGE_CLASSES;

export const CHANGE_CLASS_NAMES = Object.keys(CHANGE_CLASSES) as ChangeClass[];

export function isChangeClass(name: string): name is ChangeClass {
  return Object.hasOwn(CHANGE_CLASSES, name);
}

export function levelOf(changeClass: ChangeClass): ChangeLevel {
  return CHANGE_CLASSES[changeClass].level;
}

const RANK: Record<ChangeLevel, number> = { major: 3, minor: 2, patch: 1 };

export function levelAtLeast(level: ChangeLevel, threshold: ChangeLevel): boolean {
  return RANK[level] >= RANK[threshold];
}

export function highestLevel(levels: Iterable<ChangeLevel>): ChangeLevel | undefined {
  let highest: ChangeLevel | undefined;
  for (const level of levels) if (!highest || RANK[level] > RANK[highest]) highest = level;
  return highest;
}
