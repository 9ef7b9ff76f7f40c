import { t } from '../i18n/index.js';
import type { Command } from 'commander';
import { CompactError } from '../errors.js';
import { addSignatory } from '../signatory/add.js';
import type { AppendResult } from '../signatory/append.js';
import { readCsvFile } from '../signatory/csv-file.js';
import { formatListing, LIST_FORMATS, type ListFormat } from '../signatory/format.js';
import { importSignatories, type ImportResult } from '../signatory/import.js';
import { listSignatories } from '../signatory/list.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { registerHelp } from './help.js';
import { emit, printError, printFindings } from './output.js';

interface AddOptions {
  party: string;
  organisation: string;
  orgNumber?: string;
  name?: string;
  role?: string;
  place?: string;
  date?: string;
  dryRun?: boolean;
}

export function registerSignatory(program: Command): void {
  const signatory = program
    .command('signatory')
    .summary('record who signed the compact, list them, import them from CSV')
    .description('Record the organisations and people who signed a compact in its YAML file (the file\u2019s comments and layout are kept), list who has signed and who has not, and import signatories from a spreadsheet (CSV).')
    .addHelpText(
      'after',
      '\nExamples:\n  $ compact signatory add orebro.yaml --party civilsamhallet --organisation "Föreningen Gemenskap" --org-number 802000-0009\n  $ compact signatory list orebro.yaml --format csv > signatories.csv\n  $ compact signatory import orebro.yaml underskrifter.csv --party civilsamhallet --dry-run\n\nRun compact signatory <command> --help for the options of each command.',
    );

  signatory
    .command('add')
    .summary('append a signatory to a compact file')
    .description('Append a signatory to the signatories list, keeping every comment, blank line and the key order of the file. The result is validated first (schema, declared party, organisationsnummer, duplicates) and written atomically only when it is valid.')
    .argument('<file>', 'the compact YAML file')
    .requiredOption('--party <id>', 'the id of the party the organisation signs for')
    .requiredOption('--organisation <name>', 'the organisation\u2019s name')
    .option('--org-number <NNNNNN-NNNN>', 'the organisationsnummer')
    .option('--name <name>', 'the person who signed')
    .option('--role <role>', 'their role, for example Ordförande')
    .option('--place <place>', 'where they signed')
    .option('--date <YYYY-MM-DD>', 'when they signed')
    .option('--dry-run', 'check and print the result, write nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ compact signatory add orebro.yaml --party civilsamhallet --organisation "Exempelföreningen" --org-number 802000-0009 \\
      --name "Anna Berg" --role Ordförande --place Örebro --date 2024-05-01

Exit codes: 0 added, 1 refused (the problems are listed; nothing is written), 2 usage error or unreadable file.`,
    )
    .action(async (file: string, options: AddOptions) => {
      const result = await addSignatory(
        file,
        {
          party: options.party,
          organisation: options.organisation,
          ...defined({ org_number: options.orgNumber, name: options.name, role: options.role, place: options.place, date: options.date }),
        },
        { dryRun: options.dryRun === true },
      );
      await reportAppend(result, options.dryRun === true);
    });

  signatory
    .command('list')
    .summary('show who has signed, and which parties have not')
    .description('List the recorded signatories, and for each party how many have signed for it ("not signed" when nobody has).')
    .argument('<file>', 'the compact YAML file')
    .option('-f, --format <format>', `output format: ${LIST_FORMATS.join(', ')} (csv lists the signatories with the column names import reads)`, 'table')
    .option('-o, --output <file>', 'write the list to a file instead of stdout')
    .option('--party <id>', 'only this party')
    .addHelpText('after', '\nExamples:\n  $ compact signatory list orebro.yaml\n  $ compact signatory list orebro.yaml --party civilsamhallet --format csv --output signatories.csv')
    .action(async (file: string, options: { format: string; output?: string; party?: string }) => {
      if (!(LIST_FORMATS as readonly string[]).includes(options.format)) throw new CompactError(t('cli.format.unknown', { format: options.format, allowed: LIST_FORMATS.join(', ') }));
      const listing = await listSignatories(file, options.party !== undefined ? { party: options.party } : {});
      await refuseToOverwriteInput(options.output, [file]);
      await emit(formatListing(listing, options.format as ListFormat), options.output);
    });

  signatory
    .command('import')
    .summary('add signatories from a CSV file')
    .description(
      'Add signatories from CSV: a header row naming the columns (party, organisation, org_number, name, role, place, date, or the Swedish part, organisation, organisationsnummer, namn, roll, ort, datum), separated by , or ; (as Excel writes it in Sweden). Every row is checked; nothing is written when a row is refused, unless --skip-invalid.',
    )
    .argument('<file>', 'the compact YAML file')
    .argument('<csv>', 'the CSV file')
    .option('--party <id>', 'the party for rows that do not name one')
    .option('--skip-invalid', 'add the good rows even when some are refused')
    .option('--dry-run', 'check and report, write nothing')
    .addHelpText('after', '\nExamples:\n  $ compact signatory import orebro.yaml underskrifter.csv --dry-run\n  $ compact signatory import orebro.yaml underskrifter.csv --party civilsamhallet --skip-invalid\n\nExit codes: 0 imported, 1 rows refused (nothing written without --skip-invalid), 2 usage error or unreadable file.')
    .action(async (file: string, csv: string, options: { party?: string; skipInvalid?: boolean; dryRun?: boolean }) => {
      const text = await readCsvFile(csv);
      const result = await importSignatories(file, text, {
        csvName: csv,
        skipInvalid: options.skipInvalid === true,
        dryRun: options.dryRun === true,
        ...(options.party !== undefined ? { party: options.party } : {}),
      });
      await reportImport(result, csv, options.dryRun === true, options.skipInvalid === true);
    });

  registerHelp(signatory, ['compact signatory help add']);
}

async function reportAppend(result: AppendResult, dryRun: boolean): Promise<void> {
  if (!result.ok) {
    await printFindings(result.findings, [result.file], 'signatory');
    printError(t('signatory.notChanged', { file: result.file }));
    process.exitCode = EXIT_FINDINGS;
    return;
  }
  const names = result.added.map((entry) => entry.organisation).join(', ');
  await emit(dryRun ? result.text : `${t('signatory.added', { names, file: result.file })}\n`);
  process.exitCode = EXIT_OK;
}

async function reportImport(result: ImportResult, csv: string, dryRun: boolean, skipInvalid: boolean): Promise<void> {
  const lines = result.refused.map((row) => `${csv}: ${t('signatory.importRow', { row: row.row })}${row.organisation ? ` (${row.organisation})` : ''}: ${row.reasons.join('; ')}`);
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (result.added.length > 0 && !result.ok) {
    await printFindings(result.findings, [result.file], 'signatory');
    printError(t('signatory.notChanged', { file: result.file }));
    process.exitCode = EXIT_FINDINGS;
    return;
  }
  const refused = result.refused.length;
  const adding = result.added.length > 0;
  await emit(`${importSummary(result, dryRun)}\n`);
  process.exitCode = refused > 0 && (!skipInvalid || !adding) ? EXIT_FINDINGS : EXIT_OK;
}


function importSummary(result: ImportResult, dryRun: boolean): string {
  const refused = result.refused.length;
  if (result.added.length > 0) {
    return t('signatory.import.added', { dryRun: dryRun ? 'yes' : 'no', added: result.added.length, rows: result.rows, file: result.file, refused });
  }
  return t('signatory.import.noneAdded', { file: result.file, refused, rows: result.rows, others: result.rows > refused ? 'yes' : 'no' });
}

function defined<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, string>>;
}
