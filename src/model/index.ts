export type {
  ActionPlan,
  Adoption,
  Body,
  Commitment,
  Compact,
  Contact,
  Decision,
  Definition,
  Governance,
  Meeting,
  Member,
  Party,
  Principle,
  Review,
  Revision,
  Role,
  Section,
  Signatory,
} from './compact.generated.js';

import type { Compact } from './compact.generated.js';

export type Status = Compact['status'];
export type Language = Compact['language'];
export type PartyRole = NonNullable<Compact['parties'][number]['role']>;
