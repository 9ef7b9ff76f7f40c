import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { compactYaml } from '../helpers/compact-yaml.js';

const SEVERAL = fixture('render', 'several-signatories.yaml');
const templates = (name: string) => fixture('render', 'templates', name);
const scratch = () => mkdtempSync(join(tmpdir(), 'compact-render-'));

describe('compact render', () => {
  it('writes Markdown to stdout by default', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Överenskommelse om samverkan i Örebro/);
    expect(result.stdout).toBe(readFileSync('test/fixtures/render/orebro-cli.sv.md', 'utf8'));
  });

  it('infers HTML from --out and writes the file', async () => {
    const out = join(scratch(), 'orebro.html');
    const result = await runCli(['render', 'examples/orebro.yaml', '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('gives byte-identical output for the same input', async () => {
    const first = await runCli(['render', SEVERAL, '--format', 'html']);
    const second = await runCli(['render', SEVERAL, '--format', 'html']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
  });

  it('refuses an invalid compact with the findings, exit 1, and writes nothing', async () => {
    const dir = scratch();
    const out = join(dir, 'out.md');
    const result = await runCli(['render', fixture('invalid', 'unknown-enum.yaml'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\d+:\d+ +error +status must be one of/);
    expect(result.stderr).toContain('--force');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('renders an invalid compact with --force', async () => {
    const result = await runCli(['render', fixture('invalid', 'unknown-top-level-key.yaml'), '--force', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# /);
  });

  it('renders with --force what has the shape the templates read, leaving out entries without a required field, values of the wrong type and malformed dates', async () => {
    const file = join(scratch(), 'broken.yaml');
    const text = compactYaml(`
      sections:
        - { id: utan-rubrik, text: En sektion utan rubrik. }
        - { id: syfte, title: Syfte, text: Samverkan. }
      commitments: 7
      governance: { bodies: { id: samradet } }
      signatories:
        - { party: kommunen, organisation: Exempelby kommun, name: Anna Andersson, date: igår }
      review: { cycle_years: 4, last_reviewed: { year: 2020 } }
    `);
    writeFileSync(file, text);
    const result = await runCli(['render', file, '--force', '--format', 'md']);
    expect(result.stderr).not.toMatch(/bug in compact|TypeError|RangeError/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Syfte');
    expect(result.stdout).not.toContain('En sektion utan rubrik');
    expect(result.stdout).toContain('Anna Andersson');
    expect(result.stdout).not.toContain('igår');
  });

  it('exits 2 on an unknown format or language', async () => {
    expect((await runCli(['render', 'examples/orebro.yaml', '--format', 'odt'])).code).toBe(2);
    const lang = await runCli(['render', 'examples/orebro.yaml', '--lang', 'de']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('unknown language "de"; the languages are en, sv; did you mean "en"?');
  });
});

describe('compact render --template', () => {
  it('overrides one partial and some labels; the rest comes from the built-in templates', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', templates('override')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Våra principer\n\n- **Självständighet och oberoende** (sjalvstandighet)');
    expect(result.stdout).toContain('## Löften');
    expect(result.stdout).toContain('## Parter');
  });

  it('names the file and line of a missing partial, exit 2', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', templates('missing-partial')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing-partial\/compact\.md\.hbs:5:1: the partial "principels" does not exist .*did you mean "principles"\?/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and line of a helper given a bad argument, exit 2', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', templates('bad-helper')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad-helper\/partials\/principles\.hbs:4:1: \{\{date\}\} needs a date written YYYY-MM-DD, YYYY-MM or YYYY \(got "24 maj 2018"\)/);
  });

  it('names the file and line of a reference to an unknown field, exit 2', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', templates('unknown-field')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown-field\/partials\/principles\.hbs:4:7: unknown field "titel"/);
  });

  it('exits 2 when the template folder does not exist', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read the template folder no/such/folder: no such file or directory');
  });
});

describe('compact render --per-signatory', () => {
  it.each(['md', 'html'])('writes one %s copy per signing organisation, its name on the signature page', async (format) => {
    const dir = join(scratch(), 'copies');
    const result = await runCli(['render', SEVERAL, '--per-signatory', dir, '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`wrote 4 copies to ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual(
      ['exempelforeningen', 'idrottsforeningen-orebro', 'idrottsforeningen-orebro-2', 'orebro-kommun'].map((stem) => `${stem}.${format}`).sort(),
    );
    const copy = readFileSync(join(dir, `exempelforeningen.${format}`), 'utf8');
    expect(copy).toContain('För Exempelföreningen');
    expect(copy).not.toContain('Idrottsföreningen');
  });

  it('prints nothing with --quiet and no progress bar without a terminal', async () => {
    const dir = join(scratch(), 'copies');
    const result = await runCli(['render', SEVERAL, '--per-signatory', dir, '--format', 'md', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('refuses a compact without signatories, exit 2', async () => {
    const dir = join(scratch(), 'copies');
    const result = await runCli(['render', 'examples/orebro.yaml', '--per-signatory', dir, '--format', 'md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lists no signatories');
    expect(existsSync(dir)).toBe(false);
  });
});
