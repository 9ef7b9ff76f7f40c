import type { JsonPath } from '../findings.js';
import { allowedKeys } from '../validate/schema-lookup.js';
import type { ReportDescriptor } from './types.js';

/**
 * The first of `candidates` that the data holds: where to point when something is missing
 * (the list it belongs in, else its parent, else the field that makes it required).
 */
export function firstPresentPath(data: unknown, candidates: readonly JsonPath[]): JsonPath {
  for (const path of candidates) if (holds(data, path)) return path;
  return [];
}

/**
 * Where a finding about something missing points: the key that holds it when it is there (an empty list), else
 * the key of the nearest mapping that would hold it (`governance:` for a missing `governance.contacts`). A key
 * missing at the top level points at the key it would follow in the file's order (`adoption:` for a missing
 * `review`), which is where it is written in.
 */
export function whereMissing(data: unknown, path: JsonPath): Pick<ReportDescriptor, 'path' | 'at'> {
  if (holds(data, path)) return { path, at: 'key' };
  for (let length = path.length - 1; length > 0; length--) {
    const parent = path.slice(0, length);
    if (holds(data, parent)) return { path: parent, at: 'key' };
  }
  const key = path[0];
  const present = data !== null && typeof data === 'object' ? Object.keys(data) : [];
  const order = allowedKeys([]);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const target = typeof key === 'string' ? rank(key) : order.length;
  const before = present.filter((name) => rank(name) < target).sort((a, b) => rank(a) - rank(b));
  const anchor = before[before.length - 1] ?? present[0];
  return anchor === undefined ? { path: [], at: 'mapping' } : { path: [anchor], at: 'key' };
}

function holds(data: unknown, path: JsonPath): boolean {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string | number, unknown>)[segment];
    if (value === undefined) return false;
  }
  return true;
}
