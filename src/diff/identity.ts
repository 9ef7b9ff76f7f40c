import type { JsonPath } from '../findings.js';
import type { EntryType } from './types.js';
import { ownValue } from '../util/own-value.js';

/** A path with its list positions replaced by `*`: `principles.*.text`. */
export function pathPattern(path: JsonPath): string {
  return path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
}

interface KeyedList {
  type: EntryType;
  /** What makes an entry the same entry in both revisions. */
  key: (entry: Record<string, unknown>) => unknown[];
  /** How the entry is named in a report. */
  label: (entry: Record<string, unknown>) => string;
}

const byId: Pick<KeyedList, 'key' | 'label'> = { key: (entry) => [entry.id], label: (entry) => String(entry.id) };

/** The lists whose entries have an identity; any other list is matched by value. */
const KEYED_LISTS: Record<string, KeyedList> = {
  parties: { type: 'party', ...byId },
  principles: { type: 'principle', ...byId },
  outcomes: { type: 'outcome', ...byId },
  commitments: { type: 'commitment', ...byId },
  related_documents: { type: 'related document', key: (entry) => [normalise(entry.title)], label: (entry) => String(entry.title) },
  sections: { type: 'section', ...byId },
  definitions: { type: 'definition', key: (entry) => [normalise(entry.term)], label: (entry) => String(entry.term) },
  'governance.bodies': { type: 'body', ...byId },
  'governance.bodies.*.members': { type: 'member', key: (entry) => [entry.party], label: (entry) => String(entry.party) },
  'governance.meetings': { type: 'meeting', ...byId },
  'governance.action_plans': { type: 'action plan', ...byId },
  'governance.roles': {
    type: 'role',
    key: (entry) => [normalise(entry.title), entry.party],
    label: (entry) => (entry.party === undefined ? String(entry.title) : `${String(entry.title)} (${String(entry.party)})`),
  },
  'governance.contacts': { type: 'contact', key: (entry) => [normalise(entry.name)], label: (entry) => String(entry.name) },
  decisions: {
    type: 'decision',
    key: (entry) => [entry.date, normalise(entry.body)],
    label: (entry) => `${String(entry.body)} ${String(entry.date)}`,
  },
  revisions: { type: 'revision', key: (entry) => [String(entry.version)], label: (entry) => String(entry.version) },
  signatories: {
    type: 'signatory',
    key: (entry) => [entry.party, normalise(entry.organisation)],
    label: (entry) => `${String(entry.organisation)} (${String(entry.party)})`,
  },
};

export function keyedList(listPath: JsonPath): KeyedList | undefined {
  return ownValue(KEYED_LISTS, pathPattern(listPath));
}

/** Names and titles compare without regard to case, spacing or Unicode form. */
function normalise(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv') : value;
}

/** Each entry's identity as a string; a second entry with the same identity gets `#2`, and so on. */
export function identities(list: readonly unknown[], listPath: JsonPath): string[] {
  const spec = keyedList(listPath);
  const seen = new Map<string, number>();
  return list.map((entry) => {
    const base = spec && isRecord(entry) ? JSON.stringify(spec.key(entry)) : JSON.stringify(entry ?? null);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/** The typed entry a path lies in (the innermost one), and how deep its own path is. */
export function entryAt(path: JsonPath, root: unknown): { type: EntryType; id: string; depth: number } | undefined {
  let found: { type: EntryType; id: string; depth: number } | undefined;
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    if (typeof segment === 'number') {
      const spec = keyedList(path.slice(0, depth));
      const entry = Array.isArray(node) ? node[segment] : undefined;
      if (spec && isRecord(entry)) found = { type: spec.type, id: spec.label(entry), depth: depth + 1 };
    }
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return found;
}

/** Where each kind of id is cited, so that a renamed id can be followed through the document. */
export const REFERENCES: Record<'principles' | 'parties' | 'commitments', readonly string[]> = {
  principles: ['commitments.*.principles.*'],
  parties: [
    'commitments.*.party',
    'governance.bodies.*.members.*.party',
    'governance.meetings.*.organiser',
    'governance.roles.*.party',
    'governance.contacts.*.party',
    'signatories.*.party',
  ],
  commitments: [],
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
