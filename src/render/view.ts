import { JOINT } from '../domain/parties.js';
import { nextReview } from '../domain/review.js';
import { organisationKey } from '../domain/signatories.js';
import type { Compact, Signatory } from '../model/index.js';
import { currentText, earlierText, markText, wholeChange, type ChangeKind } from './change-marks.js';
import { FieldChange, holdsFieldChange, sideOf } from './field-change.js';
import { escapeMarkdownText, isSafeLinkAddress } from './markdown-text.js';

/** Fields that hold Markdown: they reach the template as written, for the `md` helper. */
const PROSE_FIELDS = new Set(['text', 'description', 'purpose', 'summary', 'definition']);
/** Fields written as autolinks (`<…>`), where a backslash escape would show. */
const LINK_FIELDS = new Set(['url', 'email']);

export interface CommitmentGroup {
  party: string;
  joint: boolean;
  /** Each with its `change` in a redline: inserted or deleted as a whole, so that its citations are marked too. */
  commitments: (NonNullable<Compact['commitments']>[number] & { change: 'inserted' | 'deleted' | false })[];
  /** In a redline: the group is new (all its commitments inserted) or gone (all deleted), so its heading is marked too. */
  change: 'inserted' | 'deleted' | false;
}

// Format 1.1: outcomes with the commitments that serve them.
export interface OutcomeSection {
  id: string;
  title: string;
  text?: string;
  /** In a redline, a commitment that gained or lost its citation of the outcome is inserted or deleted here as a whole. */
  commitments: (NonNullable<Compact['commitments']>[number] & { change?: ChangeKind })[];
}

/** Each outcome in its order, with the commitments that cite it in theirs. */
function outcomeSections(compact: Compact): OutcomeSection[] {
  return (compact.outcomes ?? []).map((outcome) => ({
    ...outcome,
    commitments: (compact.commitments ?? []).flatMap((commitment) => citingCommitment(commitment, outcome.id)),
  }));
}

/** The commitment as an outcome's section lists it: as it is when it cites the outcome, marked when the citation is gained or lost. */
function citingCommitment(commitment: NonNullable<Compact['commitments']>[number], outcome: string): OutcomeSection['commitments'] {
  const citation = (commitment.outcomes as unknown[] | undefined)?.find((cited) => cited === outcome || (cited instanceof FieldChange && (cited.before ?? cited.after) === outcome));
  if (citation === undefined) return [];
  if (!(citation instanceof FieldChange)) return [commitment];
  const change: ChangeKind = citation.after === undefined ? 'deleted' : 'inserted';
  const text = change === 'deleted' ? earlierText(commitment.text) : currentText(commitment.text);
  return [{ ...commitment, text: markText(text, change), change }];
}
// End of the format 1.1 outcomes.

export interface SignatureBlock extends Signatory {
  /** True when the signature is recorded (it has a date); otherwise the block has blanks to sign on. */
  signed: boolean;
}

/**
 * What a template sees: the compact's own fields (plain text escaped for Markdown, prose as written, empty lists
 * and mappings left out so that `{{#if}}` omits their sections), and a few fields worked out from them.
 */
export type TemplateView = Compact & {
  lang: Compact['language'];
  /** The text of sections titled like the compact itself: its preamble, printed under the title without a heading of its own. */
  preamble?: string[];
  commitmentGroups?: CommitmentGroup[];
  /** Format 1.1: the outcomes, each with the commitments that cite it. */
  outcomeSections?: OutcomeSection[];
  /** When the next review is due (YYYY-MM-DD), for a compact in force. */
  nextReview?: string;
  signatureBlocks?: SignatureBlock[];
  /** In a redline: what changed, shown under the title. */
  changes?: ChangesNote;
};

/** The note at the top of a redline, as Markdown: the earlier revision, the diff's summary line and, when anything is marked, the legend. */
export interface ChangesNote {
  since: string;
  summary: string;
  legend?: { inserted: string; deleted: string };
}

export interface ViewOptions {
  lang: Compact['language'];
  /**
   * Render the copy for one signing organisation: its blocks (one per person who signs for it) are left to sign, other
   * organisations of its party are left out.
   */
  signatory?: Signatory;
  changes?: ChangesNote;
}

