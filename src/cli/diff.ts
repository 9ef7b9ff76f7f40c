import { Option, type Command } from 'commander';
import { CompactError } from '../errors.js';
import { DEFAULT_THRESHOLD } from '../diff/defaults.js';
import { DIFF_FORMAT_NAMES } from '../diff/format/names.js';
import { colorFor } from '../report/color.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { emit, printError } from './output.js';

const FAIL_LEVELS = ['major', 'minor', 'patch', 'any'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

interface DiffCommandOptions {
  format: string;
  from?: string;
  to?: string;
  failOn?: string;
  ignore: string[];
  threshold?: string;
  force?: boolean;
  output?: string;
  color?: boolean;
  gitExternal?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((name) => name.trim()).filter(Boolean)];
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .summary('show what changed between two revisions of a compact')
    .description(
      'Compare two revisions of a compact as data: principles, commitments, parties, governance, adoption, signatories … are matched by their id (never by position), each change is classified (principle-reworded, commitment-moved-between-parties, signatory-added, …) with a level (major, minor, patch), and prose is compared word by word.',
    )
    .argument('[files...]', 'the before and after files (- reads stdin); or one file with --from')
    .option('-f, --format <format>', `output format: ${DIFF_FORMAT_NAMES.join(', ')}`, 'text')
    .option('--from <rev>', 'compare the file as it was in this git revision (commit, tag, branch)')
    .option('--to <rev>', 'with --from: compare with this git revision instead of the working file')
    .option('--fail-on <level>', `exit 1 when a change at this level or above is present: ${FAIL_LEVELS.join(', ')}`)
    .addOption(new Option('--ignore <class>', 'leave out changes of this class (repeatable, or comma-separated)').argParser(collect).default([], 'none'))
    .option('--threshold <number>', 'how alike (0–1) texts must be for a changed id to count as a rename', String(DEFAULT_THRESHOLD))
    .option('--force', 'compare even when a file is not a valid compact')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--git-external', "act as git's external diff driver: take the 7 arguments git passes (see README)")
    .addHelpText(
      'after',
      `
Examples:
  $ compact diff botkyrka-2009.yaml botkyrka-2018.yaml
  $ compact diff examples/boras.yaml --from v2016            # v2016 against the working file
  $ compact diff examples/boras.yaml --from v2016 --to HEAD --format markdown
  $ compact diff old.yaml new.yaml --fail-on major --ignore order-changed
  $ git show main:compact.yaml | compact diff - compact.yaml --format json

Exit codes: 0 no change at or above --fail-on (or no --fail-on), 1 such a change, 2 usage error or a file that cannot be read or is not a valid compact (unless --force).`,
    )
    .action(async (files: string[], options: DiffCommandOptions) => {
      const diff = await import('../diff/index.js');
      const formatter = diff.diffFormatter(options.format);
      const failOn = parseFailOn(options.failOn);
      const threshold = parseThreshold(options.threshold);
      const ignore = options.ignore.map((name) => {
        if (diff.isChangeClass(name)) return name;
        throw new CompactError(`unknown change class "${name}" in --ignore; the classes are: ${diff.CHANGE_CLASS_NAMES.join(', ')}`);
      });
      const color = colorFor(process.stdout, { color: options.output ? false : options.color });

      if (options.gitExternal) {
        const args = diff.parseGitExternalArguments(files);
        const compared = await diff.compareGitExternal(args, { threshold, ignore });
        if (compared.kind !== 'compared') {
          await emit(`${compared.path}: ${compared.kind === 'added' ? 'new' : 'deleted'} compact file\n`);
          return;
        }
        warnInvalid([compared.before, compared.after]);
        const text = formatter(compared.result, { color, beforeLabel: compared.before.label, afterLabel: compared.after.label });
        await emit(`diff --compact ${compared.before.label} ${compared.after.label}\n${text}`);
        return;
      }

      const sources = diff.diffSources(files, options.from, options.to);
      const { before, after, result } = await diff.compareSources(sources, { threshold, ignore, force: options.force ?? false });
      warnInvalid([before, after]);
      await refuseToOverwriteInput(options.output, files);
      await emit(formatter(result, { color, beforeLabel: before.label, afterLabel: after.label }), options.output);
      process.exitCode = failOn && diff.reachesLevel(result.summary, failOn) ? EXIT_FINDINGS : EXIT_OK;
    });
}

function parseFailOn(value: string | undefined): FailLevel | undefined {
  if (value === undefined) return undefined;
  if ((FAIL_LEVELS as readonly string[]).includes(value)) return value as FailLevel;
  throw new CompactError(`unknown level "${value}" for --fail-on; use one of ${FAIL_LEVELS.join(', ')}`);
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (value.trim() === '' || !Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new CompactError(`--threshold must be a number above 0 and at most 1, such as 0.8 (got "${value}")`);
  }
  return threshold;
}

/** A side compared in spite of its schema errors is named on stderr, so the reader knows. */
function warnInvalid(sides: readonly { label: string; findings: readonly { severity: string }[] }[]): void {
  for (const side of sides) {
    const errors = side.findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0) printError(`warning: ${side.label} is not a valid compact (${errors} ${errors === 1 ? 'error' : 'errors'}); compared anyway`);
  }
}
