import type { Commitment } from '../model/index.js';

/** The ids of the principles or outcomes that at least one commitment cites. */
export function citedIds(commitments: readonly Commitment[] | undefined, list: 'principles' | 'outcomes'): Set<string> {
  const cited = new Set<string>();
  for (const commitment of commitments ?? []) for (const id of commitment[list] ?? []) cited.add(id);
  return cited;
}
