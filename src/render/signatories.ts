import { checkCompactData } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import { organisationKey } from '../domain/signatories.js';
import type { Compact, Signatory } from '../model/index.js';
import { slugify } from '../util/suggest.js';

export interface SigningCopy {
  signatory: Signatory;
  /** A file name without extension, unique among the copies: the organisation's name as a slug. */
  fileStem: string;
}

/** One copy per signing organisation (the first entry of an organisation listed more than once), each with its own file name. */
export function signingCopies(compact: Compact): SigningCopy[] {
  checkCompactData('signingCopies', t('api.argument.compact'), compact);
  const copies: SigningCopy[] = [];
  const seen = new Set<string>();
  const stems = new Set<string>();
  for (const signatory of compact.signatories ?? []) {
    const key = `${signatory.party}\u0000${organisationKey(signatory.organisation)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = slugify(signatory.organisation) || 'signatory';
    let stem = base;
    for (let n = 2; stems.has(stem); n++) stem = `${base}-${n}`;
    stems.add(stem);
    copies.push({ signatory, fileStem: stem });
  }
  return copies;
}
