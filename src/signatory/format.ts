import { csvField } from './csv.js';
import { SIGNATORY_FIELDS } from './fields.js';
import type { SignatoryListing } from './list.js';
import { count } from '../util/plural.js';
import { textTable } from '../util/text-table.js';

export const LIST_FORMATS = ['table', 'json', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export function formatListing(listing: SignatoryListing, format: ListFormat): string {
  if (format === 'json') return `${JSON.stringify(listing, null, 2)}\n`;
  if (format === 'csv') {
    const lines = [SIGNATORY_FIELDS.join(','), ...listing.signatories.map((signatory) => SIGNATORY_FIELDS.map((field) => csvField(signatory[field] ?? '')).join(','))];
    return `${lines.join('\r\n')}\r\n`;
  }
  const out: string[] = [];
  if (listing.signatories.length === 0) out.push(`${listing.file}: no signatories recorded`);
  else {
    out.push(`${listing.file}: ${count(listing.signatories.length, 'signatory')}`);
    for (const line of textTable(['#', 'party', 'organisation', 'org number', 'name', 'role', 'place', 'date'], listing.signatories.map((s) => [String(s.number), s.party, s.organisation, s.org_number ?? '', s.name ?? '', s.role ?? '', s.place ?? '', s.date ?? '']))) out.push(line);
  }
  out.push('', 'Parties:');
  out.push(...textTable(['party', 'name', 'role', 'signed'], listing.parties.map((p) => [p.id, p.name, p.role, p.signatures === 0 ? 'not signed' : count(p.signatures, 'signature')])));
  return `${out.join('\n')}\n`;
}
