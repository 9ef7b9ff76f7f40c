import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffFormatter } from '../../src/diff/format/index.js';
import { setLanguage } from '../../src/i18n/index.js';
import { getOverviewFormatter } from '../../src/overview/format/index.js';
import { getFormatter } from '../../src/report/index.js';
import { signPdf } from '../../src/sign/sign-pdf.js';
import { makeIdentity } from '../helpers/certificates.js';
import { ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-sv-errors-'));
  copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'o.yaml'));
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'list.yaml'), '- a\n');
  writeFileSync(join(dir, 'rows.csv'), 'party,organisation,date\ncivilsamhallet,Föreningen Ny,\n,Utan part,\ncivilsamhallet,Fel datum,01/11/2026\ncivilsamhallet,a,b,c\n');
  writeFileSync(join(dir, 'one.csv'), 'party,organisation\ncivilsamhallet,Föreningen Ny\n');
  writeFileSync(join(dir, 'header-only.csv'), 'party,organisation\n');
  writeFileSync(join(dir, 'windows-1252.csv'), Buffer.from('party,organisation\ncivilsamhallet,F\xf6reningen\n', 'latin1'));
  writeFileSync(join(dir, 'foo-column.csv'), 'foo,organisation\nx,y\n');
  writeFileSync(join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rules: {}\n', 'utf16le')]));
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('rules: {}\n# F\xf6rening\n', 'latin1'));
});

const inDir = (args: string[]): Promise<CliResult> => runCli(args, { cwd: dir });

/** Runs the command in Swedish and in English: the Swedish text is there and the English is not, and the other way round. */
async function speaksBoth(args: string[], swedish: string, english: string): Promise<[CliResult, CliResult]> {
  const sv = await inDir(['--lang', 'sv', ...args]);
  const en = await inDir(['--lang', 'en', ...args]);
  expect(sv.stdout + sv.stderr).toContain(swedish);
  expect(sv.stdout + sv.stderr).not.toContain(english);
  expect(en.stdout + en.stderr).toContain(english);
  expect(en.stdout + en.stderr).not.toContain(swedish);
  return [sv, en];
}

describe('a file that is empty or not a mapping', () => {
  it('validate says so in Swedish', async () => {
    await speaksBoth(['validate', 'empty.yaml'], 'filen är tom; en överenskommelse behöver minst compact, id, title', 'the file is empty; a compact needs at least');
    await speaksBoth(['validate', 'list.yaml'], 'filen ska på översta nivån innehålla en samling nycklar', 'the file must hold a mapping of keys');
    await speaksBoth(['validate', 'list.yaml'], 'inte en lista', 'not a list');
  });

  it('revise of an empty file names the file and says it is no compact', async () => {
    const args = ['revise', 'empty.yaml', '--version', '2', '--date', '2026-01-01', '--body', 'KF', '--summary', 's'];
    const [sv, en] = await speaksBoth(args, 'empty.yaml är ingen fil med en överenskommelse', 'empty.yaml is not a compact file');
    for (const result of [sv, en]) {
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain('reviseCompactText');
    }
  });

  it('diff --force of an empty file or a list names the file, without the library function', async () => {
    const [sv, en] = await speaksBoth(['diff', 'empty.yaml', 'o.yaml', '--force'], 'empty.yaml är ingen fil med en överenskommelse: filen är tom', 'empty.yaml is not a compact file: the file is empty');
    await speaksBoth(['diff', 'o.yaml', 'list.yaml', '--force'], 'list.yaml är ingen fil med en överenskommelse: den översta nivån är ingen samling av nycklar', 'list.yaml is not a compact file: its top level is not a mapping of keys');
    for (const result of [sv, en]) {
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain('diffCompacts');
    }
  });
});

