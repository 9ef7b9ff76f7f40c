import type { Compact, Party } from '../model/index.js';

/** The party id reserved for shared commitments (gemensamma åtaganden). */
export const JOINT = 'joint';

export function partyById(compact: Pick<Compact, 'parties'>): Map<string, Party> {
  return new Map(compact.parties.map((party) => [party.id, party]));
}

/** `kommunen` → "Örebro kommun"; `joint` → the shared label given; an unknown id → itself. */
export function partyName(compact: Pick<Compact, 'parties'>, id: string, jointLabel = 'joint'): string {
  if (id === JOINT) return jointLabel;
  return compact.parties.find((party) => party.id === id)?.name ?? id;
}
