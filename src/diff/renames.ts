import { REFERENCES, isRecord } from './identity.js';
import { similarity } from './text.js';

export type RenamableList = keyof typeof REFERENCES;

export interface Rename {
  list: RenamableList;
  from: string;
  to: string;
}

/** The order matters: a party renamed first lets its commitments be compared under the new id. */
const RENAMABLE: readonly RenamableList[] = ['parties', 'principles', 'commitments'];

/**
 * Pairs an entry whose id disappeared with one whose id appeared when they are alike enough:
 * principles and commitments by their text, parties by their name (on the same side).
 */
export function detectRenames(before: unknown, after: unknown, threshold: number, language: string): Rename[] {
  const renames: Rename[] = [];
  let current = before;
  for (const list of RENAMABLE) {
    const found = detectInList(list, current, after, threshold, language);
    for (const rename of found) {
      current = applyRename(current, rename);
      renames.push(rename);
    }
  }
  return renames;
}

function detectInList(list: RenamableList, before: unknown, after: unknown, threshold: number, language: string): Rename[] {
  const beforeEntries = entriesOf(before, list);
  const afterEntries = entriesOf(after, list);
  const beforeIds = new Set(beforeEntries.map((entry) => entry.id));
  const afterIds = new Set(afterEntries.map((entry) => entry.id));
  const gone = beforeEntries.filter((entry) => !afterIds.has(entry.id));
  const come = afterEntries.filter((entry) => !beforeIds.has(entry.id));
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const old of gone) {
    for (const candidate of come) {
      const score = likeness(list, old, candidate, language);
      if (score >= threshold) pairs.push({ from: old.id, to: candidate.id, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const used = new Set<string>();
  const renames: Rename[] = [];
  for (const pair of pairs) {
    if (used.has(`from:${pair.from}`) || used.has(`to:${pair.to}`)) continue;
    used.add(`from:${pair.from}`).add(`to:${pair.to}`);
    renames.push({ list, from: pair.from, to: pair.to });
  }
  return renames;
}

function likeness(list: RenamableList, old: Record<string, unknown>, candidate: Record<string, unknown>, language: string): number {
  if (list === 'parties') {
    if (old.role !== candidate.role) return 0;
    return similarity(String(old.name ?? ''), String(candidate.name ?? ''), language);
  }
  return similarity(String(old.text ?? ''), String(candidate.text ?? ''), language);
}

/** The entries of a top-level list that have a string id, the first of each id only. */
function entriesOf(document: unknown, list: RenamableList): (Record<string, unknown> & { id: string })[] {
  const entries = isRecord(document) && Array.isArray(document[list]) ? (document[list] as unknown[]) : [];
  const seen = new Set<string>();
  const result: (Record<string, unknown> & { id: string })[] = [];
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || seen.has(entry.id)) continue;
    seen.add(entry.id);
    result.push(entry as Record<string, unknown> & { id: string });
  }
  return result;
}

/** A copy of the document with one entry's id changed and every citation of it changed too. */
export function applyRename<T>(document: T, rename: Rename): T {
  const copy = structuredClone(document);
  if (!isRecord(copy)) return copy;
  const entries = copy[rename.list];
  if (Array.isArray(entries)) {
    const entry = entries.find((candidate) => isRecord(candidate) && candidate.id === rename.from);
    if (isRecord(entry)) entry.id = rename.to;
  }
  for (const pattern of REFERENCES[rename.list]) replaceAt(copy, pattern.split('.'), rename.from, rename.to);
  return copy;
}

function replaceAt(node: unknown, pattern: readonly string[], from: string, to: string): void {
  const [head, ...rest] = pattern;
  if (head === undefined) return;
  const container = node as Record<string | number, unknown>;
  const keys: (string | number)[] =
    head === '*' ? (Array.isArray(node) ? node.map((_, index) => index) : []) : isRecord(node) ? [head] : [];
  for (const key of keys) {
    if (rest.length === 0) {
      if (container[key] === from) container[key] = to;
    } else {
      replaceAt(container[key], rest, from, to);
    }
  }
}
