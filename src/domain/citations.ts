import type { Commitment } from '../model/index.js';

/** The ids of the principles or outcomes that at least one commitment cites. */
export function citedIds(commitments: readonly Commitment[] | undefined, list: 'principles' | 'outcomes'): Set<string> {
  const cited = new Set<string>();
  for (const commitment of commitments ?? []) for (const id of commitment[list] ?? []) cited.add(id);
  return cited;
}

/** The declared ids a list of citations does not cite yet: what a misspelt citation in it may have meant. */
export function notYetCited(declared: ReadonlySet<string>, citations: readonly string[]): string[] {
  return [...declared].filter((id) => !citations.includes(id));
}
