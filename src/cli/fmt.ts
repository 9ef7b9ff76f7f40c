import { t } from '../i18n/index.js';
import type { Command } from 'commander';
import { formatFiles, type FormatFileResult } from '../authoring/format.js';
import { CompactError } from '../errors.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { inputLimits, maxFileSizeOption, maxFilesOption } from './option-parsers.js';
import { emit, printError } from './output.js';

interface FmtOptions {
  check?: boolean;
  stdout?: boolean;
  maxFileSize?: number;
  maxFiles?: number;
}

export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .summary('format compact files: canonical key order, quoting and indentation')
    .description(
      'Format compact YAML files in place: keys in the schema\'s order (x- keys last), text plain unless it needs quotes (quotes that keep a number, date, yes/no or organisationsnummer text are kept), 2-space indentation; comments, blank lines, list order and the line breaks of prose are kept. Files are rewritten atomically; a file with YAML errors is reported and left untouched.',
    )
    .argument('[paths...]', 'files, directories (every *.yaml and *.yml under them) or quoted globs; - formats stdin to stdout')
    .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any (for CI)')
    .option('--stdout', 'print the formatted text of one file instead of rewriting it')
    .addOption(maxFileSizeOption())
    .addOption(maxFilesOption())
    .addHelpText(
      'after',
      `
Examples:
  $ compact fmt orebro.yaml
  $ compact fmt --check 'compacts/**/*.yaml'
  $ cat orebro.yaml | compact fmt - > orebro.formatted.yaml

Exit codes: 0 formatted (or, with --check, already formatted), 1 with --check when a file is not formatted,
2 usage error or a file that cannot be read (missing, not UTF-8, YAML errors, not a compact).`,
    )
    .action(async (paths: string[], options: FmtOptions) => {
      if (paths.length === 0) throw new CompactError(t('cli.noPaths', { command: 'fmt' }));
      const toStdout = options.stdout || (paths.length === 1 && paths[0] === '-');
      if (toStdout && paths.length !== 1) throw new CompactError(t('fmt.stdoutOneFile'));
      if (toStdout && options.check) throw new CompactError(t('fmt.checkAndStdout'));
      const results = await formatFiles(paths, { check: options.check ?? false, dryRun: toStdout, ...inputLimits(options) });
      reportErrors(results);
      if (toStdout) {
        const text = results[0]?.text;
        if (text !== undefined) await emit(text);
      } else {
        await emit(listing(results, options.check ?? false));
      }
      process.exitCode = exitCode(results);
    });
}

function listing(results: readonly FormatFileResult[], check: boolean): string {
  const lines = results.filter((result) => result.status === (check ? 'unformatted' : 'formatted')).map((result) => result.file);
  if (check && lines.length > 0) {
    printError(t('fmt.notFormatted', { count: lines.length }));
  }
  return lines.map((line) => `${line}\n`).join('');
}

function reportErrors(results: readonly FormatFileResult[]): void {
  for (const result of results) {
    for (const finding of result.findings) {
      printError(finding.message.startsWith(finding.file) ? finding.message : `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`);
    }
  }
}

function exitCode(results: readonly FormatFileResult[]): number {
  if (results.some((result) => result.status === 'error')) return EXIT_USAGE;
  return results.some((result) => result.status === 'unformatted') ? EXIT_FINDINGS : EXIT_OK;
}
