import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIXTURE = 'test/fixtures/signatory/commented.yaml';
let file: string;

beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'compact-qa-cosign-')), 'compact.yaml');
  copyFileSync(FIXTURE, file);
});

describe('co-signatories: two people signing for one organisation', () => {
  it('signatory add accepts a second person for the municipality, and lint agrees', async () => {
    const added = await runCli(['signatory', 'add', file, '--party', 'kommunen', '--organisation', 'Exempelby kommun', '--name', 'Lars Berg', '--role', 'Kommundirektör']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('name: Lars Berg');
    const lint = await runCli(['lint', file, '--today', '2024-06-01', '--rule', 'signatory-unique:error', '-f', 'json']);
    expect(JSON.parse(lint.stdout).filter((finding: { ruleId: string }) => finding.ruleId === 'signatory-unique')).toEqual([]);
  });

  it('signatory add refuses the same person again, as lint would', async () => {
    const added = await runCli(['signatory', 'add', file, '--party', 'kommunen', '--organisation', 'Exempelby kommun', '--name', 'Karin Ek']);
    expect(added.code).toBe(1);
    expect(added.stdout + added.stderr).toContain('already');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('signatory add refuses an organisation already recorded under another organisationsnummer, as lint would', async () => {
    const first = await runCli(['signatory', 'add', file, '--party', 'civilsamhallet', '--organisation', 'Föreningen Gemenskap', '--org-number', '802000-0009']);
    expect(first.code).toBe(0);
    const second = await runCli(['signatory', 'add', file, '--party', 'civilsamhallet', '--organisation', 'föreningen gemenskap', '--org-number', '556016-0680']);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toContain('already');
  });
});

describe('signatory import', () => {
  it('calls an impossible date in a row what it is, not a wrongly written one', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'compact-qa-csv-')), 'rows.csv');
    writeFileSync(csv, 'party,organisation,date\ncivilsamhallet,Föreningen Gemenskap,2024-13-01\n');
    const result = await runCli(['signatory', 'import', file, csv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 2 (Föreningen Gemenskap): date "2024-13-01" is not a real date written YYYY-MM-DD');
  });
});

describe('signatory import reads what Excel writes, and refuses what it would garble', () => {
  const rows = 'party;organisation;date\r\ncivilsamhallet;Föreningen Älvsjö;2024-05-01\r\n';
  const csvFile = (bytes: Buffer) => {
    const path = join(mkdtempSync(join(tmpdir(), 'compact-qa-csv-')), 'rows.csv');
    writeFileSync(path, bytes);
    return path;
  };

  it('refuses a Windows-1252 CSV (Excel\'s plain "CSV") with exit 2 and leaves the compact unchanged', async () => {
    const csv = csvFile(Buffer.from(rows, 'latin1'));
    const result = await runCli(['signatory', 'import', file, csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`compact: ${csv} is not UTF-8 text (Excel's plain "CSV" is Windows-1252, which would garble å, ä and ö); save it as "CSV UTF-8" and import that file\n`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('reads a UTF-16 file with a byte order mark (Excel\'s "Unicode Text", tab-separated)', async () => {
    const csv = csvFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.replaceAll(';', '\t'), 'utf16le')]));
    const result = await runCli(['signatory', 'import', file, csv]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('organisation: Föreningen Älvsjö\n');
  });

  it('refuses a binary file as a CSV', async () => {
    const result = await runCli(['signatory', 'import', file, csvFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a CSV file (it holds binary data)');
  });
});
