import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyChanges,
  diffCompacts,
  formatCompactText,
  importSignatories,
  lint,
  lintFiles,
  loadConfig,
  parseCompact,
  render,
  validate,
  type Compact,
} from '../../src/index.js';
import { parseCsv } from '../../src/signatory/csv.js';
import { HOSTILE_FIXTURES } from './generate.js';

const fixture = (name: string) => `${HOSTILE_FIXTURES}/${name}`;
const read = (name: string) => readFileSync(fixture(name), 'utf8');

/** Whether anything reached the prototypes every object and array shares. */
function polluted(): unknown[] {
  return [({} as Record<string, unknown>).polluted, ([] as unknown as Record<string, unknown>).polluted, (Object.prototype as Record<string, unknown>).polluted];
}

afterEach(() => {
  expect(polluted()).toEqual([undefined, undefined, undefined]);
});

describe('__proto__, constructor and prototype keys through the library', () => {
  it('are own keys of plain data, reported by the schema as unknown keys', () => {
    const loaded = parseCompact(read('proto-keys.yaml'), 'proto-keys.yaml');
    const data = loaded.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    const unknown = validate(loaded).filter((finding) => finding.ruleId === 'schema/additionalProperties').map((finding) => `${finding.line}: ${finding.message.split(';')[0]}`);
    expect(unknown).toEqual([
      '6: unknown key "__proto__" in the compact',
      '8: unknown key "constructor" in the compact',
      '15: unknown key "__proto__" in parties[0]',
      '23: unknown key "constructor" in principles[0]',
    ]);
  });

  it('in x- data: lint passes, render and fmt keep them as data', async () => {
    const loaded = parseCompact(read('proto-keys-in-extension.yaml'), 'x.yaml');
    expect(lint(loaded, { today: '2026-01-01' }).filter((finding) => finding.severity === 'error')).toEqual([]);
    const html = (await render(loaded.data as Compact, { format: 'html' })) as string;
    expect(html).toContain('<h1');
    expect(formatCompactText(read('proto-keys-in-extension.yaml')).text).toContain('  __proto__: {polluted: yes}\n');
  });

  it('diff and applyChanges treat them as keys, and rebuild the other side without touching a prototype', () => {
    const before = parseCompact(read('proto-keys-in-extension.yaml')).data as Compact;
    const after = parseCompact(read('proto-keys-in-extension-after.yaml')).data as Compact;
    const { changes } = diffCompacts(before, after);
    expect(changes.map((change) => change.path.join('.'))).toEqual(expect.arrayContaining(['x-notes.__proto__.polluted', 'x-notes.__proto__.more']));
    const rebuilt = applyChanges(before, changes) as unknown as Record<string, Record<string, unknown>>;
    expect(rebuilt).toEqual(after);
    expect(Object.getPrototypeOf(rebuilt['x-notes'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(rebuilt['x-notes'], '__proto__')?.value).toEqual({ polluted: 'no', more: 'yes' });
  });

  it('applyChanges given a change whose path goes through __proto__ sets an own key only', () => {
    const before = parseCompact(read('base.yaml')).data as Compact;
    const rebuilt = applyChanges(before, [{ kind: 'added', path: ['__proto__', 'polluted'], after: true } as never]) as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(rebuilt, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(rebuilt.polluted).toBeUndefined();
  });

  it('lint configs with such keys are refused with their line', async () => {
    await expect(loadConfig(fixture('config-proto/.compactrc.yaml'))).rejects.toThrow(/\.compactrc\.yaml:1:1: unknown key "__proto__" in the config/);
    await expect(loadConfig(fixture('config-proto-rules/.compactrc.yaml'))).rejects.toThrow(/:2:3: unknown rule "__proto__"[\s\S]*:3:3: unknown rule "constructor"/);
    await expect(loadConfig(fixture('config-proto-extends/.compactrc.json'))).rejects.toThrow(/\.compactrc\.json:1:13: extends __proto__: not a relative path \(\.\/…, \.\.\/…\) nor an npm package name/);
    await expect(lintFiles([fixture('config-proto-rules/compact.yaml')])).rejects.toThrow(/unknown rule "__proto__"/);
    const settings = JSON.parse('{"__proto__": "error", "constructor": "warning"}') as Record<string, never>;
    expect(() => lint(parseCompact(read('base.yaml')), { rules: settings })).toThrow(/unknown rule "__proto__"[\s\S]*unknown rule "constructor"/);
  });

  it('a CSV with such a column is refused, and such a party is refused per row', async () => {
    expect(parseCsv(read('proto-columns.csv')).records[0]!.cells).toContain('__proto__');
    await expect(importSignatories(fixture('base.yaml'), read('proto-columns.csv'), { dryRun: true })).rejects.toThrow(/column 3 "__proto__" is not a signatory field/);
    const result = await importSignatories(fixture('base.yaml'), read('proto-values.csv'), { dryRun: true });
    expect(result.refused.map((row) => row.row)).toEqual([2, 3]);
  });

  it('template labels named __proto__ and constructor are plain labels', async () => {
    const markdown = (await render(parseCompact(read('base.yaml')).data as Compact, { format: 'md', templateDir: fixture('templates/strings-proto') })) as string;
    expect(markdown).toContain('## Grundsatser');
  });
});