describe('signatory import', () => {
  it('reports refused rows and the summary in Swedish', async () => {
    const [sv] = await speaksBoth(['signatory', 'import', 'o.yaml', 'rows.csv', '--dry-run'], 'o.yaml ändrades inte: 3 av 4 rader avvisades (använd --skip-invalid för att lägga till de övriga)', 'o.yaml was not changed: 3 of 4 rows refused (use --skip-invalid to add the others)');
    expect(sv.code).toBe(1);
    expect(sv.stderr).toContain('rows.csv: rad 3 (Utan part): party är tomt');
    expect(sv.stderr).toContain('datumet "01/11/2026" är inget giltigt datum skrivet ÅÅÅÅ-MM-DD');
    expect(sv.stderr).toContain('rows.csv: rad 5 (a): raden har 4 fält men rubrikraden har 3; kontrollera avgränsare och citattecken');
    await speaksBoth(['signatory', 'import', 'o.yaml', 'rows.csv', '--dry-run', '--skip-invalid'], 'skulle lägga till 1 av 4 rader i o.yaml (3 avvisade)', 'would add 1 of 4 rows to o.yaml (3 refused)');
    await speaksBoth(['signatory', 'import', 'o.yaml', 'one.csv', '--dry-run'], 'skulle lägga till 1 av 1 rad i o.yaml', 'would add 1 of 1 row to o.yaml');
  });

  it('refuses a CSV with a header and no rows as it refuses an empty CSV (exit 2)', async () => {
    const [sv, en] = await speaksBoth(['signatory', 'import', 'o.yaml', 'header-only.csv', '--dry-run'], 'header-only.csv har en rubrikrad men inga rader att lägga till', 'header-only.csv has a header row but no rows to add');
    expect([sv.code, en.code]).toEqual([2, 2]);
    expect(sv.stdout + en.stdout).toBe('');
  });

  it('refuses a Windows-1252 CSV and an unknown column in Swedish', async () => {
    await speaksBoth(['signatory', 'import', 'o.yaml', 'windows-1252.csv', '--dry-run'], 'windows-1252.csv är inte UTF-8-text', 'windows-1252.csv is not UTF-8 text');
    await speaksBoth(['signatory', 'import', 'o.yaml', 'foo-column.csv', '--dry-run'], 'foo-column.csv: kolumn 1 "foo" är inget fält för en undertecknare', 'foo-column.csv: column 1 "foo" is not a signatory field');
  });
});

describe('other command-line messages', () => {
  it('init without a terminal and without --jurisdiction', async () => {
    const [sv] = await speaksBoth(['init'], 'compact init behöver veta kommunen när den inte kan fråga', 'compact init needs the municipality when it cannot ask');
    expect(sv.code).toBe(2);
  });

  it('signatory add to a flow list of signatories with a comment inside it', async () => {
    writeFileSync(join(dir, 'flow.yaml'), `${readFileSync(join(dir, 'o.yaml'), 'utf8')}\nsignatories: [ # inga än\n]\n`);
    const [sv, en] = await speaksBoth(
      ['signatory', 'add', 'flow.yaml', '--party', 'civilsamhallet', '--organisation', 'Föreningen Ny', '--dry-run'],
      'flow.yaml: signatories är en lista inom hakparenteser ([…]) med kommentarer inuti',
      'flow.yaml: signatories is a flow list ([…]) with comments inside it',
    );
    expect([sv.code, en.code]).toEqual([2, 2]);
  });

  it('diff --git-external with the wrong number of arguments', async () => {
    await speaksBoth(['diff', 'a', 'b', '--git-external'], '--git-external väntar sig de 7 argument som git skickar till ett externt diff-program (path old-file old-hex old-mode new-file new-hex new-mode), men fick 2', '--git-external expects the 7 arguments git passes');
  });

  it('lint --print-config without a config file', async () => {
    await speaksBoth(['lint', 'o.yaml', '--no-config', '--print-config', 'o.yaml'], 'config: ingen (de rekommenderade reglerna)', 'config: none (the recommended rules)');
  });

  it.each([
    [['revise', 'o.yaml'], 'fel: den obligatoriska flaggan "--version <label>" saknas', "error: required option '--version <label>' not specified"],
    [['signatory', 'add', 'o.yaml', '--organisation', 'X'], 'fel: den obligatoriska flaggan "--party <id>" saknas', "error: required option '--party <id>' not specified"],
    [['completion', 'tcsh'], 'fel: värdet "tcsh" är inte tillåtet för argumentet "shell"; tillåtna värden är bash, zsh, fish.', "error: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish."],
    [['render', 'o.yaml', '--max-file-size', 'abc'], 'fel: värdet "abc" är inte giltigt för flaggan "--max-file-size <MB>": ange ett antal megabyte', "error: option '--max-file-size <MB>' argument 'abc' is invalid. give a number of megabytes"],
    [['lint', 'o.yaml', '--max-warnings', 'abc'], 'fel: värdet "abc" är inte giltigt för flaggan "--max-warnings <n>": ange ett heltal', "error: option '--max-warnings <n>' argument 'abc' is invalid."],
  ])('commander usage error of %j in Swedish', async (args, swedish, english) => {
    const [sv, en] = await speaksBoth(args, swedish, english);
    expect([sv.code, en.code]).toEqual([2, 2]);
  });
});

