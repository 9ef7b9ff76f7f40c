import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));

async function expectFormatted(file: string, cwd: string): Promise<void> {
  const check = await runCli(['fmt', '--check', file], { cwd });
  expect(check.stdout + check.stderr).toBe('');
  expect(check.code).toBe(0);
}

describe('what compact writes passes compact fmt --check', () => {
  it.each(EXAMPLES)('examples/%s', async (name) => {
    await expectFormatted(join(ROOT, 'examples', name), ROOT);
  });

  it.each(['sv', 'en'])('init --lang %s, then signatory add, signatory import and revise', async (lang) => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-writers-'));
    const init = await runCli(['init', 'c.yaml', '--lang', lang, '-j', 'Exempelby', '-y', '--today', '2026-01-10'], { cwd: dir });
    expect(init.code).toBe(0);
    await expectFormatted('c.yaml', dir);
    const civil = /- id: (\S+)\n(?:.*\n){0,3}?\s+role: civil-society/.exec(readFileSync(join(dir, 'c.yaml'), 'utf8'))?.[1];
    expect(civil).toBeTruthy();

    const add = await runCli(['signatory', 'add', 'c.yaml', '--party', civil!, '--organisation', 'Föreningen Ett', '--org-number', '802000-0009', '--name', 'Anna Berg', '--date', '2026-05-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    await expectFormatted('c.yaml', dir);

    writeFileSync(join(dir, 's.csv'), 'organisation,org_number,name,date\nFörening Två,802412-3450,Bo Ek,2026-05-02\nNo,556036-0793,Yes,2026-05-03\n');
    const imported = await runCli(['signatory', 'import', 'c.yaml', 's.csv', '--party', civil!], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    await expectFormatted('c.yaml', dir);
    const written = readFileSync(join(dir, 'c.yaml'), 'utf8');
    expect(written).toContain('org_number: "802412-3450"');

    copyFileSync(join(dir, 'c.yaml'), join(dir, 'r.yaml'));
    const revise = await runCli(['revise', 'r.yaml', '--version', '2027', '--summary', 'Ny', '--body', 'Kommunfullmäktige', '--date', '2027-03-01', '--reference', 'KS/2027:1'], { cwd: dir });
    expect(revise.code, revise.stderr).toBe(0);
    await expectFormatted('r.yaml', dir);
  });
});

describe('fmt keeps the quotes that protect a text from YAML 1.1 readers', () => {
  it('keeps quoted numbers, dates, yes/no and 0-prefixed numbers, and drops quotes that protect nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-quoting-'));
    const kept = ['"802412-3450"', '"2008-05"', '"2026-03-01"', '"no"', "'on'", '"0123"', '"1:30"', '"08-000 000 00"'];
    const text = ['compact: 1', 'id: q', 'title: "Q"', 'language: sv', 'status: draft', ...kept.map((value, i) => `x-k${i}: ${value}`), 'x-plain: "§23"', ''].join('\n');
    writeFileSync(join(dir, 'q.yaml'), text);
    const result = await runCli(['fmt', 'q.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const formatted = readFileSync(join(dir, 'q.yaml'), 'utf8');
    kept.forEach((value, i) => expect(formatted).toContain(`x-k${i}: ${value}\n`));
    expect(formatted).toContain('title: Q\n');
    expect(formatted).toContain('x-plain: §23\n');
    await expectFormatted('q.yaml', dir);
  });
});