export function buildView(compact: Compact, options: ViewOptions): TemplateView {
  const view = prepare(compact, '') as Compact;
  const sameAsTitle = (section: { title: string }) => section.title.trim().toLowerCase() === view.title.trim().toLowerCase();
  const preamble = (view.sections ?? []).filter(sameAsTitle).map((section) => section.text);
  const sections = (view.sections ?? []).filter((section) => !sameAsTitle(section));
  const groups = commitmentGroups(view);
  const outcomes = outcomeSections(view);
  const review = nextReviewDate(compact);
  const blocks = signatureBlocks(view, sideOf(compact.status, 'after'), options.signatory ? (prepare(options.signatory, '') as Signatory) : undefined);
  const rest: Compact = { ...view };
  delete rest.sections;
  return {
    ...rest,
    ...(sections.length > 0 ? { sections } : {}),
    lang: options.lang,
    ...(preamble.length > 0 ? { preamble } : {}),
    ...(groups.length > 0 ? { commitmentGroups: groups } : {}),
    ...(outcomes.length > 0 ? { outcomeSections: outcomes } : {}),
    ...(review ? { nextReview: review as string } : {}),
    ...(blocks.length > 0 ? { signatureBlocks: blocks } : {}),
    ...(options.changes ? { changes: options.changes } : {}),
  };
}

/** When the next review is due; in a redline whose review or adoption changed, the earlier and the later date. */
function nextReviewDate(compact: Compact): string | FieldChange | undefined {
  const due = (side: Compact) => (side.status === 'adopted' || side.status === 'under-revision' ? nextReview(side)?.date : undefined);
  if (!holdsFieldChange(compact)) return due(compact);
  const [before, after] = [due(sideOf(compact, 'before')), due(sideOf(compact, 'after'))];
  if (before === after) return after;
  return new FieldChange(before, after, compact.language);
}

function prepare(value: unknown, key: string): unknown {
  if (value instanceof FieldChange) return new FieldChange(prepare(value.before, key), prepare(value.after, key), value.language);
  if (typeof value === 'string') {
    if (PROSE_FIELDS.has(key)) return value;
    if (LINK_FIELDS.has(key)) return isSafeLinkAddress(value) ? value : inertAddress(value);
    return escapeMarkdownText(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => prepare(item, key)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([name, item]) => [name, prepare(item, name)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/**
 * An address no reader may link to (`javascript:…`), for a template that writes `<{{url}}>`: with its colon escaped
 * it is no autolink in any Markdown reader, and shows as written.
 */
function inertAddress(value: string): string {
  return escapeMarkdownText(value).replace(/:/g, '\\:');
}

/** Commitments by party, the parties in the order they first appear (as the source text groups them). */
function commitmentGroups(compact: Compact): CommitmentGroup[] {
  const groups = new Map<string, CommitmentGroup>();
  for (const commitment of compact.commitments ?? []) {
    let group = groups.get(commitment.party);
    if (!group) {
      group = { party: commitment.party, joint: commitment.party === JOINT, commitments: [], change: false };
      groups.set(commitment.party, group);
    }
    group.commitments.push({ ...commitment, change: wholeChange([commitment.text]) });
  }
  for (const group of groups.values()) group.change = wholeChange(group.commitments.map((commitment) => commitment.text));
  return [...groups.values()];
}



/**
 * The signature page, party by party: each recorded signatory, and for a party nobody has signed for yet an
 * empty block to sign on (only where signing is due: an adopted compact, or the copy for one signatory).
 */
function signatureBlocks(compact: Compact, status: Compact['status'], only: Signatory | undefined): SignatureBlock[] {
  const signingDue = only !== undefined || status === 'adopted' || status === 'under-revision';
  const blocks: SignatureBlock[] = [];
  const parties = compact.parties.map((party) => party.id);
  for (const signatory of compact.signatories ?? []) if (!parties.includes(signatory.party)) parties.push(signatory.party);
  for (const party of parties) {
    if (only && only.party === party) {
      const ofOrganisation = (compact.signatories ?? []).filter(
        (signatory) => signatory.party === party && organisationKey(signatory.organisation) === organisationKey(only.organisation),
      );
      for (const signer of ofOrganisation.length > 0 ? ofOrganisation : [only]) blocks.push(toBlock({ ...signer, date: undefined }));
      continue;
    }
    const signed = (compact.signatories ?? []).filter((signatory) => signatory.party === party);
    if (signed.length > 0) for (const signatory of signed) blocks.push(toBlock(signatory));
    else if (signingDue) {
      const name = compact.parties.find((candidate) => candidate.id === party)?.name ?? party;
      blocks.push({ party, organisation: name, signed: false });
    }
  }
  return blocks;
}

function toBlock(signatory: Signatory): SignatureBlock {
  const block: SignatureBlock = { party: signatory.party, organisation: signatory.organisation, signed: signatory.date !== undefined };
  for (const key of ['org_number', 'name', 'role', 'place', 'date'] as const) {
    const value = signatory[key];
    if (value !== undefined) block[key] = value;
  }
  return block;
}
