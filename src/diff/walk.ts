import { diffArrays } from 'diff';
import { isDeepStrictEqual } from 'node:util';
import type { JsonPath } from '../findings.js';
import { identities, isRecord } from './identity.js';
import { ownValue } from '../util/own-value.js';

/** A difference before it is classified. */
export interface RawChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  path: JsonPath;
  before?: unknown;
  after?: unknown;
}

/** An absent value, null, an empty list and an empty mapping all mean "nothing here". */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

/**
 * Compares two values structurally. Lists are matched entry by entry through their identity (see
 * identity.ts), never by position; paths point into the after value.
 */
export function walk(before: unknown, after: unknown, path: JsonPath = [], out: RawChange[] = []): RawChange[] {
  const beforeAbsent = isAbsent(before);
  const afterAbsent = isAbsent(after);
  if (beforeAbsent && afterAbsent) return out;
  if ((Array.isArray(before) || beforeAbsent) && (Array.isArray(after) || afterAbsent)) {
    walkList(asList(before), asList(after), path, out);
  } else if ((isRecord(before) || beforeAbsent) && (isRecord(after) || afterAbsent)) {
    walkMapping(asMapping(before), asMapping(after), path, out);
  } else if (beforeAbsent) {
    out.push({ kind: 'added', path, after });
  } else if (afterAbsent) {
    out.push({ kind: 'removed', path, before });
  } else if (!isDeepStrictEqual(before, after)) {
    out.push({ kind: 'changed', path, before, after });
  }
  return out;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asMapping(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function walkMapping(before: Record<string, unknown>, after: Record<string, unknown>, path: JsonPath, out: RawChange[]): void {
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
  for (const key of keys) walk(ownValue(before, key), ownValue(after, key), [...path, key], out);
}

function walkList(before: unknown[], after: unknown[], path: JsonPath, out: RawChange[]): void {
  const beforeKeys = identities(before, path);
  const afterKeys = identities(after, path);
  const beforeIndex = new Map(beforeKeys.map((key, index) => [key, index]));
  const afterIndex = new Map(afterKeys.map((key, index) => [key, index]));

  beforeKeys.forEach((key, index) => {
    if (!afterIndex.has(key)) out.push({ kind: 'removed', path: [...path, index], before: before[index] });
  });

  const keptBefore = beforeKeys.filter((key) => afterIndex.has(key));
  const keptAfter = afterKeys.filter((key) => beforeIndex.has(key));
  const moved = new Set<string>();
  for (const part of diffArrays(keptBefore, keptAfter)) if (part.removed) for (const key of part.value) moved.add(key);

  afterKeys.forEach((key, index) => {
    const from = beforeIndex.get(key);
    if (from === undefined) {
      out.push({ kind: 'added', path: [...path, index], after: after[index] });
      return;
    }
    if (moved.has(key)) out.push({ kind: 'moved', path: [...path, index], before: from, after: index });
    walk(before[from], after[index], [...path, index], out);
  });
}
