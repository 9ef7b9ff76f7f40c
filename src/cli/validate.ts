import type { Command } from 'commander';
import { allFindings } from '../check-files.js';
import { CompactError } from '../errors.js';
import { colorFor, getFormatter } from '../report/index.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { validateFiles } from '../validate/files.js';
import { exitCodeFor } from './exit-codes.js';
import { inputLimits, maxFileSizeOption, maxFilesOption } from './option-parsers.js';
import { emit, toStdout } from './output.js';
import { VERSION } from './version.js';

const FORMATS = ['stylish', 'json'];

interface ValidateOptions {
  format: string;
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
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'print nothing for valid files; in stylish, only the problems')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(maxFileSizeOption())
    .addOption(maxFilesOption())
    .addHelpText(
      'after',
      `
Examples:
  $ compact validate examples/
  $ compact validate 'compacts/**/*.yaml' --format json
  $ cat orebro.yaml | compact validate -

Exit codes: 0 valid, 1 invalid, 2 usage error or a file that cannot be read (missing, not UTF-8, YAML syntax).`,
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      if (paths.length === 0) throw new CompactError('give the files, directories or globs to validate, for example: compact validate examples/');
      const formatter = await getFormatter(options.format, FORMATS);
      const results = await validateFiles(paths, inputLimits(options));
      const findings = allFindings(results);
      const text = formatter(findings, {
        files: results.map((result) => result.file),
        color: colorFor(process.stdout, { color: toStdout(options.output) ? options.color : false }),
        command: 'validate',
        cwd: process.cwd(),
        toolVersion: VERSION,
      });
      await refuseToOverwriteInput(options.output, results.map((result) => result.file));
      if (!(options.quiet && findings.length === 0)) await emit(text, options.output);
      process.exitCode = exitCodeFor(findings);
    });
}
