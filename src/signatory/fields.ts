import type { Signatory } from '../model/index.js';

/** The signatory fields of the schema, in the order they are written. */
export const SIGNATORY_FIELDS = ['party', 'organisation', 'org_number', 'name', 'role', 'place', 'date'] as const satisfies readonly (keyof Signatory)[];

export type SignatoryField = (typeof SIGNATORY_FIELDS)[number];

/** A signatory with its fields in schema order, empty ones left out. */
export function normaliseSignatory(input: Partial<Record<SignatoryField, string | undefined>>): Signatory {
  const out: Record<string, string> = {};
  for (const field of SIGNATORY_FIELDS) {
    const value = input[field]?.trim();
    if (value) out[field] = value;
  }
  return out as unknown as Signatory;
}

/** Two entries record the same signature: the same party and organisation (by org number when both have one). */
export function sameSignatory(a: Signatory, b: Signatory): boolean {
  if (a.party !== b.party) return false;
  if (a.org_number && b.org_number) return a.org_number.trim() === b.org_number.trim();
  return a.organisation.trim().toLocaleLowerCase('sv') === b.organisation.trim().toLocaleLowerCase('sv');
}
