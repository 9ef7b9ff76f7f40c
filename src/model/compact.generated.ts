// Generated from schemas/compact.schema.json by scripts/generate.mjs. Do not edit.
/**
 * A meeting of the governance: a yearly stormöte or dialogträff, a regular follow-up, or a one-off meeting of the process. Give how often it meets with frequency or with times_per_year, not both.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "meeting".
 */
export type Meeting = Meeting1 & Meeting2;
export type Meeting1 = {
  [k: string]: unknown | undefined;
};
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
   * The planned outcomes: what the compact aims to achieve. Commitments cite them by id under their own outcomes.
   */
  outcomes?: Outcome[];
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
  ended?: Ended;
  /**
   * Who signed: for the public party usually a politician, for civil society each organisation.
   */
  signatories?: Signatory[];
  accession?: Accession;
  /**
   * Documents the compact belongs to, implements or is supplemented by.
   */
  related_documents?: RelatedDocument[];
  source?: Source;
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
   * What the principle means (Markdown). Optional: some compacts publish only the titles of their principles.
   */
  text?: string;
  /**
   * Which principle of the compact's baseline set this principle realises (for se-2008: independence, dialogue, quality, long-term, openness, diversity).
   */
  baseline?: 'independence' | 'dialogue' | 'quality' | 'long-term' | 'openness' | 'diversity';
}
/**
 * A planned outcome: what the compact aims to achieve. English local Compacts group their commitments under outcomes.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface Outcome {
  /**
   * The outcome's id, cited by commitments.
   */
  id: string;
  /**
   * The outcome's title.
   */
  title: string;
  /**
   * What the outcome means (Markdown).
   */
  text?: string;
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
  /**
   * The ids of the outcomes this commitment serves.
   *
   * Items: An outcome id.
   */
  outcomes?: string[];
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
export interface Meeting2 {
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
  frequency?: 'yearly' | 'twice-yearly' | 'quarterly' | 'monthly' | 'as-needed' | 'once';
  /**
   * How many times a year it meets, instead of frequency: a whole number (4) or a range {min: 2, max: 4}.
   */
  times_per_year?: number | TimesRange;
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
 * A range of meetings a year: at least min, at most max.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "timesRange".
 */
export interface TimesRange {
  /**
   * The fewest meetings a year.
   */
  min: number;
  /**
   * The most meetings a year.
   */
  max: number;
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
   * When the assignment starts: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.
   */
  start?: string;
  /**
   * When the assignment ends: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.
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
 * When and why the compact stopped applying (for status expired or superseded): the date, the body that decided, the case number, the reason and what replaced it.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "ended".
 */
export interface Ended {
  /**
   * When it stopped applying: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known.
   */
  date?: string;
  /**
   * The body that decided to end it.
   */
  body?: string;
  /**
   * The case number (diarienummer) of the decision.
   */
  reference?: string;
  /**
   * Why it stopped applying (Markdown).
   */
  reason?: string;
  /**
   * What replaced it: a title or an id.
   */
  superseded_by?: string;
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
/**
 * How organisations join the compact after its adoption, and how many have joined as of a date (the signatories may list fewer).
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "accession".
 */
export interface Accession {
  /**
   * How an organisation joins (Markdown).
   */
  how?: string;
  /**
   * How many organisations have joined, as of as_of.
   */
  count?: number;
  /**
   * The date the count applies to: YYYY-MM-DD, or YYYY-MM or YYYY.
   */
  as_of?: string;
}
/**
 * A document the compact belongs to, implements or is supplemented by: a strategy, a cooperation plan, the compact it replaces.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "relatedDocument".
 */
export interface RelatedDocument {
  /**
   * The document's title.
   */
  title: string;
  /**
   * How the compact relates to it: part-of, implements, supplements (the document supplements the compact), replaces or see-also.
   */
  relation?: 'part-of' | 'implements' | 'supplements' | 'replaces' | 'see-also';
  /**
   * Where the document is published.
   */
  url?: string;
  /**
   * The document's case number (diarienummer).
   */
  reference?: string;
}
/**
 * Where the text of this file comes from, when it was retrieved, and whether the transcription is complete.
 *
 * This interface was referenced by `Compact`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * The page or document transcribed.
   */
  url?: string;
  /**
   * The day it was retrieved, YYYY-MM-DD.
   */
  retrieved?: string;
  /**
   * Whether the file holds the whole text of the source (false: something is left out; say what in note).
   */
  complete?: boolean;
  /**
   * What the transcription leaves out or how it was made (Markdown).
   */
  note?: string;
}
