import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGrammarYaml, arbitraryYamlText } from '../helpers/arbitrary-yaml-text.js';
import { arbitrarySchemaCompact } from '../helpers/arbitrary-schema-compact.js';
import { arbitraryCompact, arbitraryLayout, writeMessily } from '../helpers/arbitrary-yaml-compact.js';
import { stringify } from 'yaml';
import { readBlockYaml } from '../../src/load/block-yaml.js';
import { fastParse } from '../../src/load/fast-parse.js';
import { parseFully, parseYaml } from '../../src/load/parse.js';
import { multiplier, seed } from './budget.js';
import type { JsonPath } from '../../src/findings.js';

/**
 * One reading of a file: wherever the fast reader gives data, the `yaml` library reads the same file without a
 * problem, to the same data (Object.is for every number: -0, NaN), with no warning, and every finding the lint
 * and schema place through the lazily built positions is where the full reading puts it.
 */
function sameReading(text: string): void {
  const fast = fastParse(text);
  const block = readBlockYaml(text);
  if (!fast && block === undefined) return;
  const full = parseFully(text, 'x.yaml');
  expect(full.ok, `the full reader refuses what the fast one read:\n${JSON.stringify(text)}`).toBe(true);
  if (!full.ok) return;
  if (block !== undefined) expect(block, `line reader: ${JSON.stringify(text)}`).toStrictEqual(full.data);
  if (!fast) return;
  expect(fast.data, JSON.stringify(text)).toStrictEqual(full.data);
  expect(full.warnings).toEqual([]);
  const lazy = parseYaml(text, 'x.yaml');
  if (!lazy.ok) throw new Error('the lazy reading failed');
  for (const path of pathsIn(full.data)) {
    const where = `${JSON.stringify(path)} in\n${text}`;
    expect(lazy.sourceMap.locate(path), where).toEqual(full.sourceMap.locate(path));
    expect(lazy.sourceMap.locateKey(path), where).toEqual(full.sourceMap.locateKey(path));
    expect(lazy.sourceMap.locateMapping(path), where).toEqual(full.sourceMap.locateMapping(path));
  }
}

/** Every path to a value in the data, and one missing key or index under each collection: at most 300. */
function pathsIn(data: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const visit = (value: unknown, path: JsonPath) => {
    if (paths.length >= 300) return;
    paths.push(path);
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      paths.push([...path, value.length], [...path, value.length, 'id']);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      paths.push([...path, 'missing'], [...path, 'missing', 0]);
    }
  };
  visit(data, []);
  return paths;
}

const runs = (base: number) => Math.max(1, Math.round(base * multiplier()));
/** Time enough for `base` cases at any COMPACT_FUZZ_RUNS, on a loaded machine: 20 ms a case, at least a minute. */
const timeFor = (base: number) => Math.max(60_000, runs(base) * 20);

