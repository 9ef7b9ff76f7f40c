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

