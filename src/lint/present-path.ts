import type { JsonPath } from '../findings.js';

/**
 * The first of `candidates` that the data holds: where to point when something is missing
 * (the list it belongs in, else its parent, else the field that makes it required).
 */
export function firstPresentPath(data: unknown, candidates: readonly JsonPath[]): JsonPath {
  for (const path of candidates) if (holds(data, path)) return path;
  return [];
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
