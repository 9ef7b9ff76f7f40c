import { t } from '../i18n/index.js';
import type { Compact } from '../model/index.js';

/** The party id reserved for shared commitments (gemensamma åtaganden). */
export const JOINT = 'joint';

/** `kommunen` → "Örebro kommun"; `joint` → the shared label given; an unknown id → itself. */
export function partyName(compact: Pick<Compact, 'parties'>, id: string, jointLabel = 'joint'): string {
  if (id === JOINT) return jointLabel;
  return compact.parties.find((party) => party.id === id)?.name ?? id;
}

/** The message for a reference to a party that the compact does not declare (shared by lint and signatory add). */
export function unknownPartyMessage(id: string, declared: readonly string[], allowJoint = false): string {
  const known = allowJoint ? [...declared, JOINT] : [...declared];
  return t('parties.unknown', { id, known: known.map((p) => `"${p}"`).join(', ') });
}