describe('verify of a signature that does not hold', () => {
  let signed: Buffer;

  beforeAll(async () => {
    signed = await signPdf(await twoPagePdf(), { p12: makeIdentity({ passphrase: 'lösen' }).p12, passphrase: 'lösen' });
  });

  /** The signed PDF with `edit` applied to a copy, written to the test folder as `name`. */
  function writeEdited(name: string, edit: (pdf: Buffer) => void): void {
    const copy = Buffer.from(signed);
    edit(copy);
    writeFileSync(join(dir, name), copy);
  }

  it('says in Swedish that the signed bytes have been changed', async () => {
    writeEdited('changed.pdf', (pdf) => {
      pdf[400] = pdf[400]! ^ 0x01;
    });
    const [sv] = await speaksBoth(['verify', 'changed.pdf'], 'de undertecknade byten har ändrats (hashvärdet stämmer inte)', 'the signed bytes have been changed (digest mismatch)');
    expect(sv.code).not.toBe(0);
  });

  it('says in Swedish that a document timestamp is no RFC 3161 token', async () => {
    writeEdited('not-a-timestamp.pdf', (pdf) => {
      const subFilter = '/SubFilter /ETSI.CAdES.detached';
      const at = pdf.indexOf(subFilter, 0, 'latin1');
      expect(at).toBeGreaterThan(0);
      pdf.write('/SubFilter /ETSI.RFC3161'.padEnd(subFilter.length, ' '), at, 'latin1');
    });
    const [sv] = await speaksBoth(['verify', 'not-a-timestamp.pdf'], 'tidsstämpeln är ingen tidsstämpel enligt RFC 3161', 'the timestamp token is not an RFC 3161 token');
    expect(sv.code).not.toBe(0);
  });
});

describe('a config file that is not UTF-8', () => {
  it.each([
    ['utf16.yaml', 'utf16.yaml:1:1: filen är kodad som UTF-16; spara den som UTF-8', 'utf16.yaml:1:1: the file is encoded as UTF-16; save it as UTF-8'],
    ['latin1.yaml', 'latin1.yaml:1:1: filen är inte giltig UTF-8', 'latin1.yaml:1:1: the file is not valid UTF-8'],
  ])('--config %s gets the message a compact file in that encoding gets', async (config, swedish, english) => {
    const [sv] = await speaksBoth(['lint', 'o.yaml', '--config', config], swedish, english);
    expect(sv.code).toBe(2);
    expect(sv.stderr).not.toContain('U+0000');
  });

  it('a .compactrc.yaml found by search is checked the same way', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'compact-sv-rc-'));
    copyFileSync(join(dir, 'utf16.yaml'), join(folder, '.compactrc.yaml'));
    copyFileSync(join(dir, 'o.yaml'), join(folder, 'o.yaml'));
    const result = await runCli(['--lang', 'sv', 'lint', 'o.yaml'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.compactrc.yaml:1:1: filen är kodad som UTF-16');
    expect(result.stderr).not.toContain('control character');
  });
});

describe('formatter lookups in the library', () => {
  afterEach(() => setLanguage('en'));

  it.each([
    ['getFormatter', () => getFormatter('nope')],
    ['getOverviewFormatter', () => getOverviewFormatter('nope')],
    ['diffFormatter', async () => diffFormatter('nope')],
  ])('%s names an unknown format in the language set with setLanguage', async (_name, lookup) => {
    setLanguage('sv');
    await expect(lookup()).rejects.toThrow(/^okänt format "nope"; använd något av /);
    setLanguage('en');
    await expect(lookup()).rejects.toThrow(/^unknown format "nope"; use one of /);
  });
});
