import { t } from '../i18n/index.js';
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
  if (listing.signatories.length === 0) out.push(t('signatory.list.none', { file: listing.file }));
  else {
    out.push(`${listing.file}: ${count(listing.signatories.length, 'signatory')}`);
    for (const line of textTable(['#', ...['party', 'organisation', 'orgNumber', 'name', 'role', 'place', 'date'].map((column) => t('signatory.list.column', { column }))], listing.signatories.map((s) => [String(s.number), s.party, s.organisation, s.org_number ?? '', s.name ?? '', s.role ?? '', s.place ?? '', s.date ?? '']))) out.push(line);
  }
  out.push('', t('signatory.list.parties'));
  const partyColumns = ['party', 'name', 'role', 'signed'].map((column) => t('signatory.list.column', { column }));
  out.push(...textTable(partyColumns, listing.parties.map((p) => [p.id, p.name, t('signatory.list.role', { role: p.role.replace(/-/g, '_') }), p.signatures === 0 ? t('signatory.list.notSigned') : count(p.signatures, 'signature')])));
  return `${out.join('\n')}\n`;
}
