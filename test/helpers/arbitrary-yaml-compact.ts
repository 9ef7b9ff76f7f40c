// Compacts whose text is hard to write as YAML (values that look like numbers, booleans, comments, anchors,
// multi-line prose) and messy layouts of them: the inputs `compact fmt` must keep the meaning of.
import fc from 'fast-check';
import { Document, isMap, isScalar, Scalar, visit, type ToStringOptions } from 'yaml';

const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));
export const arbitraryId = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), fc.array(idChars, { maxLength: 12 }))
  .map(([first, rest]) => first + rest.join(''));

/** One-line text that exercises YAML quoting: words, Swedish letters, and values that look like other types. */
const word = fc.oneof(
  fc.constantFrom('Överenskommelse', 'samverkan', 'idéburna', 'Kommunfullmäktige', 'dialog', 'Åsa', 'Ödåkra', 'yes', 'no', 'null', '2018', '1.5', 'true', '#nr', 'a: b', '- x', '"citat"', "'apostrof'", '§23', 'KS/2016:639', '&ref', '*star', '[list]', '{map}', 'a #b', '@x', '%p', '!tag'),
  fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöé'.split('')) }),
);
export const arbitraryLine = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

/** Prose: one line, or paragraphs (some with a list) that a writer lays out as a block scalar. */
const paragraph = fc.array(word, { minLength: 3, maxLength: 30 }).map((words) => words.join(' '));
export const arbitraryProse = fc.oneof(
  arbitraryLine,
  fc.array(fc.oneof(paragraph, fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n'))), { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('\n\n')}\n`),
  paragraph,
);

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const historicalDay = fc.oneof(day, day.map((date) => date.slice(0, 4)), day.map((date) => date.slice(0, 7)));
const caseNumber = fc.tuple(fc.constantFrom('KS', 'AVUX', 'KF'), fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 999 })).map(([office, year, n]) => `${office}/${year}:${n}`);
const extension = fc.dictionary(fc.constantFrom('x-note', 'x-source', 'x-owner'), arbitraryLine, { maxKeys: 2 });

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A compact that the schema accepts: the data, not yet YAML. */
export const arbitraryCompact = fc
  .record({
    id: arbitraryId,
    title: arbitraryLine,
    language: fc.constantFrom('sv', 'en'),
    adopted: fc.boolean(),
    version: optional(fc.integer({ min: 2000, max: 2040 }).map(String)),
    jurisdiction: optional(arbitraryLine),
    baseline: optional(fc.constant('se-2008')),
    publicName: arbitraryLine,
    civilName: arbitraryLine,
    civilDescription: optional(arbitraryProse),
    sections: optional(fc.uniqueArray(fc.record({ id: arbitraryId, title: arbitraryLine, text: arbitraryProse }), { selector: (s) => s.id, maxLength: 3 })),
    principles: fc.uniqueArray(
      fc.record({ id: arbitraryId, title: arbitraryLine, text: arbitraryProse, baseline: optional(fc.constantFrom('independence', 'dialogue', 'quality', 'long-term', 'openness', 'diversity')) }),
      { selector: (p) => p.id, minLength: 1, maxLength: 4 },
    ),
    commitmentTexts: fc.array(fc.tuple(fc.constantFrom('kommunen', 'civil', 'joint'), arbitraryProse), { maxLength: 4 }),
    meeting: optional(fc.record({ id: arbitraryId, name: arbitraryLine, frequency: fc.constantFrom('yearly', 'quarterly', 'as-needed') })),
    adoption: fc.record({ body: optional(arbitraryLine), date: historicalDay, reference: optional(caseNumber), replaces: optional(fc.array(caseNumber, { minLength: 1, maxLength: 2 })) }),
    review: optional(fc.record({ cycle_years: fc.integer({ min: 1, max: 5 }), last_reviewed: optional(historicalDay), next_review: optional(day) })),
    revisions: optional(fc.array(fc.record({ version: fc.integer({ min: 2000, max: 2040 }).map(String), date: historicalDay, summary: optional(arbitraryProse) }), { maxLength: 3 })),
    extension,
  })
  .map((c) => {
    const principleIds = c.principles.map((principle) => principle.id);
    const compact = withoutUndefined({
      compact: 1,
      id: c.id,
      title: c.title,
      language: c.language,
      status: c.adopted ? 'adopted' : 'draft',
      version: c.version,
      jurisdiction: c.jurisdiction,
      baseline: c.baseline,
      parties: [
        { id: 'kommunen', name: c.publicName, role: 'public' },
        withoutUndefined({ id: 'civil', name: c.civilName, role: 'civil-society', description: c.civilDescription }),
      ],
      sections: c.sections,
      principles: c.principles.map(withoutUndefined),
      commitments: c.commitmentTexts.length > 0 ? c.commitmentTexts.map(([party, text], index) => ({ id: `c${index}`, party, text, principles: principleIds.slice(0, 1 + (index % principleIds.length)) })) : undefined,
      governance: c.meeting ? { bodies: [{ id: 'samradet', name: 'Samrådet', members: [{ party: 'kommunen' }, { party: 'civil' }] }], meetings: [c.meeting] } : undefined,
      adoption: c.adopted ? withoutUndefined(c.adoption) : undefined,
      review: c.review ? withoutUndefined(c.review) : undefined,
      revisions: c.revisions?.map(withoutUndefined),
      ...c.extension,
    });
    // Plain objects all the way down, as the YAML loader gives them.
    return JSON.parse(JSON.stringify(compact)) as Record<string, unknown>;
  });

export interface Layout {
  /** A permutation seed per mapping: keys are written in a shuffled order. */
  seed: number;
  indent: 2 | 4;
  lineWidth: number;
  comments: boolean;
  blockStyle: 'folded' | 'literal' | 'library';
}

export const arbitraryLayout: fc.Arbitrary<Layout> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  indent: fc.constantFrom(2 as const, 4 as const),
  lineWidth: fc.constantFrom(0, 40, 80),
  comments: fc.boolean(),
  blockStyle: fc.constantFrom('folded' as const, 'literal' as const, 'library' as const),
});

/** Writes compact data as YAML the way a person might: keys in any order, comments here and there, prose folded or literal. */
export function writeMessily(data: unknown, layout: Layout): string {
  const document = new Document(data, { version: '1.2' });
  let state = layout.seed;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state;
  };
  let counter = 0;
  visit(document, {
    Map(_key, map) {
      for (let index = map.items.length - 1; index > 0; index--) {
        const other = next() % (index + 1);
        [map.items[index], map.items[other]] = [map.items[other]!, map.items[index]!];
      }
      if (!layout.comments) return;
      for (const pair of map.items) {
        if (next() % 3 === 0 && isScalar(pair.key)) pair.key.commentBefore = ` note ${counter++} ö`;
        if (next() % 4 === 0 && isScalar(pair.value)) pair.value.comment = ` trailing ${counter++}`;
        if (next() % 5 === 0 && isScalar(pair.key) && isMap(map)) pair.key.spaceBefore = true;
      }
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || node.value.length < 30) return;
      if (layout.blockStyle === 'folded') node.type = Scalar.BLOCK_FOLDED;
      else if (layout.blockStyle === 'literal') node.type = Scalar.BLOCK_LITERAL;
    },
  });
  if (layout.comments) document.commentBefore = ' yaml-language-server: $schema=../schemas/compact.schema.json';
  const options: ToStringOptions = { indent: layout.indent, lineWidth: layout.lineWidth };
  return document.toString(options);
}
