import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/** Örebro with IK Örnen (802412-3450) recorded as the second signatory for civil society. */
async function compactWithSignatories(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'compact-unique-'));
  copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'c.yaml'));
  for (const [organisation, number] of [['Föreningen Gemenskap', '802000-0009'], ['IK Örnen', '802412-3450']]) {
    const added = await runCli(['signatory', 'add', 'c.yaml', '--party', 'civilsamhallet', '--organisation', organisation!, '--org-number', number!], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
  }
  return dir;
}

describe('one rule id and one message for a duplicate signatory', () => {
  it('signatory add reports signatory-unique, with the words lint uses, and compact rules knows it', async () => {
    const dir = await compactWithSignatories();
    const add = await runCli(['signatory', 'add', 'c.yaml', '--party', 'civilsamhallet', '--organisation', 'Testföreningen D', '--org-number', '802412-3450'], { cwd: dir });
    expect(add.code).toBe(1);
    const message = '"Testföreningen D" has the organisation number 802412-3450 of "IK Örnen", which has already signed for party "civilsamhallet" (signatory 2 in the list)';
    expect(add.stderr).toContain(message);
    expect(add.stderr).toContain('signatory-unique');
    expect(add.stderr).not.toContain('signatory-duplicate');

    const rules = await runCli(['rules', 'signatory-unique']);
    expect(rules.code).toBe(0);
  });

  it('signatory import names the recorded organisation, and the row number of an earlier row', async () => {
    const dir = await compactWithSignatories();
    writeFileSync(join(dir, 'rows.csv'), 'organisation,org_number\nTestföreningen D,802412-3450\nNy förening,\nNY  FÖRENING,\n');
    const result = await runCli(['signatory', 'import', 'c.yaml', 'rows.csv', '--party', 'civilsamhallet'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Testföreningen D" has the organisation number 802412-3450 of "IK Örnen", which has already signed for party "civilsamhallet" (signatory 2 in the list)');
    expect(result.stderr).toContain('"NY  FÖRENING" has already signed for party "civilsamhallet" (row 3 of rows.csv)');
  });
});
