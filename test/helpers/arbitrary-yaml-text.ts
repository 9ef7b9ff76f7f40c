// YAML-ish text for the fuzz tests: real compacts with random edits (what a person or a bad merge does to a
// file), YAML built from a small grammar (every node style, anchors, tags, comments), and raw random strings.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function yamlFilesIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The real compacts the mutations start from, by path: the examples, the valid fixtures and the YAML style fixtures. */
export const SEED_FILES: readonly string[] = [...yamlFilesIn('examples'), ...yamlFilesIn('test/fixtures/valid'), ...yamlFilesIn('test/fixtures/yaml-styles')];
const SEED_TEXTS = new Map(SEED_FILES.map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));

/** Tokens that mean something to YAML, to the Markdown the renderer writes, or to the HTML it becomes. */
export const YAML_TOKENS = [
  ':', ': ', '- ', '-', '&a ', '*a', '&b ', '*b', '<<: *a', '!tag ', '!!str ', '!!int ', '!!binary ', '!!map ', '!<tag:x> ', '? ', '|', '>', '|-', '>+', '|2', '"', "'", '#', ' # ',
  '[', ']', '{', '}', ',', '---', '...', '%YAML 1.2', '%TAG ! tag:x:', '\t', '\u0000', '\r', '\r\n', '\n', '\\', '@', '`', '%', '~', 'null', '.nan', '-.inf', '0x1F', '1e400',
  '\uFEFF', '\u200B', '\u2028', '\u0085', '\uD800', '\uDFFF', '😀', '𝔄', '\u0301', 'Ö', '§', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))',
  '{{title}}', '{{{title}}}', '${x}', '__proto__', 'constructor', '*[link]*', '***', '____', '<!--', '-->', '&amp;', '\\u0000',
] as const;

const line = fc.nat();
const column = fc.nat();

type Edit =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number; to: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'indent'; at: number; count: number; by: number }
  | { kind: 'insert'; at: number; col: number; text: string }
  | { kind: 'replaceLine'; at: number; text: string }
  | { kind: 'longWord'; at: number; col: number; char: string; length: number }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'excerpt'; at: number; count: number }
  | { kind: 'lineEndings'; ending: '\r\n' | '\r' | 'mixed' }
  | { kind: 'bom' };

