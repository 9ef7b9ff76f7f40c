import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadError, loadCompact, parseCompact, parseCompactText } from '../../src/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = `compact: 1
id: exempel
title: Överenskommelse
language: sv
status: draft
version: 2018
parties:
  - id: kommunen
    name: Exempelby kommun
    role: public
  - id: civilsamhallet
    name: "Det civila samhället"
    role: civil-society
principles:
  - id: dialog
    title: Dialog
    text: >-
      En kontinuerlig dialog
      är en förutsättning.
x-flags: [yes, no, on, off, 2018-05-24, 0o17, ~]
`;

describe('loader', () => {
  it('reads YAML 1.2 core: dates and yes/no/on/off stay strings', () => {
    const compact = parseCompact(SAMPLE, 'sample.yaml');
    expect((compact.data as Record<string, unknown>)['x-flags']).toEqual(['yes', 'no', 'on', 'off', '2018-05-24', 15, null]);
  });

  it('maps every JSON path to file, line, column, endLine and endColumn', () => {
    const { sourceMap } = parseCompact(SAMPLE, 'sample.yaml');
    expect(sourceMap.locate(['title'])).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 23 });
    expect(sourceMap.locate(['parties', 1, 'name'])).toEqual({ line: 12, column: 11, endLine: 12, endColumn: 33 });
    expect(sourceMap.locateKey(['parties', 1, 'name'])).toEqual({ line: 12, column: 5, endLine: 12, endColumn: 9 });
    const text = sourceMap.locate(['principles', 0, 'text']);
    expect(text).toEqual({ line: 17, column: 11, endLine: 19, endColumn: 27 });
    // A path that goes deeper than the file points at the deepest node that exists.
    expect(sourceMap.locate(['parties', 1, 'nope', 3])).toEqual(sourceMap.locate(['parties', 1]));
  });

  it('returns findings instead of throwing from parseCompactText', () => {
    const result = parseCompactText('a: 1\na: 2\n', 'dup.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ ruleId: 'yaml/duplicate-key', line: 2, column: 1, fatal: true });
  });

  it('refuses control characters in values but accepts what YAML counts as printable (tab, NEL)', () => {
    const refused = parseCompactText('title: "a\\x84b"\n', 'c1.yaml');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.findings[0]).toMatchObject({ ruleId: 'yaml/control-character', line: 1, column: 8 });
    for (const text of ['title: "a\\tb"\n', 'title: "a\\Nb"\n', 'title: a\u0085b\n']) expect(parseCompactText(text, 'c2.yaml').ok).toBe(true);
  });

  it('ends an unclosed-quote finding inside its line when the parser places it on the line break', () => {
    const text = 'compact:\n  compact: !"\ncompact: |\n  "open\n  1\n';
    const result = parseCompactText(text, 'tagged-quote.yaml');
    expect(result.ok).toBe(false);
    const widthOfLine2 = text.split('\n')[1]!.length + 1;
    for (const finding of result.ok ? [] : result.findings) {
      if (finding.line === 2) expect(finding.endColumn).toBeLessThanOrEqual(widthOfLine2);
    }
    expect(result.ok ? [] : result.findings.filter((finding) => finding.line === 2).length).toBeGreaterThan(0);
  });

  it('puts errors after a malformed block scalar on their own lines', () => {
    // The parser's own line count skips the two line breaks inside the block scalar that cannot start there.
    const text = '- {a: 1\nb:\n  text: >2-\n        folded\n      text\n  c: 1\n';
    const result = parseCompactText(text, 'broken.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split('\n');
    for (const finding of result.findings) expect(finding.endColumn).toBeLessThanOrEqual(lines[finding.endLine - 1]!.length + 1);
    expect(result.findings.at(-1)).toMatchObject({ line: 6, column: 3, endLine: 6, endColumn: 4 });
  });

  it('reports one YAML problem per line, on at most 20 lines, and counts the lines left in one more finding', () => {
    const stray = parseCompactText(`compact: 1\ntext: >-\n${'['.repeat(5000)}\ntitle: x\n`, 'stray.yaml');
    expect(stray.ok).toBe(false);
    if (stray.ok) return;
    expect(stray.findings.filter((finding) => finding.line === 3)).toHaveLength(1);
    expect(new Set(stray.findings.map((finding) => finding.line)).size).toBe(stray.findings.length);

    const broken = parseCompactText(`compact: 1\n${Array.from({ length: 30 }, (_, index) => `k${index}: [a\n`).join('')}`, 'many.yaml');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.findings).toHaveLength(21);
    const more = broken.findings.at(-1)!;
    const left = broken.findings.slice(20);
    expect(more).toMatchObject({ ruleId: 'yaml/more-problems', severity: 'error', fatal: true });
    expect(more.line).toBeGreaterThan(broken.findings[19]!.line);
    expect(more.message).toMatch(/^the YAML has problems on \d+ more lines? from here; fix the ones above first/);
    expect(left).toHaveLength(1);
  });

  it('ends every range inside the text: an error at the end of the file, the empty document of an empty file', () => {
    const unfinished = parseCompactText('compact: 1\n&amp;', 'end.yaml');
    expect(unfinished.ok).toBe(false);
    if (!unfinished.ok) expect(unfinished.findings[0]).toMatchObject({ ruleId: 'yaml/missing-char', line: 2, column: 6, endLine: 2, endColumn: 6 });
    const empty = parseCompact('', 'empty.yaml');
    expect(empty.sourceMap.locate([])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('points at the opening quote of an unclosed value also after a tag or an anchor', () => {
    const result = parseCompactText('compact: 1\ntitle: !tag &t "open\n', 'quote.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ ruleId: 'yaml/missing-char', line: 2, column: 16, endLine: 2, endColumn: 17 });
  });

  it('throws a LoadError carrying the findings from loadCompact', async () => {
    await expect(loadCompact(`${ROOT}test/fixtures/invalid/tab-indentation.yaml`)).rejects.toBeInstanceOf(LoadError);
    await expect(loadCompact(`${ROOT}does-not-exist.yaml`)).rejects.toThrow(/no such file/);
  });

  it('stops a billion-laughs file quickly', async () => {
    const started = Date.now();
    const result = await runCli(['validate', 'test/fixtures/invalid/alias-bomb.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('too many times');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a file over the size cap with a clear message, without reading it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-'));
    const big = join(dir, 'oversized.yaml');
    writeFileSync(big, `compact: 1\nx-padding: "${'a'.repeat(10 * 1024 * 1024)}"\n`);
    const result = await runCli(['validate', big, '--format', 'json']);
    expect(result.code).toBe(2);
    const [finding] = JSON.parse(result.stdout);
    expect(finding).toMatchObject({ ruleId: 'input/too-large', line: 1, column: 1 });
    expect(finding.message).toContain('larger than 10 MB');
  });

  it('reads stdin for -', async () => {
    const result = await runCli(['validate', '-', '--format', 'json'], { input: SAMPLE.replace('status: draft', 'status: adoptd') });
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.stdout);
    expect(finding).toMatchObject({ file: '<stdin>', line: 5, column: 9, ruleId: 'schema/enum' });
    expect(finding.message).toContain('did you mean "adopted"?');
  });

  it('keeps an unquoted version label as a number and accepts it', () => {
    const compact = parseCompact(SAMPLE, 'sample.yaml');
    expect((compact.data as Record<string, unknown>).version).toBe(2018);
  });
});

describe('a loaded compact', () => {
  // Getters of an object literal gave each file a V8 map of its own in the old generation, which kept every file of a
  // batch alive until the next full collection: the positions must stay getters of the class.
  it('builds its Document and positions on first use, from getters that are not its own', async () => {
    const loaded = await loadCompact(join(ROOT, 'examples/orebro.yaml'));
    for (const name of ['document', 'sourceMap']) {
      expect(Object.getOwnPropertyDescriptor(loaded, name), name).toBeUndefined();
      expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(loaded), name)?.get, name).toBe('function');
    }
    expect(loaded.sourceMap.locate(['title'])).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(loaded.document.get('id')).toBe((loaded.data as { id: string }).id);
  });
});
