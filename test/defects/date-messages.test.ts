import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

describe('a date that does not exist says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compact-dates-'));
  writeFileSync(join(dir, 'c.yaml'), readFileSync(join(ROOT, 'examples/botkyrka.yaml')));
  const revise = (date: string) => runCli(['revise', 'c.yaml', '--version', '2027', '--summary', 'Ny', '--body', 'Kommunfullmäktige', '--date', date, '--dry-run'], { cwd: dir });

  it.each([
    ['2026-13-01', 'compact: --date 2026-13-01: month 13 does not exist; months run from 01 to 12\n'],
    ['2026-00-10', 'compact: --date 2026-00-10: month 00 does not exist; months run from 01 to 12\n'],
    ['2026-04-31', 'compact: --date 2026-04-31: April has 30 days\n'],
    ['2026-02-29', 'compact: --date 2026-02-29: 2026 is not a leap year, so February has 28 days\n'],
    ['2026-01-00', 'compact: --date 2026-01-00: day 00 does not exist; days run from 01\n'],
    ['1 maj 2026', 'compact: --date must be a date written YYYY-MM-DD (got "1 maj 2026")\n'],
  ])('revise --date %s', async (date, message) => {
    const result = await revise(date);
    expect(result.stderr).toBe(message);
    expect(result.code).toBe(2);
  });

  it('a real 29 February is accepted', async () => {
    expect((await revise('2028-02-29')).code).toBe(0);
  });

  it('--today says the same', async () => {
    const result = await runCli(['lint', 'examples/orebro.yaml', '--today', '2026-06-31']);
    expect(result.stderr).toBe('compact: --today 2026-06-31: June has 30 days\n');
    expect(result.code).toBe(2);
  });
});
