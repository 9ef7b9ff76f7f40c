import type { JsonPath } from '../findings.js';
import type { ChangeClass } from './classes.js';
import { pathPattern } from './identity.js';
import { isTypoLevel } from './text.js';
import type { RawChange } from './walk.js';
import { ownValue } from '../util/own-value.js';

/** Fields that hold words, where a word diff helps and a typo-level edit is possible. */
export const PROSE_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'text',
  'description',
  'purpose',
  'summary',
  'definition',
  'term',
  'name',
  'organisation',
  'body',
  'role',
  'holder',
  'place',
  'jurisdiction',
  'address',
  'visiting_address',
]);

/** Fields of running prose, whose changes are read word by word rather than as old and new values. */
export const LONG_PROSE_FIELDS: ReadonlySet<string> = new Set(['text', 'description', 'purpose', 'summary', 'definition']);

/** Entries added to or removed from a list: [added, removed]. */
const ENTRY_CLASSES: Record<string, [ChangeClass, ChangeClass]> = {
  principles: ['principle-added', 'principle-removed'],
  commitments: ['commitment-added', 'commitment-removed'],
  'commitments.*.principles': ['commitment-gained-principle', 'commitment-lost-principle'],
  outcomes: ['outcome-added', 'outcome-removed'],
  'commitments.*.outcomes': ['commitment-gained-outcome', 'commitment-lost-outcome'],
  related_documents: ['related-document-added', 'related-document-removed'],
  parties: ['party-added', 'party-removed'],
  sections: ['section-added', 'section-removed'],
  definitions: ['definition-added', 'definition-removed'],
  'governance.bodies': ['body-added', 'body-removed'],
  'governance.bodies.*.members': ['member-joined', 'member-left'],
  'governance.meetings': ['meeting-added', 'meeting-removed'],
  'governance.action_plans': ['action-plan-added', 'action-plan-removed'],
  'governance.roles': ['governance-changed', 'governance-changed'],
  'governance.contacts': ['contact-changed', 'contact-changed'],
  'adoption.replaces': ['adoption-changed', 'adoption-changed'],
  decisions: ['decision-added', 'decision-removed'],
  revisions: ['revision-added', 'revision-removed'],
  signatories: ['signatory-added', 'signatory-removed'],
};

/** Fields whose change has a class of its own. */
const FIELD_CLASSES: Record<string, ChangeClass> = {
  'principles.*.text': 'principle-reworded',
  'principles.*.title': 'principle-retitled',
  'principles.*.baseline': 'principle-baseline-changed',
  'outcomes.*.text': 'outcome-reworded',
  'outcomes.*.title': 'outcome-retitled',
  'commitments.*.text': 'commitment-reworded',
  'governance.meetings.*.frequency': 'meeting-frequency-changed',
  'governance.meetings.*.times_per_year': 'meeting-frequency-changed',
  'commitments.*.party': 'commitment-moved-between-parties',
  'parties.*.name': 'party-renamed',
  'review.cycle_years': 'review-cycle-changed',
  'governance.contacts': 'contact-changed',
  status: 'status-changed',
  version: 'version-changed',
  title: 'title-changed',
};

/** Any other change, by the top-level key it lies under. */
const AREA_CLASSES: Record<string, ChangeClass> = {
  parties: 'party-changed',
  sections: 'section-changed',
  definitions: 'definition-changed',
  governance: 'governance-changed',
  adoption: 'adoption-changed',
  decisions: 'decision-changed',
  review: 'review-dates-changed',
  revisions: 'revision-changed',
  signatories: 'signatory-changed',
  ended: 'ended-changed',
  accession: 'accession-changed',
  related_documents: 'related-document-changed',
  source: 'source-changed',
};

export function classify(change: RawChange): ChangeClass {
  if (change.kind === 'moved') return 'order-changed';
  const { path } = change;
  const last = path[path.length - 1];
  if (typeof last === 'number' && change.kind !== 'changed') {
    const classes = ownValue(ENTRY_CLASSES, pathPattern(path.slice(0, -1)));
    if (classes) return change.kind === 'added' ? classes[0] : classes[1];
  }
  if (isTypoEdit(change)) return 'metadata';
  return fieldClass(path);
}

function isTypoEdit(change: RawChange): boolean {
  const last = change.path[change.path.length - 1];
  return (
    change.kind === 'changed' &&
    typeof last === 'string' &&
    PROSE_FIELDS.has(last) &&
    typeof change.before === 'string' &&
    typeof change.after === 'string' &&
    isTypoLevel(change.before, change.after)
  );
}

function fieldClass(path: JsonPath): ChangeClass {
  for (let length = path.length; length > 0; length--) {
    const found = ownValue(FIELD_CLASSES, pathPattern(path.slice(0, length)));
    if (found) return found;
  }
  return ownValue(AREA_CLASSES, String(path[0])) ?? 'details-changed';
}
