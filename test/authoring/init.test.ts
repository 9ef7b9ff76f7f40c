import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCompactText } from '../../src/authoring/format.js';
import { compactIdFor, createCompactText } from '../../src/authoring/init.js';
import { CompactError } from '../../src/errors.js';
import { parseCompact } from '../../src/load/index.js';
import { validate } from '../../src/validate/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const EXEMPELBY = ['--jurisdiction', 'Exempelby kommun', '--today', '2026-03-01'];
const insidePackage = mkdtempSync(join(ROOT, 'test', 'authoring', '.init-'));
afterAll(() => rmSync(insidePackage, { recursive: true, force: true }));

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'compact-init-'));
}

describe('compact init', () => {
  it.each(['sv', 'en'])('writes the golden %s compact to stdout: valid, formatted, a draft for this year', async (lang) => {
    const result = await runCli(['init', '-', '--lang', lang, ...EXEMPELBY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, 'test', 'authoring', 'golden', `init-${lang}.yaml`), 'utf8'));
    const compact = parseCompact(result.stdout, `init-${lang}.yaml`);
    expect(validate(compact)).toEqual([]);
    expect(formatCompactText(result.stdout).changed).toBe(false);
    expect(compact.data).toMatchObject({
      id: 'exempelby',
      language: lang,
      status: 'draft',
      jurisdiction: 'Exempelby kommun',
      review: { cycle_years: 3 },
      governance: { action_plans: [{ start: '2026-01-01', end: '2026-12-31' }] },
    });
    // The Swedish national agreement is the baseline of a Swedish compact only.
    expect((compact.data as { baseline?: string }).baseline).toBe(lang === 'sv' ? 'se-2008' : undefined);
  });

  it('writes compacts that lint clean', async () => {
    const result = await runCli(['lint', 'test/authoring/golden/', '--today', '2026-03-01', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('covers the six se-2008 principles, gives both parties commitments that cite declared principles, and seats both in a body', async () => {
    const data = parseCompact(await createCompactText({ language: 'sv', jurisdiction: 'Exempelby kommun', today: '2026-03-01' })).data as {
      parties: { id: string; role: string }[];
      principles: { id: string; baseline: string }[];
      commitments: { party: string; principles: string[] }[];
      governance: { bodies: { members: { party: string }[] }[]; meetings: { frequency: string }[] };
    };
    expect(data.principles.map((principle) => principle.baseline).sort()).toEqual(['dialogue', 'diversity', 'independence', 'long-term', 'openness', 'quality']);
    expect(data.parties.map((party) => party.role)).toEqual(['public', 'civil-society']);
    const declared = new Set(data.principles.map((principle) => principle.id));
    for (const commitment of data.commitments) for (const id of commitment.principles) expect(declared.has(id)).toBe(true);
    expect(new Set(data.commitments.map((commitment) => commitment.party))).toEqual(new Set([...data.parties.map((party) => party.id), 'joint']));
    expect(data.governance.bodies[0]!.members.map((member) => member.party)).toEqual(data.parties.map((party) => party.id));
    expect(data.governance.meetings[0]!.frequency).toBe('yearly');
  });

  it('writes a file with a schema modeline relative to it inside the package, and a note on compact schema outside', async () => {
    const inside = join(insidePackage, 'nested', 'exempelby.yaml');
    const written = await runCli(['init', inside, ...EXEMPELBY, '--civil-society', 'Föreningsrådet i Exempelby']);
    expect(written.code).toBe(0);
    const text = readFileSync(inside, 'utf8');
    const schemaPath = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    expect(schemaPath).toBe('../../../../schemas/compact.schema.json');
    expect(existsSync(resolve(dirname(inside), schemaPath!))).toBe(true);
    expect(text).toContain('name: Föreningsrådet i Exempelby');
    const outside = join(scratch(), 'exempelby.yaml');
    await runCli(['init', outside, ...EXEMPELBY, '--lang', 'en']);
    const note = readFileSync(outside, 'utf8');
    expect(note).not.toMatch(/^# yaml-language-server/m);
    expect(note).toContain('compact schema --out compact.schema.json');
  });

  it('names the file after the id by default, and refuses to overwrite an existing file without --force', async () => {
    const dir = scratch();
    const first = await runCli(['init', '--yes', '--jurisdiction', 'Ödeshög kommun', '--today', '2026-03-01'], { cwd: dir });
    expect(first.code).toBe(0);
    const file = join(dir, 'odeshog.yaml');
    expect(readFileSync(file, 'utf8')).toContain('id: odeshog');
    writeFileSync(file, 'my own work\n');
    const again = await runCli(['init', 'odeshog.yaml', '--jurisdiction', 'Ödeshög kommun'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('odeshog.yaml already exists; choose another file name, or use --force to overwrite it');
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
    const forced = await runCli(['init', 'odeshog.yaml', '--jurisdiction', 'Ödeshög kommun', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('compact: 1');
    expect(readdirSync(dir)).toEqual(['odeshog.yaml']);
  });

  it('without a terminal and without --jurisdiction, exits 2 and lists the flags', async () => {
    const dir = scratch();
    const result = await runCli(['init', 'x.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give --jurisdiction "<name>"');
    expect(result.stderr).toContain('--lang sv|en');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 for an unknown language or baseline and an unwritable target, writing nothing', async () => {
    const dir = scratch();
    const language = await runCli(['init', 'x.yaml', '--lang', 'de', ...EXEMPELBY], { cwd: dir });
    expect(language.code).toBe(2);
    expect(language.stderr).toContain("argument 'de' is invalid. Allowed choices are sv, en");
    const baseline = await runCli(['init', 'x.yaml', '--baseline', 'se-2009', ...EXEMPELBY], { cwd: dir });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain("argument 'se-2009' is invalid. Allowed choices are se-2008");
    writeFileSync(join(dir, 'a-file'), '');
    const target = await runCli(['init', 'a-file/x.yaml', ...EXEMPELBY], { cwd: dir });
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('compact: cannot write a-file/x.yaml: a part of the path is not a directory');
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('as a library, refuses an unknown language or baseline with a suggestion, and a name on several lines', async () => {
    await expect(createCompactText({ language: 'se', jurisdiction: 'A', today: '2026-03-01' })).rejects.toThrow(/unknown language "se" \(did you mean "sv"\?\)/);
    await expect(createCompactText({ language: 'sv', baseline: 'se-2009', jurisdiction: 'A', today: '2026-03-01' })).rejects.toThrow(
      'unknown baseline "se-2009" (did you mean "se-2008"?); known baselines: se-2008',
    );
    await expect(createCompactText({ language: 'sv', jurisdiction: 'A\nB', today: '2026-03-01' })).rejects.toThrow(CompactError);
  });

  it('makes ids from municipality names', () => {
    expect(compactIdFor('Exempelby kommun')).toBe('exempelby');
    expect(compactIdFor('Borås Stad')).toBe('boras');
    expect(compactIdFor('Riverside Borough Council')).toBe('riverside');
    expect(compactIdFor('Region Örebro län')).toBe('region-orebro-lan');
  });

  it('quotes what YAML would misread in the names it is given', async () => {
    const text = await createCompactText({ language: 'en', jurisdiction: 'Yes: #1 "Town"', civilSociety: '2018', today: '2026-03-01' });
    const data = parseCompact(text).data as { jurisdiction: string; parties: { name: string }[] };
    expect(data.jurisdiction).toBe('Yes: #1 "Town"');
    expect(data.parties[1]!.name).toBe('2018');
  });
});
