import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import { beforeEach, describe, expect, it } from 'vitest';
import { orgNumberProblem } from '../../src/domain/org-number.js';
import { unknownPartyMessage } from '../../src/domain/parties.js';
import { addSignatory, importSignatories, listSignatories } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = 'test/fixtures/signatory/commented.yaml';
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-signatory-'));
  file = join(dir, 'compact.yaml');
  copyFileSync(FIXTURE, file);
});

const ANNA = { party: 'civilsamhallet', organisation: 'Föreningen Gemenskap', org_number: '802000-0009', name: 'Anna Berg', role: 'Ordförande', place: 'Exempelby', date: '2024-05-01' };

describe('signatory add', () => {
  it('appends the entry and changes nothing else: every comment, blank line and folded line stays (golden file)', async () => {
    const result = await addSignatory(file, ANNA);
    expect(result).toMatchObject({ ok: true, written: true, findings: [] });
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(readFileSync('test/fixtures/signatory/commented.added.yaml', 'utf8'));
    const patch = structuredPatch('before', 'after', readFileSync(FIXTURE, 'utf8'), after, '', '', { context: 0 });
    const changed = patch.hunks.flatMap((hunk) => hunk.lines);
    expect(changed.every((line) => line.startsWith('+'))).toBe(true);
    expect(changed.map((line) => line.slice(1).trim().split(':')[0])).toEqual(['- party', 'organisation', 'org_number', 'name', 'role', 'place', 'date']);
  });

  it('adds a signatories list at the end of a file that has none, indented like the other lists', async () => {
    writeFileSync(file, readFileSync(FIXTURE, 'utf8').replace(/\nsignatories:[\s\S]*$/, '\n'));
    await addSignatory(file, { party: 'kommunen', organisation: 'Exempelby kommun' });
    expect(readFileSync(file, 'utf8')).toMatch(/organisationerna, och den ska föras på lika villkor\.\n\nsignatories:\n {2}- party: kommunen\n {4}organisation: Exempelby kommun\n$/);
  });

  it('refuses an unknown party and a wrong org number with the messages lint uses, and writes nothing', async () => {
    const result = await addSignatory(file, { ...ANNA, party: 'civilsamhalet', org_number: '802000-0008' });
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['known-party-ref', `signatory "Föreningen Gemenskap": ${unknownPartyMessage('civilsamhalet', ['kommunen', 'civilsamhallet'])}; did you mean "civilsamhallet"?`],
      ['signatory-org-number', `Föreningen Gemenskap: ${orgNumberProblem('802000-0008')}`],
    ]);
    expect(result.findings[0]).toMatchObject({ line: 34, column: 12 });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('refuses a signatory that is already recorded, and a date the schema does not accept', async () => {
    const duplicate = await addSignatory(file, { party: 'kommunen', organisation: 'exempelby KOMMUN' });
    expect(duplicate.findings.map((finding) => finding.message)).toEqual(['"exempelby KOMMUN" has already signed for party "kommunen" (signatory 1 in the list)']);
    const badDate = await addSignatory(file, { ...ANNA, date: '1 maj 2024' });
    expect(badDate.ok).toBe(false);
    expect(badDate.findings[0]!.ruleId).toMatch(/^schema\//);
  });

  it('on the command line: exit 1 with the findings, and the file is untouched', async () => {
    const result = await runCli(['signatory', 'add', file, '--party', 'civilsamhallet', '--organisation', 'X', '--org-number', '8020000009']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(orgNumberProblem('8020000009'));
    expect(result.stderr).toContain(`${file} was not changed`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('on the command line: adds with every field', async () => {
    const result = await runCli(['signatory', 'add', file, '--party', 'civilsamhallet', '--organisation', ANNA.organisation, '--org-number', ANNA.org_number, '--name', ANNA.name, '--role', ANNA.role, '--place', ANNA.place, '--date', ANNA.date]);
    expect(result).toMatchObject({ code: 0, stdout: `added Föreningen Gemenskap to ${file}\n` });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/signatory/commented.added.yaml', 'utf8'));
  });
});

describe('signatory list', () => {
  it('shows who has signed and which parties have not', async () => {
    const listing = await listSignatories(file);
    expect(listing.signatories.map((s) => s.organisation)).toEqual(['Exempelby kommun']);
    expect(listing.parties.map((p) => [p.id, p.signatures])).toEqual([
      ['kommunen', 1],
      ['civilsamhallet', 0],
    ]);
    const table = await runCli(['signatory', 'list', file]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/1\s+kommunen\s+Exempelby kommun\s+Karin Ek\s+Kommunstyrelsens ordförande\s+Exempelby\s+2024-03-01/);
    expect(table.stdout).toMatch(/civilsamhallet\s+Det civila samhället\s+civil-society\s+not signed/);
  });

  it('prints json and csv, and filters by party', async () => {
    const json = JSON.parse((await runCli(['signatory', 'list', file, '--format', 'json', '--party', 'civilsamhallet'])).stdout) as { signatories: unknown[]; parties: { id: string }[] };
    expect(json.signatories).toEqual([]);
    expect(json.parties.map((p) => p.id)).toEqual(['civilsamhallet']);
    const csv = await runCli(['signatory', 'list', file, '--format', 'csv']);
    expect(csv.stdout).toBe('party,organisation,org_number,name,role,place,date\r\nkommunen,Exempelby kommun,,Karin Ek,Kommunstyrelsens ordförande,Exempelby,2024-03-01\r\n');
    const unknown = await runCli(['signatory', 'list', file, '--party', 'foreningar']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(unknownPartyMessage('foreningar', ['kommunen', 'civilsamhallet']));
  });
});

describe('signatory import', () => {
  const GOOD = 'Föreningen Gemenskap;802000-0009;Anna Berg;Ordförande;2024-05-01';
  const csv = (...rows: string[]) => `\ufefforganisation;organisationsnummer;namn;roll;datum\r\n${rows.join('\r\n')}\r\n`;

  it('imports good rows (Swedish headers, semicolons, BOM, --party for every row)', async () => {
    const result = await importSignatories(file, csv(GOOD, '"Idrottsklubben ""Framåt""";;Bo Ek;;2024-05-02'), { party: 'civilsamhallet' });
    expect(result).toMatchObject({ ok: true, written: true, rows: 2, refused: [] });
    const names = (await listSignatories(file)).signatories.map((s) => s.organisation);
    expect(names).toEqual(['Exempelby kommun', 'Föreningen Gemenskap', 'Idrottsklubben "Framåt"']);
  });

  it('refuses bad rows with their row number and reason, and writes nothing', async () => {
    const text = csv(GOOD, 'Felaktiga föreningen;802000-0008;;;', ';;Ingen;;', 'Datumföreningen;;;;1 maj', GOOD);
    const result = await importSignatories(file, text, { party: 'civilsamhallet', csvName: 'list.csv' });
    expect(result.written).toBe(false);
    expect(result.refused).toEqual([
      { row: 3, organisation: 'Felaktiga föreningen', reasons: [`Felaktiga föreningen: ${orgNumberProblem('802000-0008')}`] },
      { row: 4, reasons: ['organisation is empty'] },
      { row: 5, organisation: 'Datumföreningen', reasons: ['date "1 maj" is not a real date written YYYY-MM-DD'] },
      { row: 6, organisation: 'Föreningen Gemenskap', reasons: ['"Föreningen Gemenskap" has already signed for party "civilsamhallet" (row 2 of list.csv)'] },
    ]);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('refuses rows that duplicate recorded signatories or name an unknown party', async () => {
    const text = 'party,organisation\nkommunen,Exempelby kommun\nforeningar,Ny förening\n';
    const result = await importSignatories(file, text);
    expect(result.refused.map((row) => row.reasons[0])).toEqual([
      '"Exempelby kommun" has already signed for party "kommunen" (signatory 1 in the list)',
      `signatory "Ny förening": ${unknownPartyMessage('foreningar', ['kommunen', 'civilsamhallet'])}`,
    ]);
  });

  it('on the command line: reports refused rows, exit 1 and nothing written; --skip-invalid adds the rest; --dry-run writes nothing', async () => {
    const csvFile = join(dir, 'rows.csv');
    writeFileSync(csvFile, csv(GOOD, 'Felaktiga föreningen;802000-0008;;;'));
    const refused = await runCli(['signatory', 'import', file, csvFile, '--party', 'civilsamhallet']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${csvFile}: row 3 (Felaktiga föreningen): Felaktiga föreningen: ${orgNumberProblem('802000-0008')}`);
    expect(refused.stdout).toContain('was not changed: 1 of 2 rows refused (use --skip-invalid to add the others)');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

    const dry = await runCli(['signatory', 'import', file, csvFile, '--party', 'civilsamhallet', '--skip-invalid', '--dry-run']);
    expect(dry.stdout).toContain('would add 1 of 2 rows');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

    const skipped = await runCli(['signatory', 'import', file, csvFile, '--party', 'civilsamhallet', '--skip-invalid']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('added 1 of 2 rows');
    expect(readFileSync(file, 'utf8')).toContain('organisation: Föreningen Gemenskap');
  });

  it('refuses a header it does not know, naming the column', async () => {
    await expect(importSignatories(file, 'organisation,telefon\nX,123\n', { party: 'kommunen', csvName: 'x.csv' })).rejects.toThrow('x.csv: column 2 "telefon" is not a signatory field');
  });
});
