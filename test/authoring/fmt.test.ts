import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompactText } from '../../src/authoring/format.js';
import { CompactError, LoadError } from '../../src/errors.js';
import { parseCompact, parseCompactText } from '../../src/load/index.js';
import { isCompact } from '../../src/validate/index.js';
import { arbitraryCompact, arbitraryLayout, writeMessily } from '../helpers/arbitrary-yaml-compact.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { commentsOf } from '../helpers/yaml-comments.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));
const dataOf = (text: string) => parseCompact(text).data;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'compact-fmt-'));
}

describe('formatCompactText on the examples', () => {
  it.each(EXAMPLES)('%s keeps its data and every comment, and a second run changes nothing', (name) => {
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const once = formatCompactText(text, name);
    expect(dataOf(once.text)).toStrictEqual(dataOf(text));
    expect(commentsOf(once.text)).toStrictEqual(commentsOf(text));
    expect(commentsOf(once.text).length).toBeGreaterThan(0);
    expect(once.text.startsWith('# yaml-language-server: $schema=../schemas/compact.schema.json\ncompact: 1\n')).toBe(true);
    expect(formatCompactText(once.text, name)).toStrictEqual({ text: once.text, changed: false });
  });
});

describe('formatCompactText', () => {
  it('keeps the final line break a kept (|+) block scalar at the end needs, though the file ends without one', () => {
    const text = 'compact: 1\r\nid: q\r\ntitle: Q\r\nlanguage: sv\r\nstatus: draft\r\nx-note: |+\r\n  keep at end\n\r\n ';
    const once = formatCompactText(text, 'kept.yaml');
    expect(parseCompactText(once.text, 'kept.yaml')).toMatchObject({ ok: true, compact: { data: { 'x-note': 'keep at end\n\n' } } });
    expect(once.text).not.toMatch(/(?<!\r)\n/);
    expect(formatCompactText(once.text, 'kept.yaml')).toStrictEqual({ text: once.text, changed: false });
  });

  it('orders keys as the schema does, x- keys last, and keeps comments with their keys', () => {
    const text = [
      '# yaml-language-server: $schema=compact.schema.json',
      'title: Exempel   # the title',
      "id: 'exempel'",
      'x-owner: kansliet',
      'compact: 1',
      'status: draft',
      'language: sv',
      'principles:',
      '    # the first principle',
      '    - text: Dialog först.',
      '      id: dialog',
      '      title: Dialog',
      'parties:',
      '    - {role: public, id: kommunen, name: Exempel kommun}',
      '    - name: "Det civila samhället"',
      '      id: civil',
      '      role: civil-society',
      '',
    ].join('\n');
    const { text: formatted, changed } = formatCompactText(text);
    expect(changed).toBe(true);
    expect(formatted).toBe(
      [
        '# yaml-language-server: $schema=compact.schema.json',
        'compact: 1',
        'id: exempel',
        'title: Exempel # the title',
        'language: sv',
        'status: draft',
        'parties:',
        '  - {id: kommunen, name: Exempel kommun, role: public}',
        '  - id: civil',
        '    name: Det civila samhället',
        '    role: civil-society',
        'principles:',
        '  # the first principle',
        '  - id: dialog',
        '    title: Dialog',
        '    text: Dialog först.',
        'x-owner: kansliet',
        '',
      ].join('\n'),
    );
  });

  it('puts the keys of format 1.1 where the schema has them: outcomes after principles, times_per_year after frequency, ended after revisions, accession, related documents and source last', () => {
    const formatted = readFileSync(`${ROOT}${fixture('valid', 'format-1-1.yaml')}`, 'utf8');
    expect(formatCompactText(formatted).changed).toBe(false);
    const jumbled = formatted
      .replace(/^source:\n(?:  .*\n)+/m, '')
      .replace('principles:\n', `source:\n  complete: false\n  url: https://www.example.se/overenskommelsen\nprinciples:\n`)
      .replace('    - id: exempeltimmen\n      name: Exempeltimmen\n      times_per_year: {min: 2, max: 4}\n', '    - times_per_year: {min: 2, max: 4}\n      id: exempeltimmen\n      name: Exempeltimmen\n');
    const { text } = formatCompactText(jumbled);
    const keys = text.split('\n').filter((line) => /^[a-z_-]+:/.test(line)).map((line) => line.slice(0, line.indexOf(':')));
    expect(keys.slice(keys.indexOf('principles'))).toEqual(['principles', 'outcomes', 'commitments', 'governance', 'adoption', 'decisions', 'review', 'revisions', 'ended', 'signatories', 'accession', 'related_documents', 'source', 'x-ansvarig']);
    expect(text).toContain('    - id: exempeltimmen\n      name: Exempeltimmen\n      times_per_year: {min: 2, max: 4}\n');
  });

  it('keeps a header comment at the top, with the blank line after it when there was one', () => {
    const body = 'id: x\ncompact: 1\ntitle: X\nlanguage: sv\nstatus: draft\nparties: []\nprinciples: []\n';
    expect(formatCompactText(`# header\n\n${body}`).text.startsWith('# header\n\ncompact: 1\nid: x\n')).toBe(true);
    expect(formatCompactText(`# header\n${body}`).text.startsWith('# header\ncompact: 1\nid: x\n')).toBe(true);
  });

  it('quotes only what would otherwise read as another type, and keeps the line breaks of folded prose', () => {
    const text = [
      'compact: 1',
      "id: 'x'",
      'title: "Ja"',
      'language: sv',
      'status: adopted',
      'version: "2018"',
      'parties: [{id: a, name: "true", role: public}, {id: b, name: B, role: civil-society}]',
      'principles:',
      '  - id: p',
      '    title: P',
      '    text: >-',
      '        A long sentence that the author',
      '        wrapped by hand.',
      'adoption:',
      "  date: '2018-05'",
      '',
    ].join('\n');
    const formatted = formatCompactText(text).text;
    expect(formatted).toContain('version: "2018"\n');
    expect(formatted).toContain('name: "true"');
    expect(formatted).toContain('title: Ja\n');
    expect(formatted).toContain('    text: >-\n      A long sentence that the author\n      wrapped by hand.\n');
    expect(formatted).toContain("  date: '2018-05'\n");
    expect(dataOf(formatted)).toStrictEqual(dataOf(text));
  });

  it('formats a node whose core tag does not fit it (the loader reads it as written) without changing its value', () => {
    const text = 'compact: 1\nx-a: !!int x\nx-b: !!null y\nx-c: !!bool 1\nx-d: !!str []\nx-e: !!str {a: 1}\nx-f: !!set {}\nx-g: !!str 12\n';
    const formatted = formatCompactText(text).text;
    expect(dataOf(formatted)).toStrictEqual(dataOf(text));
    expect(formatted).toContain('x-a: x\n');
    expect(formatted).toContain('x-f: !!set {}\n');
    expect(formatted).toContain('x-g: !!str "12"\n');
  });

  it('keeps folded prose with a line of only spaces between blank lines, which the library cannot fold back', () => {
    const text = 'compact: 1\nx-summary: >-\n  - Överenskommelse a a\n\n    \n\n    \n  a a Överenskommelse\n';
    expect(dataOf(text)).toStrictEqual({ compact: 1, 'x-summary': '- Överenskommelse a a\n\n  \n\n  \na a Överenskommelse' });
    const formatted = formatCompactText(text).text;
    expect(dataOf(formatted)).toStrictEqual(dataOf(text));
  });

  it('formats an empty comment after a block header and an empty block scalar at the end in one go', () => {
    for (const text of ['compact: 1\nx-text: >- # \n  Södertälje kommun arbetar\n  för att utveckla.\n', 'compact: 1\nx-list:\n  - title: Q\n    text: |+']) {
      const once = formatCompactText(text).text;
      expect(dataOf(once)).toStrictEqual(dataOf(text));
      expect(formatCompactText(once).text).toBe(once);
    }
  });

  it('joins comments that key reordering brings under a trailing comment, as the library reads them back (fuzz seed 20261125)', () => {
    // From examples/botkyrka.yaml with a `:` inserted at the start and a key dedented out of its list item.
    const text = [
      ':# yaml-language-server: $schema=../schemas/compact.schema.json',
      'compact: 1',
      'principles:',
      '  - id: demokrati',
      '    title: Demokrati',
      '    # No counterpart among the six principles of se-2008.',
      'text: >-',
      '  Samverkan mellan kommunen och idéburna organisationer',
      '',
      '# The source has no list of commitments (åtaganden).',
      'commitments:',
      '  - id: inkludera-fler',
      '',
    ].join('\n');
    const once = formatCompactText(text).text;
    expect(dataOf(once)).toStrictEqual(dataOf(text));
    expect(commentsOf(once)).toStrictEqual(commentsOf(text));
    expect(once).toContain('    # No counterpart among the six principles of se-2008.\n\n    # The source has no list of commitments (åtaganden).\ncommitments:\n');
    expect(formatCompactText(once)).toStrictEqual({ text: once, changed: false });
  });

  it('writes a folded scalar that starts with an empty line the same way whether laid out by the library or as written (fuzz seed 20261125)', () => {
    // test/fixtures/yaml-styles/kept-block-at-end.yaml with two lines swapped: `>2-` is laid out by the library.
    const text = [
      '---',
      '# after doc start',
      'compact: 1',
      'id: more',
      'language: sv',
      "title: 'single ''quoted'' title'",
      'status: draft',
      'parties:',
      '  - {id: kommunen, # inside flow map',
      '     name: Kommunen, role: public}',
      '  - id: foreningar',
      '    name: Föreningarna',
      '    role: civil-society',
      '        indented folded',
      'principles:',
      '  - id: p',
      '    title: P',
      '    text: >2-',
      '',
      '      text',
      '  - id: q',
      '    title: Q',
      '    text: |+',
      '      keep at end',
      '',
    ].join('\n');
    const once = formatCompactText(text).text;
    expect(dataOf(once)).toStrictEqual(dataOf(text));
    expect(formatCompactText(once)).toStrictEqual({ text: once, changed: false });
    const asWritten = 'compact: 1\nx-text: >-\n\n  first\n  second\n';
    const formatted = formatCompactText(asWritten).text;
    expect(formatted).toBe('compact: 1\nx-text: >-\n  \n  first\n  second\n');
    expect(formatCompactText(formatted).changed).toBe(false);
  });

  it('leaves the quoting inside a mapping used as a key alone: the loader reads that key as its text (fuzz seed 20261125)', () => {
    const text = 'compact: &a 1\n? x: "closed"\nreference: &a 1\n';
    const once = formatCompactText(text).text;
    expect(dataOf(once)).toStrictEqual(dataOf(text));
    expect(once).toContain('? x: "closed"\n');
    expect(formatCompactText(once)).toStrictEqual({ text: once, changed: false });
  });

  it.each([
    ['a repeated anchor name', 'compact: 1 # note\n? x:\n  -\n    - &a !tag 1 # note\n    - &a x\n', '      - &a x\n'],
    ['a core tag that does not fit', 'compact: 1 # note\n? x:\n  -\n    - &a !!int yes # note\n', '!!int'],
  ])('keeps %s inside a list used as a key, which the loader reads as text (fuzz seed 2)', (_name, text, kept) => {
    const once = formatCompactText(text).text;
    expect(dataOf(once)).toStrictEqual(dataOf(text));
    expect(once).toContain(kept);
    expect(formatCompactText(once)).toStrictEqual({ text: once, changed: false });
  });

  it('refuses YAML with errors (a LoadError with the position) and a file that is not a compact', () => {
    expect(() => formatCompactText('compact: 1\nid: "open\n', 'broken.yaml')).toThrow(LoadError);
    expect(() => formatCompactText('- a\n- b\n', 'list.yaml')).toThrow(CompactError);
    expect(() => formatCompactText('name: something else\n', 'other.yaml')).toThrow(/other\.yaml is not a compact file/);
  });

  it('keeps the data of generated compacts written in any key order, style and indentation, and is idempotent', () => {
    fc.assert(
      fc.property(arbitraryCompact, arbitraryLayout, (data, layout) => {
        expect(isCompact(data)).toBe(true);
        const messy = writeMessily(data, layout);
        expect(dataOf(messy)).toStrictEqual(data);
        const once = formatCompactText(messy).text;
        expect(dataOf(once)).toStrictEqual(data);
        expect(commentsOf(once)).toStrictEqual(commentsOf(messy));
        expect(formatCompactText(once).text).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('compact fmt', () => {
  it('--check exits 0 for formatted files, 1 listing the unformatted ones, and writes nothing', async () => {
    const dir = scratch();
    const messy = join(dir, 'messy.yaml');
    const tidy = join(dir, 'tidy.yaml');
    const text = 'id: x\ncompact: 1\ntitle: X\nlanguage: sv\nstatus: draft\nparties: [{id: a, name: A, role: public}, {id: b, name: B, role: civil-society}]\nprinciples: [{id: p, title: P, text: T}]\n';
    writeFileSync(messy, text);
    writeFileSync(tidy, formatCompactText(text).text);
    const clean = await runCli(['fmt', '--check', tidy]);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
    const dirty = await runCli(['fmt', '--check', dir]);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toBe(`${messy}\n`);
    expect(dirty.stderr).toContain('1 file is not formatted');
    expect(readFileSync(messy, 'utf8')).toBe(text);
  });

  it('rewrites files in place, lists them, and a second run finds nothing to do', async () => {
    const dir = scratch();
    for (const name of EXAMPLES) copyFileSync(join(ROOT, 'examples', name), join(dir, name));
    const before = EXAMPLES.map((name) => dataOf(readFileSync(join(dir, name), 'utf8')));
    const first = await runCli(['fmt', dir]);
    expect(first.code).toBe(0);
    expect(EXAMPLES.map((name) => dataOf(readFileSync(join(dir, name), 'utf8')))).toStrictEqual(before);
    const check = await runCli(['fmt', '--check', dir]);
    expect(check).toMatchObject({ code: 0, stdout: '' });
    expect(readdirSync(dir).sort()).toStrictEqual([...EXAMPLES].sort());
  });

  it('formats stdin to stdout with -, and one file to stdout with --stdout', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'sodertalje.yaml'), 'utf8');
    const piped = await runCli(['fmt', '-'], { input: text });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(formatCompactText(text).text);
    const printed = await runCli(['fmt', '--stdout', 'examples/sodertalje.yaml']);
    expect(printed.stdout).toBe(piped.stdout);
    expect(readFileSync(join(ROOT, 'examples', 'sodertalje.yaml'), 'utf8')).toBe(text);
  });

  it('exits 2 and leaves untouched a file with YAML errors or that is not a compact, while formatting the others', async () => {
    const dir = scratch();
    const broken = join(dir, 'broken.yaml');
    const list = join(dir, 'list.yaml');
    const good = join(dir, 'good.yaml');
    copyFileSync(fixture('invalid', 'syntax-error.yaml'), broken);
    copyFileSync(fixture('invalid', 'not-a-mapping.yaml'), list);
    writeFileSync(good, 'id: x\ncompact: 1\ntitle: X\nlanguage: sv\nstatus: draft\nparties: []\nprinciples: []\n');
    const brokenText = readFileSync(broken, 'utf8');
    const listText = readFileSync(list, 'utf8');
    const result = await runCli(['fmt', broken, list, good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: a quoted value is never closed/);
    expect(result.stderr).toContain('list.yaml is not a compact file');
    expect(readFileSync(broken, 'utf8')).toBe(brokenText);
    expect(readFileSync(list, 'utf8')).toBe(listText);
    expect(readFileSync(good, 'utf8').startsWith('compact: 1\nid: x\n')).toBe(true);
    expect(readdirSync(dir).sort()).toStrictEqual(['broken.yaml', 'good.yaml', 'list.yaml']);
  });

  it('exits 2 with a usage message for no paths', async () => {
    const none = await runCli(['fmt']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the files, directories or globs to format');
  });
});
