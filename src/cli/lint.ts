import { t } from '../i18n/index.js';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { allFindings } from '../check-files.js';
import { CompactError } from '../errors.js';
import type { Severity } from '../findings.js';
import { FINDING_FORMATS, FORMATS_DESCRIBING_RULES, FORMATS_WITH_FIXES } from '../report/index.js';
import { decideOutcome, shownFindings } from '../report/outcome.js';
import { EXIT_FINDINGS, exitCodeFor } from './exit-codes.js';
import { STDIN } from '../load/index.js';
import { importedFiles } from '../util/import-module.js';
import { watchTargets } from '../watch/index.js';
import { formatTargets, writeFindingReports } from './format-targets.js';
import { collect, inputLimits, maxFileSizeOption, maxFilesOption, nonNegativeInteger } from './option-parsers.js';
import { watchAndRun } from './watch-mode.js';
import type { LintExtraOptions } from './lint-extras.js';

const FAIL_LEVELS: Severity[] = ['error', 'warning', 'info'];

interface LintCliOptions extends LintExtraOptions {
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
    .option('--no-ignore', 'lint every file in the folders given: do not skip what ignores, .compactignore and .gitignore name')
    .option('--print-config <file>', 'print the resolved config for FILE as YAML (every rule, its level and where it was set) and exit')
    .option('--fix', 'apply the fixes the rules offer to the files, then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--suppress-all', 'write the counts of today\'s findings to compact-suppressions.json; later runs report only findings beyond them')
    .addOption(new Option('--suppress-rule <id>', 'like --suppress-all, for this rule only (repeatable)').argParser(collect).default([], 'none'))
    .option('--prune-suppressions', 'lower the counts in compact-suppressions.json to the findings there are now')
    .option('--suppressions-location <file>', 'the suppressions file to read and write (default compact-suppressions.json in the working folder)')
    .option('-w, --watch', 'lint again whenever a compact or a config file under the paths, or a plugin the config loaded, is saved (Ctrl-C stops)')
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
      if (options.fix && options.fixDryRun) throw new CompactError(t('lint.fixAndDryRun'));
      if (options.printConfig !== undefined) {
        const { printConfigFor } = await import('./lint-extras.js');
        return printConfigFor(options.printConfig, await lintSettings(options));
      }
      if (paths.length === 0) throw new CompactError(t('cli.noPaths', { command: 'lint' }));
      if (!options.watch) {
        process.exitCode = await lintOnce(paths, options);
        return;
      }
      if (paths.includes(STDIN)) throw new CompactError(t('cli.watchStdin'));
      formatTargets(options.format.length > 0 ? options.format : ['stylish'], options.output, FINDING_FORMATS);
      const { CONFIG_FILES } = await import('../lint/config/load-config.js');
      await watchAndRun({
        targets: await watchTargets(paths),
        include: (path) => /\.ya?ml$/i.test(path) || CONFIG_FILES.includes(basename(path)),
        run: () => lintOnce(paths, options),
        ignore: options.output,
        alsoRead: importedFiles,
      });
    });
}

/** Lints the files once, writes the reports and returns the exit code. */
async function lintOnce(paths: string[], options: LintCliOptions): Promise<number> {
  // The engine (rules, config loader, ajv) is loaded only when lint runs, not at every CLI start-up.
  const [{ lintWithExtras, customRuleDescriptors }, { ruleDescriptors }, { RULES }] = await Promise.all([
    import('./lint-extras.js'),
    import('../lint/descriptors.js'),
    import('../lint/rules/index.js'),
  ]);
  const targets = formatTargets(options.format.length > 0 ? options.format : ['stylish'], options.output, FINDING_FORMATS);
  const settings = { ...(await lintSettings(options)), fixes: targets.some((target) => FORMATS_WITH_FIXES.includes(target.format)) };
  const results = await lintWithExtras(paths, settings, options);
  // Only SARIF describes the rules; working out their descriptions (custom ones from each file's config) is spared otherwise.
  const describeRules = async () => {
    const builtIn = ruleDescriptors(RULES);
    return [...builtIn, ...(await customRuleDescriptors(results, settings, builtIn))];
  };
  const findings = allFindings(results);
  const outcome = decideOutcome(findings, { failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet });
  await writeFindingReports(targets, shownFindings(findings, outcome, options.quiet), {
    files: results.map((result) => result.file),
    command: 'lint',
    color: options.color,
    ...(targets.some((target) => FORMATS_DESCRIBING_RULES.includes(target.format)) ? { rules: await describeRules() } : {}),
    outcome,
  });
  const code = exitCodeFor(findings, options.failOn);
  return code === 0 && outcome.failed ? EXIT_FINDINGS : code;
}

async function lintSettings(options: LintCliOptions) {
  const [{ parseRuleFlags }, { RULES }] = await Promise.all([import('../lint/config/rule-flags.js'), import('../lint/rules/index.js')]);
  return {
    today: options.today,
    rules: parseRuleFlags(options.rule, RULES, { customIds: options.config !== false }),
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    useConfigFile: options.config !== false,
    ignore: options.ignore !== false,
    ...inputLimits(options),
  };
}
