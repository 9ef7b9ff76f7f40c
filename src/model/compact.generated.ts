// Generated from schemas/compact.schema.json by scripts/generate.mjs. Do not edit.
/**
 * A lowercase identifier: letters a-z, digits and hyphens, starting with a letter or digit.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "date".
 */
export type Date = string;
/**
 * A date written YYYY-MM-DD, or YYYY-MM or YYYY where the record gives only the month or the year.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "historicalDate".
 */
export type HistoricalDate = string;
/**
 * Prose; may hold Markdown (paragraphs, lists, emphasis, links). Raw HTML is shown as text.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "prose".
 */
export type Prose = string;
/**
 * A case number (diarienummer) as the municipality writes it, optionally with a paragraph (§).
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "caseNumber".
 */
export type CaseNumber = string;
/**
 * The label of a revision, usually its year. Quote it ("2018") to keep it text.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "versionLabel".
 */
export type VersionLabel = string | number;

/**
 * A compact (Överenskommelsen, a local Compact): the written agreement on how a municipality and civil-society organisations cooperate. File format version 1.
 */
export interface Compact {
  /**
   * The version of the compact file format. Always 1.
   */
  compact: 1;
  /**
   * The compact's id, e.g. the municipality's name as a slug.
   */
  id: string;
  /**
   * The title of the agreement.
   */
  title: string;
  /**
   * The language of the text and of the rendered labels: sv (Swedish) or en (English).
   */
  language: 'sv' | 'en';
  /**
   * Where the compact stands: draft (being prepared), adopted (in force), under-revision (in force while being revised), superseded (replaced by a newer compact) or expired.
   */
  status: 'draft' | 'adopted' | 'under-revision' | 'superseded' | 'expired';
  /**
   * The label of this revision, usually its year.
   */
  version?: string | number;
  /**
   * The municipality or region.
   */
  jurisdiction?: string;
  /**
   * The baseline set of principles the compact is expected to cover: se-2008 is the six principles of the Swedish national agreement of 2008.
   */
  baseline?: 'se-2008';
  /**
   * Where the agreement is published.
   */
  url?: string;
  /**
   * The parties to the compact, at least two: the municipality and the civil-society side.
   *
   * @minItems 2
   */
  parties: [Party, Party, ...Party[]];
  /**
   * Ordered prose: declaration, vision, purpose, goals, values, roles …
   */
  sections?: Section[];
  /**
   * A glossary of terms.
   */
  definitions?: Definition[];
  /**
   * The principles of cooperation, at least one.
   *
   * @minItems 1
   */
  principles: [Principle, ...Principle[]];
  /**
   * What each party undertakes (åtaganden), each citing the principles it serves.
   */
  commitments?: Commitment[];
  governance?: Governance;
  adoption?: Adoption;
  /**
   * The political decisions along the way.
   */
  decisions?: Decision[];
  review?: Review;
  /**
   * The history of this compact, oldest first.
   */
  revisions?: Revision[];
  /**
   * Who signed: for the public party usually a politician, for civil society each organisation.
   */
  signatories?: Signatory[];
}
/**
 * A party to the compact: the municipality (public) or the civil-society side, which usually stands for many organisations (its signatories).
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "party".
 */
export interface Party {
  /**
   * The party's id, used by commitments, bodies and signatories. The id joint is reserved for shared commitments.
   */
  id: string;
  /**
   * The party's name as it appears in the agreement.
   */
  name: string;
  /**
   * Which side the party is on: public (the municipality or region) or civil-society (the idéburna organisationer).
   */
  role: 'public' | 'civil-society';
  /**
   * Who the party is, in a sentence.
   */
  description?: string;
}
/**
 * A section of ordered prose: declaration, vision, purpose, goals, values, roles …
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  /**
   * The section's id.
   */
  id: string;
  /**
   * The section heading.
   */
  title: string;
  /**
   * The section text (Markdown).
   */
  text: string;
}
/**
 * A term of the glossary, often a footnote in the source.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "definition".
 */
export interface Definition {
  /**
   * The term defined.
   */
  term: string;
  /**
   * What the term means in this compact (Markdown).
   */
  definition: string;
}
/**
 * A principle of cooperation (dialog, independence, openness, quality, long-term commitment, diversity, …).
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "principle".
 */
export interface Principle {
  /**
   * The principle's id, cited by commitments.
   */
  id: string;
  /**
   * The principle's title.
   */
  title: string;
  /**
   * What the principle means (Markdown).
   */
  text: string;
  /**
   * Which principle of the compact's baseline set this principle realises (for se-2008: independence, dialogue, quality, long-term, openness, diversity).
   */
  baseline?: 'independence' | 'dialogue' | 'quality' | 'long-term' | 'openness' | 'diversity';
}
/**
 * A commitment (åtagande) that a party, or both together, undertakes.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "commitment".
 */
export interface Commitment {
  /**
   * The commitment's id.
   */
  id: string;
  /**
   * The id of the party that undertakes it, or joint for a shared commitment.
   */
  party: string;
  /**
   * What the party undertakes (Markdown).
   */
  text: string;
  /**
   * The ids of the principles this commitment serves.
   *
   * Items: A principle id.
   */
  principles?: string[];
}
/**
 * How the cooperation is organised: bodies, meetings, action plans, roles and contacts.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "governance".
 */
