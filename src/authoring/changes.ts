import { formatPath, type JsonPath } from '../findings.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs between two versions of a compact. */
export interface FieldChange {
  kind: ChangeKind;
  path: JsonPath;
  before?: unknown;
  after?: unknown;
}

/**
 * The fields that differ between two data trees, leaf by leaf; list entries are compared by position,
 * so an appended entry is one addition.
 */
export function listFieldChanges(before: unknown, after: unknown, path: JsonPath = []): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ kind: 'added', path, after }];
  if (after === undefined) return [{ kind: 'removed', path, before }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => listFieldChanges(before[index], after[index], [...path, index])).flat();
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => listFieldChanges(before[key], after[key], [...path, key]));
  }
  return [{ kind: 'changed', path, before, after }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface ChangeStyle {
  added: (text: string) => string;
  removed: (text: string) => string;
  changed: (text: string) => string;
}

const PLAIN: ChangeStyle = { added: (text) => text, removed: (text) => text, changed: (text) => text };

/** One line per change: `+ adoption.body: "Kommunfullmäktige"`, `~ version: "2018" → "2024"`, `- adoption.reference: …`. */
export function formatFieldChanges(changes: readonly FieldChange[], style: ChangeStyle = PLAIN): string {
  return changes
    .map((change) => {
      const where = formatPath(change.path);
      switch (change.kind) {
        case 'added':
          return style.added(`+ ${where}: ${show(change.after)}`);
        case 'removed':
          return style.removed(`- ${where}: ${show(change.before)}`);
        case 'changed':
          return style.changed(`~ ${where}: ${show(change.before)} → ${show(change.after)}`);
      }
    })
    .map((line) => `${line}\n`)
    .join('');
}

function show(value: unknown): string {
  return JSON.stringify(value);
}
