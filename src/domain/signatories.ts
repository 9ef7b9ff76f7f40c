import { t } from '../i18n/index.js';
import type { Signatory } from '../model/index.js';

/** An organisation's name as compared for duplicates: Unicode NFC, case and runs of whitespace ignored. */
export function organisationKey(name: string): string {
  // Text of characters below U+0300 (Latin-1, Latin Extended: å, ä, ö, é, ł …) is already NFC; Swedish has no
  // lower-case mappings of its own, so the language-neutral one gives the same result.
  const composed = BEFORE_COMBINING_MARKS.test(name) ? name : name.normalize('NFC');
  const lower = composed.toLowerCase();
  return IRREGULAR_SPACING.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

const BEFORE_COMBINING_MARKS = /^[\u0000-\u02ff]*$/;
/** Whitespace that the key does not keep as it is: two in a row, any but a space, or at either end. */
const IRREGULAR_SPACING = /\s\s|[^\S ]|^ | $/;

/**
 * Why `candidate` duplicates `earlier`, a signatory for the same party, or undefined when it does not. Two named people
 * signing for one organisation (a council's leader and its chief executive, a förening's two firmatecknare) are
 * co-signatories, not a duplicate.
 */
export function duplicateSignatoryMessage(candidate: Signatory, earlier: Signatory): string | undefined {
  if (candidate.party !== earlier.party) return undefined;
  if (organisationKey(candidate.organisation) === organisationKey(earlier.organisation)) {
    const coSignatories = candidate.name !== undefined && earlier.name !== undefined && organisationKey(candidate.name) !== organisationKey(earlier.name);
    return coSignatories ? undefined : t('signatories.duplicate', { organisation: candidate.organisation, party: candidate.party });
  }
  if (candidate.org_number !== undefined && candidate.org_number.trim() === earlier.org_number?.trim()) {
    return t('signatories.duplicateNumber', { organisation: candidate.organisation, number: candidate.org_number.trim(), earlier: earlier.organisation, party: candidate.party });
  }
  return undefined;
}