export interface Governance {
  /**
   * The bodies of the cooperation.
   */
  bodies?: Body[];
  /**
   * Recurring meetings (follow-up) and one-off meetings of the process.
   */
  meetings?: Meeting[];
  /**
   * The action plans that carry out the compact.
   */
  action_plans?: ActionPlan[];
  /**
   * Roles that support the work, such as process leaders.
   */
  roles?: Role[];
  /**
   * Whom to contact.
   */
  contacts?: Contact[];
}
/**
 * A body of the governance: a samråd, styrgrupp, partnerskap or a network of one side.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "body".
 */
export interface Body {
  /**
   * The body's id.
   */
  id: string;
  /**
   * The body's name.
   */
  name: string;
  /**
   * What the body is for.
   */
  purpose?: string;
  /**
   * Who sits in the body, by party.
   */
  members?: Member[];
}
/**
 * Who sits in a body for one party.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "member".
 */
export interface Member {
  /**
   * The id of the party the members represent.
   */
  party: string;
  /**
   * Who they are, e.g. politicians and officials, or representatives appointed by the network.
   */
  description?: string;
  /**
   * How many seats the party has, when fixed.
   */
  count?: number;
}
/**
 * A meeting of the governance: a yearly stormöte or dialogträff, a regular follow-up, or a one-off meeting of the process.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  /**
   * The meeting's id.
   */
  id: string;
  /**
   * The meeting's name.
   */
  name: string;
  /**
   * How often it meets: yearly, twice-yearly, quarterly, monthly, as-needed, or once for a one-off meeting (then give its date).
   */
  frequency: 'yearly' | 'twice-yearly' | 'quarterly' | 'monthly' | 'as-needed' | 'once';
  /**
   * The id of the body or party that calls the meeting.
   */
  organiser?: string;
  /**
   * What the meeting is for.
   */
  purpose?: string;
  /**
   * The date of a one-off meeting.
   */
  date?: string;
}
/**
 * An action plan (handlingsplan) that carries out the compact over a period, typically one or three years.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "actionPlan".
 */
export interface ActionPlan {
  /**
   * The plan's id.
   */
  id: string;
  /**
   * The plan's title.
   */
  title: string;
  /**
   * The first day the plan covers.
   */
  start: string;
  /**
   * The last day the plan covers.
   */
  end: string;
  /**
   * The plan's case number.
   */
  reference?: string;
  /**
   * What the plan covers.
   */
  description?: string;
}
/**
 * A role that supports the work, such as a process leader.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  /**
   * The role's title.
   */
  title: string;
  /**
   * The id of the party the role belongs to.
   */
  party?: string;
  /**
   * Who holds the role.
   */
  holder?: string;
  /**
   * What the role does.
   */
  description?: string;
  /**
   * When the assignment starts.
   */
  start?: string;
  /**
   * When the assignment ends.
   */
  end?: string;
}
/**
 * Whom to contact about the compact.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * The contact's name, or the name of an office.
   */
  name: string;
  /**
   * The contact's role.
   */
  role?: string;
  /**
   * The id of the party the contact speaks for.
   */
  party?: string;
  /**
   * The organisation or office the contact belongs to.
   */
  organisation?: string;
  /**
   * An e-mail address.
   */
  email?: string;
  /**
   * A phone number, quoted.
   */
  phone?: string;
  /**
   * A postal address.
   */
  address?: string;
  /**
   * Where to visit.
   */
  visiting_address?: string;
  /**
   * A web page.
   */
  url?: string;
}
/**
 * The decision that adopted the compact: which body, when, and its case number (record what is known).
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "adoption".
 */
export interface Adoption {
  /**
   * The body that adopted it.
   */
  body?: string;
  /**
   * When it was adopted: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.
   */
  date?: string;
  /**
   * The case number (diarienummer) of the decision.
   */
  reference?: string;
  /**
   * Case numbers or titles of the documents this compact replaces.
   *
   * Items: A case number or a document title.
   */
  replaces?: string[];
}
/**
 * A political decision along the way: to start the work, to adopt, to revise, to follow up.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "decision".
 */
export interface Decision {
  /**
   * The body that decided.
   */
  body: string;
  /**
   * When: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.
   */
  date: string;
  /**
   * Case number and/or paragraph.
   */
  reference?: string;
  /**
   * What was decided.
   */
  summary?: string;
}
/**
 * How often the compact is evaluated and, if needed, revised.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "review".
 */
export interface Review {
  /**
   * Every how many years the compact is evaluated (typically 3).
   */
  cycle_years?: number;
  /**
   * When it was last evaluated; defaults to adoption.date.
   */
  last_reviewed?: string;
  /**
   * When the next evaluation is due; defaults to last_reviewed + cycle_years.
   */
  next_review?: string;
}
/**
 * One revision in the history of the compact.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "revision".
 */
export interface Revision {
  /**
   * The revision's label, usually its year.
   */
  version: string | number;
  /**
   * When the revision was adopted: YYYY-MM-DD, or YYYY-MM or YYYY.
   */
  date: string;
  /**
   * What changed.
   */
  summary?: string;
}
/**
 * An organisation that signed the compact, and who signed for it.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "signatory".
 */
export interface Signatory {
  /**
   * The id of the party the organisation signs for.
   */
  party: string;
  /**
   * The organisation's name.
   */
  organisation: string;
  /**
   * The Swedish organisationsnummer, NNNNNN-NNNN with a Luhn check digit; quote it.
   */
  org_number?: string;
  /**
   * The name of the person who signed.
   */
  name?: string;
  /**
   * Their role in the organisation.
   */
  role?: string;
  /**
   * Where they signed.
   */
  place?: string;
  /**
   * When they signed.
   */
  date?: string;
}
