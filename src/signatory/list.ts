import { checkString } from '../api/arguments.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Compact, Party, Signatory } from '../model/index.js';
import { unknownPartyMessage } from '../domain/parties.js';
import { validate } from '../validate/index.js';
import { loadForEdit } from './append.js';

export interface PartySignatures extends Pick<Party, 'id' | 'name' | 'role'> {
  /** How many signatories are recorded for the party. */
  signatures: number;
}

export interface SignatoryListing {
  file: string;
  /** The recorded signatories (of `party` only, when given), with their 1-based place in the file. */
  signatories: (Signatory & { number: number })[];
  /** Every party (or `party`), with how many have signed for it: 0 means nobody has. */
  parties: PartySignatures[];
}

/** Who has signed a compact, and which parties have no signature yet. */
export async function listSignatories(file: string, options: { party?: string } = {}): Promise<SignatoryListing> {
  checkString('listSignatories', 'file', file, t('api.compactPath'));
  const loaded = await loadForEdit(file);
  const errors = validate(loaded).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new CompactError(t('signatory.list.invalid', { file: loaded.file, line: String(first.line), column: String(first.column), problem: first.message, path: file }));
  }
  const compact = loaded.data as Compact;
  const partyIds = compact.parties.map((party) => party.id);
  if (options.party !== undefined && !partyIds.includes(options.party)) throw new CompactError(`--party: ${unknownPartyMessage(options.party, partyIds)}`);
  const all = (compact.signatories ?? []).map((signatory, index) => ({ ...signatory, number: index + 1 }));
  const wanted = (id: string) => options.party === undefined || id === options.party;
  return {
    file: loaded.file,
    signatories: all.filter((signatory) => wanted(signatory.party)),
    parties: compact.parties
      .filter((party) => wanted(party.id))
      .map((party) => ({ id: party.id, name: party.name, role: party.role, signatures: all.filter((signatory) => signatory.party === party.id).length })),
  };
}
