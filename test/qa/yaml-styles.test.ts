import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { commentsOf } from '../helpers/yaml-comments.js';

/** Compacts written in styles the examples do not use: flow collections, anchors and aliases, comments everywhere, block scalar indicators, quoted and x- keys. */
const FIXTURES = new URL('../fixtures/yaml-styles/', import.meta.url);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-qa-styles-'));
});

function copy(name: string, transform: (text: string) => string = (text) => text): { file: string; before: string } {
  const before = transform(readFileSync(new URL(name, FIXTURES), 'utf8'));
  const file = join(dir, name);
  writeFileSync(file, before);
  return { file, before };
}

const dataOf = (text: string) => parse(text.replace(/^\uFEFF/, ''), { version: '1.2' }) as Record<string, unknown>;
const without = (data: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
const asWindowsFileWithBom = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');

describe('fmt keeps the data and every comment of files in any YAML style, and is idempotent', () => {
  for (const [label, name, transform] of [
    ['mixed styles', 'mixed-styles.yaml', undefined],
    ['mixed styles saved on Windows with a BOM', 'mixed-styles.yaml', asWindowsFileWithBom],
    ['mixed styles without a final newline', 'mixed-styles.yaml', withoutFinalNewline],
    ['aliases that reordering puts above their anchors', 'anchors.yaml', undefined],
    ['document markers, a comment in a flow mapping, indentation indicators', 'document-markers.yaml', undefined],
    ['an anchor name used twice, with reordering moving aliases', 'repeated-anchor-names.yaml', undefined],
  ] as const) {
    it(label, async () => {
      const { file, before } = copy(name, transform);
      const first = await runCli(['fmt', file]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const after = readFileSync(file, 'utf8');
      expect(dataOf(after)).toEqual(dataOf(before));
      expect(commentsOf(after.replace(/\r/g, ''))).toEqual(commentsOf(before.replace(/^\uFEFF/, '').replace(/\r/g, '')));
      expect((await runCli(['fmt', '--check', file])).code).toBe(0);
    });
  }
});

describe('revise changes only what a revision records', () => {
  it('keeps the values that aliases elsewhere share with the adoption it replaces', async () => {
    const { file, before } = copy('anchors.yaml');
    const result = await runCli(['revise', file, '--version', '2030', '--summary', 'Ny', '--body', 'Kommunstyrelsen', '--date', '2030-01-01', '--reference', 'KS/2030:1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = dataOf(readFileSync(file, 'utf8'));
    const original = dataOf(before);
    expect((data.decisions as unknown[])[0]).toEqual((original.decisions as unknown[])[0]);
    expect(data.adoption).toEqual({ body: 'Kommunstyrelsen', date: '2030-01-01', reference: 'KS/2030:1', replaces: ['KS/2016:639'] });
    expect(without(data, 'version', 'status', 'adoption', 'review', 'revisions', 'decisions')).toEqual(without(original, 'status', 'adoption', 'decisions'));
  });
});

describe('signatory add on files in other styles', () => {
  const add = (file: string) => runCli(['signatory', 'add', file, '--party', 'foreningar', '--organisation', 'Ny förening', '--name', 'Bo Ek', '--date', '2024-05-01']);

  for (const [label, transform] of [
    ['mixed styles', undefined],
    ['mixed styles saved on Windows with a BOM', asWindowsFileWithBom],
    ['mixed styles without a final newline', withoutFinalNewline],
  ] as const) {
    it(`appends to ${label}, keeping the rest of the data and every comment`, async () => {
      const { file, before } = copy('mixed-styles.yaml', transform);
      const result = await add(file);
      expect(result.code).toBe(0);
      const after = readFileSync(file, 'utf8');
      expect(without(dataOf(after), 'signatories')).toEqual(without(dataOf(before), 'signatories'));
      expect((dataOf(after).signatories as unknown[]).at(-1)).toEqual({ party: 'foreningar', organisation: 'Ny förening', name: 'Bo Ek', date: '2024-05-01' });
      expect(commentsOf(after.replace(/\r/g, ''))).toEqual(commentsOf(before.replace(/^\uFEFF/, '').replace(/\r/g, '')));
    });
  }

  it('starts a signatories list after a last value written |+ without adding a line to its text', async () => {
    const { file, before } = copy('kept-block-at-end.yaml');
    expect((await add(file)).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(without(dataOf(after), 'signatories')).toEqual(dataOf(before));
    expect(dataOf(after).signatories).toHaveLength(1);
  });

  it('starts a signatories list above the document end marker (...) that closes the file', async () => {
    const { file, before } = copy('document-markers.yaml');
    const result = await add(file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(without(dataOf(after), 'signatories')).toEqual(dataOf(before));
    expect(dataOf(after).signatories).toHaveLength(1);
    expect(after.endsWith('...\n')).toBe(true);
  });

  it('refuses in one line, writing nothing, a flow list of signatories with comments inside it', async () => {
    const { file, before } = copy('flow-signatories.yaml');
    const result = await add(file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('flow-signatories.yaml: signatories is a flow list');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('rewrites a flow list without comments inside as a block list, keeping the comment after it', async () => {
    const { file } = copy('flow-signatories.yaml', (text) => text.replace('# first\n ', ''));
    expect((await add(file)).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(dataOf(after).signatories).toHaveLength(3);
    expect(after).toContain('# after');
  });
});

