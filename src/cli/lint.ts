import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { allFindings } from '../check-files.js';
import { CompactError } from '../errors.js';
import type { Severity } from '../findings.js';
import { FINDING_FORMATS } from '../report/index.js';
import { decideOutcome, shownFindings } from '../report/outcome.js';
import { EXIT_FINDINGS, exitCodeFor } from './exit-codes.js';
import { STDIN } from '../load/index.js';
import { watchTargets } from '../watch/index.js';
import { formatTargets, writeFindingReports } from './format-targets.js';
import { collect, inputLimits, maxFileSizeOption, maxFilesOption, nonNegativeInteger } from './option-parsers.js';
import { watchAndRun } from './watch-mode.js';

const FAIL_LEVELS: Severity[] = ['error', 'warning', 'info'];

interface LintCliOptions {
  format: string[];
  output?: string;
  today?: string;
  maxWarnings?: number;
  failOn: Severity;
  quiet?: boolean;
  rule: string[];
  config?: string | false;
  color?: boolean;
  watch?: boolean;
  maxFileSize?: number;
  maxFiles?: number;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .summary('check compact files against the schema and the lint rules')
    .description(
      'Validate compact files against the JSON Schema, then check them with the lint rules (`compact rules` lists them). ' +
        'A .compactrc.yaml (or .compactrc.yml, .compactrc.json, compact.config.json, compact.config.yaml, a "compact" key in package.json) in the file\'s folder or above sets the rules.',
    )
    .argument('[paths...]', 'files, directories (every *.yaml and *.yml under them) or quoted globs; - reads stdin')
    .addOption(
      new Option('-f, --format <format[:file]>', `output format, repeatable; name:FILE writes that format to FILE: ${FINDING_FORMATS.join(', ')}`)
        .argParser(collect)
        .default([], 'stylish'),
    )
    .option('-o, --output <file>', 'write the report (of the one --format without a file) to a file instead of stdout')
    .option('--today <date>', 'the date to check against, YYYY-MM-DD (default COMPACT_TODAY, else the clock)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(FAIL_LEVELS).default('error'))
    .option('-q, --quiet', 'report errors only (and what --fail-on or --max-warnings fails on)')
    .addOption(new Option('--rule <id:level>', 'set a rule to off, info, warning or error (repeatable), over the config').argParser(collect).default([], 'none'))
    .option('-c, --config <file>', 'use this config file for every file instead of searching for one')
    .option('--no-config', 'ignore config files: the recommended rules (and --rule) apply')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(maxFileSizeOption())
    .addOption(maxFilesOption())
    .option('-w, --watch', 'lint again whenever a compact or a config file under the paths is saved (Ctrl-C stops)')
    .addHelpText(
      'after',
      `
Formats: ${FINDING_FORMATS.join(', ')}

Examples:
  $ compact lint examples/
  $ compact lint orebro.yaml --rule review-due-soon:off --today 2025-01-31
  $ compact lint 'compacts/**/*.yaml' -f stylish -f sarif:compact.sarif
  $ compact lint compacts/ --format junit --output junit.xml --fail-on warning
  $ compact lint compacts/ --format github --max-warnings 0
  $ compact lint compacts/ --watch

Exit codes: 0 no findings at or above --fail-on, 1 findings (or more warnings than --max-warnings),
2 usage error, a bad config or a file that cannot be read.`,
    )
    .action(async (paths: string[], options: LintCliOptions) => {
      if (paths.length === 0) throw new CompactError('give the files, directories or globs to lint, for example: compact lint examples/');
      if (!options.watch) {
        process.exitCode = await lintOnce(paths, options);
        return;
      }
      if (paths.includes(STDIN)) throw new CompactError('--watch watches files; it cannot watch standard input');
      formatTargets(options.format.length > 0 ? options.format : ['stylish'], options.output, FINDING_FORMATS);
      const { CONFIG_FILES } = await import('../lint/config/load-config.js');
      await watchAndRun({
        targets: await watchTargets(paths),
        include: (path) => /\.ya?ml$/i.test(path) || CONFIG_FILES.includes(basename(path)),
        run: () => lintOnce(paths, options),
        ignore: options.output,
      });
    });
}

/** Lints the files once, writes the reports and returns the exit code. */
async function lintOnce(paths: string[], options: LintCliOptions): Promise<number> {
  // The engine (rules, config loader, ajv) is loaded only when lint runs, not at every CLI start-up.
  const [{ lintFiles }, { parseRuleFlags }, { ruleDescriptors }, { RULES }] = await Promise.all([
    import('../lint/index.js'),
    import('../lint/config/rule-flags.js'),
    import('../lint/descriptors.js'),
    import('../lint/rules/index.js'),
  ]);
  const targets = formatTargets(options.format.length > 0 ? options.format : ['stylish'], options.output, FINDING_FORMATS);
  const results = await lintFiles(paths, {
    today: options.today,
    rules: parseRuleFlags(options.rule, RULES),
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    useConfigFile: options.config !== false,
    ...inputLimits(options),
  });
  const findings = allFindings(results);
  const outcome = decideOutcome(findings, { failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet });
  await writeFindingReports(targets, shownFindings(findings, outcome, options.quiet), { files: results.map((result) => result.file), command: 'lint', color: options.color, rules: ruleDescriptors(RULES), outcome });
  const code = exitCodeFor(findings, options.failOn);
  return code === 0 && outcome.failed ? EXIT_FINDINGS : code;
}
