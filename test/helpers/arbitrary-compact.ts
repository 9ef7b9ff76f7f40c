import fc from 'fast-check';
import type { Compact } from '../../src/model/index.js';

// Small pools, so that two generated compacts share ids, words and texts: their diffs then hold
// matched entries, moves, rewordings and renames, not only additions and removals.
const IDS = ['dialog', 'oppenhet', 'mangfald', 'kvalitet', 'langsiktighet', 'sjalvstandighet', 'a1', 'b2'];
const PARTY_IDS = ['kommunen', 'civilsamhallet', 'regionen', 'foreningarna'];
const WORDS = ['samverkan', 'föreningslivet', 'kommunen', 'dialog', 'öppenhet', 'på', 'lika', 'villkor', 'och', 'ska', 'växa', 'mötas', 'Överenskommelsen', 'idéburna'];
const NAMES = ['Anna Åberg', 'Örjan Ek', 'Lena Lind', 'Kommunstyrelsen', 'Kommunfullmäktige'];
const DATES = ['2009-06-17', '2016-09-01', '2018-05-24', '2021-02-11'];

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .chain((words) => fc.constantFrom('.', '!', '').map((end) => `${words.join(' ')}${end}`));
const shortText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const date = fc.constantFrom(...DATES);

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** A record without the keys whose value is undefined (a YAML file has no such keys). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function list<T>(entry: fc.Arbitrary<T>, key: (value: T) => unknown, maxLength = 4): fc.Arbitrary<T[] | undefined> {
  return optional(fc.uniqueArray(entry, { minLength: 1, maxLength, selector: key }));
}

const parties = fc
  .uniqueArray(
    fc.record({ id: fc.constantFrom(...PARTY_IDS), name: shortText, role: fc.constantFrom('public' as const, 'civil-society' as const), description: optional(text) }).map(defined),
    { minLength: 2, maxLength: 3, selector: (party) => party.id },
  )
  .map((list) => list as Compact['parties']);

function compactWith(partyIds: readonly string[]): fc.Arbitrary<Compact> {
  const partyId = fc.constantFrom(...partyIds);
  const principle = fc.record({ id: fc.constantFrom(...IDS), title: shortText, text, baseline: optional(fc.constantFrom('dialogue' as const, 'openness' as const)) }).map(defined);
  const commitment = fc
    .record({
      id: fc.constantFrom(...IDS),
      party: fc.oneof(partyId, fc.constant('joint')),
      text,
      principles: optional(fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 3 })),
    })
    .map(defined);
  const member = fc.record({ party: partyId, description: optional(text), count: optional(fc.integer({ min: 1, max: 5 })) }).map(defined);
  const body = fc.record({ id: fc.constantFrom(...IDS), name: shortText, purpose: optional(text), members: list(member, (value) => value.party, 3) }).map(defined);
  const meeting = fc
    .record({ id: fc.constantFrom(...IDS), name: shortText, frequency: fc.constantFrom('yearly' as const, 'quarterly' as const, 'once' as const), date })
    .map(({ date: day, ...rest }) => (rest.frequency === 'once' ? { ...rest, date: day } : rest));
  const governance = fc
    .record({
      bodies: list(body, (value) => value.id, 3),
      meetings: list(meeting, (value) => value.id, 3),
      roles: list(fc.record({ title: shortText, party: optional(partyId), holder: optional(fc.constantFrom(...NAMES)) }).map(defined), (value) => `${value.title}|${value.party}`),
      contacts: list(fc.record({ name: fc.constantFrom(...NAMES), email: optional(fc.constantFrom('a@example.se', 'b@example.se')) }).map(defined), (value) => value.name.toLowerCase()),
    })
    .map(defined);
  const signatory = fc
    .record({ party: partyId, organisation: fc.constantFrom('Exempelföreningen', 'Idrottsföreningen', 'Exempelby kommun'), name: optional(fc.constantFrom(...NAMES)), date: optional(date) })
    .map(defined);

  return fc
    .record({
      id: fc.constantFrom('exempelby', 'boras'),
      title: text,
      language: fc.constantFrom('sv' as const, 'en' as const),
      status: fc.constantFrom('draft' as const, 'adopted' as const, 'under-revision' as const),
      version: optional(fc.constantFrom('2009', '2018', '2021')),
      sections: list(fc.record({ id: fc.constantFrom(...IDS), title: shortText, text }), (value) => value.id),
      definitions: list(fc.record({ term: fc.constantFrom('Samråd', 'Förening', 'Idéburen'), definition: text }), (value) => value.term.toLowerCase()),
      principles: fc.uniqueArray(principle, { minLength: 1, maxLength: 5, selector: (value) => value.id }),
      commitments: list(commitment, (value) => value.id, 5),
      governance: optional(governance.filter((value) => Object.keys(value).length > 0)),
      adoption: fc.record({ body: fc.constantFrom('Kommunfullmäktige', 'Kommunstyrelsen'), date, reference: optional(fc.constantFrom('KS/2016:639', 'KS/2021:12')) }).map(defined),
      decisions: list(fc.record({ body: fc.constantFrom(...NAMES), date, summary: optional(text) }).map(defined), (value) => `${value.date}|${value.body.toLowerCase()}`),
      review: optional(fc.record({ cycle_years: optional(fc.integer({ min: 1, max: 5 })), last_reviewed: optional(date) }).map(defined).filter((value) => Object.keys(value).length > 0)),
      revisions: list(fc.record({ version: fc.constantFrom('2009', '2018', '2021'), date, summary: optional(text) }).map(defined), (value) => value.version),
      signatories: list(signatory, (value) => `${value.party}|${value.organisation.toLowerCase()}`),
    })
    .map((fields) => defined({ compact: 1 as const, ...fields }) as unknown as Compact);
}

/** A schema-valid compact (ids unique within their lists, an adoption, dates that exist). */
export const arbitraryCompact: fc.Arbitrary<Compact> = parties.chain((partyList) =>
  compactWith(partyList.map((party) => party.id)).map((compact) => ({ ...compact, parties: partyList })),
);

/** Two compacts drawn from the same small pools: plausible revisions of one another. */
export const arbitraryRevisions: fc.Arbitrary<[Compact, Compact]> = fc.tuple(arbitraryCompact, arbitraryCompact);
