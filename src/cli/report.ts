import { t } from '../i18n/index.js';
import type { Command } from 'commander';
import { CompactError } from '../errors.js';
import type { Overview } from '../overview/index.js';
import { colorFor } from '../report/index.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { inputLimits, maxFileSizeOption, maxFilesOption } from './option-parsers.js';
import { emit, toStdout } from './output.js';
import { startProgress, type Progress } from './progress.js';

const FORMATS = ['table', 'markdown', 'csv', 'json', 'html'];
/** Below this many files the report is quick enough to need no progress bar. */
const PROGRESS_FROM = 20;
const TABLE_WIDTH = 100;
/** A terminal narrower than this (or one that reports no width) gets the 100-column table. */
const MIN_TERMINAL_WIDTH = 60;

interface ReportCliOptions {
  format: string;
  output?: string;
  today?: string;
  config?: string | false;
  bom?: boolean;
  quiet?: boolean;
  color?: boolean;
  maxFileSize?: number;
  maxFiles?: number;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary('an overview of many compacts: status, review dates, counts and lint results')
    .description(
      'One row per compact: jurisdiction, status, adoption, next review (overdue marked), principles against the baseline, ' +
        'commitments per party, a yearly follow-up meeting, signatories, and lint errors and warnings (with the config `compact lint` would use).',
    )
    .argument('[paths...]', 'files, directories (every *.yaml and *.yml under them) or quoted globs')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--today <date>', 'the date the review states are worked out for, YYYY-MM-DD (default COMPACT_TODAY, else the clock)')
    .option('-c, --config <file>', 'use this lint config file for every file instead of searching for one')
    .option('--no-config', 'ignore lint config files: the recommended rules apply')
    .option('--bom', 'start a CSV with a UTF-8 byte order mark, so that Excel reads å, ä and ö right')
    .option('-q, --quiet', 'no progress bar')
    .option('--no-color', 'do not colour the table (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(maxFileSizeOption())
    .addOption(maxFilesOption())
    .addHelpText(
      'after',
      `
Formats: ${FORMATS.join(', ')}

Examples:
  $ compact report examples/
  $ compact report compacts/ --format html --output overview.html
  $ compact report 'compacts/**/*.yaml' --format csv --bom --output overview.csv
  $ compact report compacts/ --format json --today 2026-01-01

A file that cannot be read, or is not a valid compact, gets a row saying why; the other files are still reported.
Exit codes: 0 every file is a valid compact (lint findings do not count: see compact lint),
1 a file is not a valid compact, 2 usage error, a file that cannot be read or an output that cannot be written.`,
    )
    .action(async (paths: string[], options: ReportCliOptions) => {
      if (paths.length === 0) throw new CompactError(t('cli.noPaths', { command: 'report' }));
      if (!FORMATS.includes(options.format)) throw new CompactError(t('cli.format.unknown', { format: options.format, allowed: FORMATS.join(', ') }));
      if (options.bom && options.format !== 'csv') throw new CompactError(t('report.bomCsvOnly'));
      const { buildOverview, getOverviewFormatter } = await import('../overview/index.js');
      const formatter = await getOverviewFormatter(options.format);
      let progress: Progress | undefined;
      const overview = await buildOverview(paths, {
        today: options.today,
        ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
        useConfigFile: options.config !== false,
        ...inputLimits(options),
        onProgress: async ({ done, total, file }) => {
          progress ??= await startProgress(total, { quiet: options.quiet, minimum: PROGRESS_FROM });
          if (done > 0) progress.increment(file ?? '');
        },
      }).finally(() => progress?.stop());
      const printed = toStdout(options.output);
      const text = formatter(overview, {
        color: colorFor(process.stdout, { color: printed ? options.color : false }),
        width: printed && process.stdout.isTTY && process.stdout.columns >= MIN_TERMINAL_WIDTH ? process.stdout.columns : TABLE_WIDTH,
      });
      await refuseToOverwriteInput(options.output, overview.rows.map((row) => row.file));
      await emit(options.bom ? `\uFEFF${text}` : text, options.output);
      process.exitCode = exitCode(overview);
    });
}

function exitCode(overview: Overview): number {
  if (overview.totals.unreadable > 0) return EXIT_USAGE;
  return overview.totals.invalid > 0 ? EXIT_FINDINGS : EXIT_OK;
}