/** Random text with astral characters, combining marks and lone surrogates among ordinary ones. */
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'abcåäö :-#"\'\t{}[],&*!|>?%@`'.split('')), maxLength: 20 }),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: line, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: line, count: fc.integer({ min: 1, max: 5 }), to: line }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: line, b: line }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('indent' as const), at: line, count: fc.integer({ min: 1, max: 4 }), by: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: line, col: column, text: fc.oneof(fc.constantFrom(...YAML_TOKENS), unicodeText) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceLine' as const), at: line, text: fc.oneof(fc.constantFrom(...YAML_TOKENS), unicodeText) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('longWord' as const), at: line, col: column, char: fc.constantFrom('x', 'ö', '😀', ' ', '-', '*', '_', '[', '`'), length: fc.integer({ min: 100, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('excerpt' as const), at: line, count: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), ending: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

function applyEdit(text: string, change: Edit): string {
  const lines = text.split('\n');
  const at = (n: number) => n % lines.length;
  switch (change.kind) {
    case 'delete':
      lines.splice(at(change.at), change.count);
      break;
    case 'duplicate':
      lines.splice(at(change.to), 0, ...lines.slice(at(change.at), at(change.at) + change.count));
      break;
    case 'swap': {
      const [a, b] = [at(change.a), at(change.b)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case 'indent':
      for (let index = at(change.at); index < Math.min(lines.length, at(change.at) + change.count); index++) {
        const current = lines[index]!;
        lines[index] = change.by >= 0 ? ' '.repeat(change.by) + current : current.replace(new RegExp(`^ {0,${-change.by}}`), '');
      }
      break;
    case 'insert': {
      const target = lines[at(change.at)]!;
      const col = change.col % (target.length + 1);
      lines[at(change.at)] = target.slice(0, col) + change.text + target.slice(col);
      break;
    }
    case 'replaceLine':
      lines[at(change.at)] = change.text;
      break;
    case 'longWord': {
      const target = lines[at(change.at)]!;
      const col = change.col % (target.length + 1);
      lines[at(change.at)] = target.slice(0, col) + change.char.repeat(change.length) + target.slice(col);
      break;
    }
    case 'truncate':
      return text.slice(0, Math.floor(text.length * change.fraction));
    case 'excerpt':
      return lines.slice(at(change.at), at(change.at) + change.count).join('\n');
    case 'lineEndings':
      return change.ending === 'mixed' ? lines.map((each, index) => each + (index % 2 === 0 ? '\r\n' : '\n')).join('') : lines.join(change.ending);
    case 'bom':
      return `\uFEFF${text.replace(/^\uFEFF/, '')}`;
  }
  return lines.join('\n');
}

export interface MutatedText {
  source: string;
  edits: Edit[];
  text: string;
}

/** A real compact with one to six random edits; the source and the edits are kept to report a failing case. */
export const arbitraryMutatedCompact: fc.Arbitrary<MutatedText> = fc
  .record({ source: fc.constantFrom(...SEED_FILES), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) })
  .map(({ source, edits }) => ({ source, edits, text: edits.reduce(applyEdit, SEED_TEXTS.get(source)!) }));

/** Two edited copies of one real compact (one of them may be unedited): the two sides of a `diff --force`. */
export const arbitraryMutatedRevisions: fc.Arbitrary<[MutatedText, MutatedText]> = fc
  .record({ source: fc.constantFrom(...SEED_FILES), before: fc.array(edit, { maxLength: 3 }), after: fc.array(edit, { minLength: 1, maxLength: 3 }) })
  .map(({ source, before, after }) => [
    { source, edits: before, text: before.reduce(applyEdit, SEED_TEXTS.get(source)!) },
    { source, edits: after, text: after.reduce(applyEdit, SEED_TEXTS.get(source)!) },
  ]);

/** A real compact with edits that keep it close to valid: moved, repeated and re-indented lines, CRLF, a BOM. */
export const arbitraryLightlyMutatedCompact: fc.Arbitrary<MutatedText> = fc
  .record({
    source: fc.constantFrom(...SEED_FILES),
    edits: fc.array(
      edit.filter((change) => ['swap', 'indent', 'duplicate', 'lineEndings', 'bom', 'insert'].includes(change.kind) && (change.kind !== 'insert' || !/[\n\r\t:]/.test(change.text))),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map(({ source, edits }) => ({ source, edits, text: edits.reduce(applyEdit, SEED_TEXTS.get(source)!) }));

// The grammar: a tree of YAML nodes, each with an optional anchor, tag and comment, written in block or flow style.

interface YamlNode {
  value: YamlValue;
  anchor?: string;
  tag?: string;
  comment?: string;
}

type YamlValue =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; style: '|' | '>' | '|-' | '>-' | '|+'; lines: string[] }
  | { kind: 'map'; flow: boolean; entries: [string, YamlNode][] }
  | { kind: 'seq'; flow: boolean; items: YamlNode[] };

const KEYS = [
  'compact', 'id', 'title', 'language', 'status', 'version', 'jurisdiction', 'baseline', 'url', 'parties', 'sections', 'definitions', 'principles', 'commitments', 'governance',
  'adoption', 'decisions', 'review', 'revisions', 'signatories', 'name', 'role', 'text', 'party', 'date', 'body', 'reference', 'members', 'meetings', 'frequency', 'cycle_years',
  'last_reviewed', 'next_review', 'organisation', 'org_number', 'x-note', 'titel', '<<', '? x', 'a b', '"quoted"', "'single'", '1', 'true', '~', '',
];
const PLAIN = [
  '1', '0', '-1', '2.5', '1e3', '0o17', '0x1f', '.inf', '.nan', 'true', 'false', 'yes', 'no', 'null', '~', '2020-03-12', '2020-13-45', '2018', '2018-05', 'sv', 'en', 'draft', 'adopted',
  'public', 'civil-society', 'kommunen', 'civilsamhallet', 'dialog', 'joint', 'Exempelby kommun', 'KS/2019:412', '556000-0001', 'a@example.se', 'https://example.se', 'Överenskommelse',
  'idéburna', '😀', 'a: b', 'x #y', '*a', '&a x', '!tag x', '!!int x', '"open', "'open", '"closed"', "'it''s'", '[1, 2', '{a: 1', '- x', '? x', '|', '>', '@x', '`x`', '%x',
];

/** Present in about one node in eight, so that most generated files are YAML and reach the validator. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

const scalar = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }).map((text): YamlValue => ({ kind: 'scalar', text }));
const block = fc
  .record({ style: fc.constantFrom('|' as const, '>' as const, '|-' as const, '>-' as const, '|+' as const), lines: fc.array(fc.oneof(fc.constantFrom(...PLAIN, '', '  indented'), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 4 }) })
  .map((value): YamlValue => ({ kind: 'block', ...value }));

const { node: arbitraryNode } = fc.letrec<{ node: YamlNode; value: YamlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    block,
    fc.record({ kind: fc.constant('map' as const), flow: fc.boolean(), entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 5 }) }),
    fc.record({ kind: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(tie('node'), { maxLength: 5 }) }),
  ),
  node: fc.record({
    value: tie('value'),
    anchor: rarely(fc.constantFrom('a', 'b', 'x1')),
    tag: rarely(fc.constantFrom('!tag', '!!str', '!!map', '!!seq', '!!int', '!!binary', '!!set', '!!omap')),
    comment: rarely(fc.constantFrom('# note', '#no-space', '# ö 😀')),
  }),
}));

function properties(node: YamlNode): string {
  return [node.anchor ? `&${node.anchor}` : '', node.tag ?? ''].filter(Boolean).join(' ');
}

function writeFlow(node: YamlNode): string {
  const head = properties(node);
  const prefix = head ? `${head} ` : '';
  const { value } = node;
  switch (value.kind) {
    case 'scalar':
      return prefix + value.text;
    case 'block':
      return prefix + JSON.stringify(value.lines.join('\n'));
    case 'map':
      return `${prefix}{ ${value.entries.map(([key, child]) => `${key}: ${writeFlow(child)}`).join(', ')} }`;
    case 'seq':
      return `${prefix}[${value.items.map(writeFlow).join(', ')}]`;
  }
}

/** Writes a node that follows a key or a dash, its children at `indent` spaces. */
function writeBlock(node: YamlNode, indent: number): string {
  const pad = ' '.repeat(indent);
  const head = properties(node) ? ` ${properties(node)}` : '';
  const comment = node.comment ? ` ${node.comment}` : '';
  const { value } = node;
  switch (value.kind) {
    case 'scalar':
      return `${head} ${value.text}${comment}`;
    case 'block':
      return `${head} ${value.style}${comment}\n${value.lines.map((each) => `${pad}${each}`).join('\n')}`;
    case 'map':
      if (value.flow || value.entries.length === 0) return ` ${writeFlow(node)}${comment}`;
      return `${head}${comment}\n${value.entries.map(([key, child]) => `${pad}${key}:${writeBlock(child, indent + 2)}`).join('\n')}`;
    case 'seq':
      if (value.flow || value.items.length === 0) return ` ${writeFlow(node)}${comment}`;
      return `${head}${comment}\n${value.items.map((item) => `${pad}-${writeBlock(item, indent + 2)}`).join('\n')}`;
  }
}

/** YAML written from a random tree of mappings, lists, scalars and block scalars, with anchors, tags and comments. */
export const arbitraryGrammarYaml: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), arbitraryNode), { minLength: 1, maxLength: 8 })
  .map((entries) => `${entries.map(([key, node]) => `${key}:${writeBlock(node, 2)}`).join('\n')}\n`);

/** Any text at all: random code points, or YAML punctuation and line breaks in random order. */
export const arbitraryRandomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.constantFrom(...KEYS), fc.constantFrom(' ', '  ', '\n', '\n  ', '\n- ')), { maxLength: 80 }).map((parts) => parts.join('')),
);

/** What a compact file given to the tool might hold: mostly edited real compacts, also grammar-built YAML and noise. */
export const arbitraryYamlText: fc.Arbitrary<{ origin: string; text: string }> = fc.oneof(
  { weight: 6, arbitrary: arbitraryMutatedCompact.map((value) => ({ origin: `${value.source} with ${JSON.stringify(value.edits)}`, text: value.text })) },
  { weight: 3, arbitrary: arbitraryGrammarYaml.map((text) => ({ origin: 'grammar', text })) },
  { weight: 1, arbitrary: arbitraryRandomText.map((text) => ({ origin: 'random', text })) },
);
