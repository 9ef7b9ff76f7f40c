import { t } from '../i18n/index.js';
import { Option, type Command } from 'commander';
import { allFindings } from '../check-files.js';
import { CompactError } from '../errors.js';
import { FINDING_FORMATS } from '../report/index.js';
import { decideOutcome } from '../report/outcome.js';
import { validateFiles } from '../validate/files.js';
import { exitCodeFor } from './exit-codes.js';
import { formatTargets, writeFindingReports } from './format-targets.js';
import { collect, inputLimits, maxFileSizeOption, maxFilesOption } from './option-parsers.js';

interface ValidateOptions {
  format: string[];
  output?: string;
  color?: boolean;
  quiet?: boolean;
  maxFileSize?: number;
  maxFiles?: number;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check compact files against the JSON Schema')
    .description('Check compact YAML files against the JSON Schema (schemas/compact.schema.json); every problem is reported with file:line:column.')
    .argument('[paths...]', 'files, directories (every *.yaml and *.yml under them) or quoted globs; - reads stdin')
    .addOption(
      new Option('-f, --format <format[:file]>', `output format, repeatable; name:FILE writes that format to FILE: ${FINDING_FORMATS.join(', ')}`)
        .argParser(collect)
        .default([], 'stylish'),
    )
    .option('-o, --output <file>', 'write the report (of the one --format without a file) to a file instead of stdout')
    .option('-q, --quiet', 'print nothing for valid files; in stylish, only the problems')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(maxFileSizeOption())
    .addOption(maxFilesOption())
    .addHelpText(
      'after',
      `
Formats: ${FINDING_FORMATS.join(', ')}

Examples:
  $ compact validate examples/
  $ compact validate 'compacts/**/*.yaml' --format json
  $ compact validate compacts/ -f stylish -f gitlab:gl-code-quality-report.json
  $ cat orebro.yaml | compact validate -

Exit codes: 0 valid, 1 invalid, 2 usage error or a file that cannot be read (missing, not UTF-8, YAML syntax).`,
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      if (paths.length === 0) throw new CompactError(t('cli.noPaths', { command: 'validate' }));
      const targets = formatTargets(options.format.length > 0 ? options.format : ['stylish'], options.output, FINDING_FORMATS);
      const results = await validateFiles(paths, inputLimits(options));
      const findings = allFindings(results);
      await writeFindingReports(targets, findings, {
        files: results.map((result) => result.file),
        command: 'validate',
        color: options.color,
        skipStdout: options.quiet === true && findings.length === 0,
        outcome: decideOutcome(findings, { failOn: 'error', failOnOption: false }),
      });
      process.exitCode = exitCodeFor(findings);
    });
}
