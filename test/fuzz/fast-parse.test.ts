import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGrammarYaml, arbitraryYamlText } from '../helpers/arbitrary-yaml-text.js';
import { arbitrarySchemaCompact } from '../helpers/arbitrary-schema-compact.js';
import { arbitraryCompact, arbitraryLayout, writeMessily } from '../helpers/arbitrary-yaml-compact.js';
import { stringify } from 'yaml';
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
  if (!fast) return;
  const full = parseFully(text, 'x.yaml');
  expect(full.ok, `the full reader refuses what the fast one read:\n${JSON.stringify(text)}`).toBe(true);
  if (!full.ok) return;
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