describe('the fast YAML reader and the yaml library read a file the same way', () => {
  it('on edited real compacts, grammar-built YAML and noise', () => {
    fc.assert(fc.property(arbitraryYamlText, ({ text }) => sameReading(text)), { numRuns: runs(3000), seed: seed() });
  }, timeFor(3000));

  it('on grammar-built YAML', () => {
    fc.assert(fc.property(arbitraryGrammarYaml, (text) => sameReading(text)), { numRuns: runs(2000), seed: seed() });
  }, timeFor(2000));

  it('on compacts generated from the schema, written out by the yaml library', () => {
    fc.assert(fc.property(arbitrarySchemaCompact, (data) => sameReading(stringify(data))), { numRuns: runs(300), seed: seed() });
  }, timeFor(300));

  it('on compacts written with comments, blank lines and both list styles', () => {
    fc.assert(fc.property(arbitraryCompact, arbitraryLayout, (data, layout) => sameReading(writeMessily(data, layout))), { numRuns: runs(300), seed: seed() });
  }, timeFor(300));

  it.each([
    ['017', 17], ['0o17', 15], ['0x1F', 31], ['1_000', '1_000'], ['12:30', '12:30'], ['0b101', '0b101'], ['09', 9], ['+5', 5], ['-0', -0],
    ['1e3', 1000], ['.5', 0.5], ['1.', 1], ['.inf', Infinity], ['-.Inf', -Infinity], ['.NaN', NaN], ['yes', 'yes'], ['no', 'no'], ['on', 'on'], ['off', 'off'],
    ['True', true], ['FALSE', false], ['tRUE', 'tRUE'], ['~', null], ['Null', null], ['', null], ['2024-05-24', '2024-05-24'], ['2024-05-24T10:00:00Z', '2024-05-24T10:00:00Z'],
  ] as const)('reads the plain scalar %j as YAML 1.2 core does', (scalar, expected) => {
    const text = `value: ${scalar}\n`;
    expect(fastParse(text)?.data).toStrictEqual({ value: expected });
    sameReading(text);
  });

  it.each([
    ['a literal block', 'text: |\n  one\n    two\n\n  three\n'],
    ['a stripped literal block', 'text: |-\n  one\n  two\n\n'],
    ['a folded block with blank lines', 'text: >\n  one\n  two\n\n\n  three\nnext: 1\n'],
    ['a stripped folded block in a list', 'items:\n  - >-\n    one\n    two\n  - x\n'],
    ['a block scalar that looks like comments', 'text: |\n  # not a comment\n  x: y\n'],
    ['plain text over several lines', 'text: one\n  two\n\n  three   \n  four # note\nb: 2\n'],
    ['a list item over several lines', 'list:\n- one\n  two\n- three\n'],
    ['quoted text with escapes', 'a: "tab\\there \\"q\\" \\u00e5 \\\\"\nb: \'it\'\'s # not a comment\'  # a comment\n'],
    ['one-line flow collections', 'p: [dialog, oppenhet , 12, ~, "a, b"]\nq: []\nr: { id: x, n: 1.5, t: \'y\' }\ns: {}\n'],
    ['lists aligned with their key and nested in list items', 'a:\n- b: 1\n  c:\n  - d\n  - e: f\n    g: [h]\n-\n  i: j\n- \n'],
    ['Windows line breaks', 'a: 1\r\nb:\r\n  - c d\r\n  - |\r\n    e\r\n    f\r\n'],
    ['values of every core type', 'a: 017\nb: 0o17\nc: .inf\nd: -0\ne: ~\nf: True\ng: 2024-05-24\nh: no\ni:\nj: 1e3\nk: 0x1F\n'],
    ['comments and blank lines anywhere', '# top\n\na: 1 # one\n  # deeper comment\nb:   # b\n  c: d\n\n# end\n'],
    ['a text with colons and hashes', 'url: https://example.org/a#b\ntime: 12:30\nratio: a:b\n'],
  ])('reads %s line by line, as the yaml library reads it', (_name, text) => {
    expect(readBlockYaml(text), JSON.stringify(text)).toBeDefined();
    sameReading(text);
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a key that is a number', '1: a\n'],
    ['a quoted key', '"a": 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a mapping on a value line', 'a: b: c\n'],
    ['text after a closing quote', 'a: "b" c\n'],
    ['quoted text over two lines', 'a: "b\n  c"\n'],
    ['a line too deep', 'a: 1\n  b: 2\n'],
    ['a kept block', 'a: |+\n  b\n\n'],
    ['a folded block with a deeper line', 'a: >\n  b\n    c\n'],
    ['an escape that makes a control character', 'a: "\\u0007"\n'],
    ['a tab', 'a:\tb\n'],
    ['a nested flow collection', 'a: [b, [c]]\n'],
    ['a trailing comma', 'a: [b, ]\n'],
    ['a document marker', '---\na: 1\n'],
    ['a list at the top', '- a\n'],
    ['__proto__', '__proto__: 1\n'],
  ])('leaves %s to the other readers', (_name, text) => {
    expect(readBlockYaml(text), JSON.stringify(text)).toBeUndefined();
    sameReading(text);
  });

  it.each([
    ['a comment run that begins deeper in an item', 'a:\n  - x: 1\n    # deep\n  # at the list\n  - y: 2\n# top\nb: 1\n'],
    ['comments after a key with no value in an item', 'a:\n  - x: 1\n    b:\n# top\n  - y: 2\nc: 1\n'],
    ['comments after a first key with no value', 'a:\n  - b: # note\n\n  # at the list\n  - y: 2\n'],
    ['comments after an empty item deeper in', 'a:\n  - x:\n    -\n  # at the list\n  - y: 2\n'],
    ['comments after an empty item at the list', 'a:\n  - x\n  -\n# top\nc: 1\n'],
    ['a comment after a top-level key with no value', 'a:\n# top\nc: 1\n'],
    ['a last line without a line break', 'compact:\n- compact'],
  ])('places every path as the full reading does: %s', (_name, text) => {
    expect(fastParse(text), JSON.stringify(text)).toBeDefined();
    sameReading(text);
  });

  it('leaves anchors, tags, complex keys and control characters to the full reader', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!binary aGk=\n', '? [a]\n: b\n', 'a: "\\u0007"\n', 'a: b\u0007\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n']) {
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('still refuses a billion-laughs file and deep nesting, through the full reader', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const refused = parseYaml(laughs, 'x.yaml');
    expect(refused.ok).toBe(false);
    const deep = parseYaml(`${'['.repeat(5000)}${']'.repeat(5000)}`, 'x.yaml');
    expect(deep.ok).toBe(false);
  });
});
