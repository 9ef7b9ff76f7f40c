import { basename } from 'node:path';
import { t } from '../i18n/index.js';
import { Option, type Command } from 'commander';
import { CompactError } from '../errors.js';
import { DEFAULT_THRESHOLD } from '../diff/defaults.js';
import { DIFF_FORMAT_NAMES, REDLINE_FORMAT_NAMES } from '../diff/format/names.js';
import type { Comparison, DiffSource } from '../diff/index.js';
import type { Compact, Language } from '../model/index.js';
import { colorFor } from '../report/color.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { chooseOutput, collectList, inputLimits, LANGUAGES, maxFileSizeOption, parseLanguage } from './option-parsers.js';
import { documentStem, emit, emitDocument, formatOfOut, printError, refuseExtensionOfAnotherFormat, toStdout } from './output.js';
import { count } from '../util/plural.js';

const FAIL_LEVELS = ['major', 'minor', 'patch', 'any'] as const;
const FORMATS: readonly string[] = [...DIFF_FORMAT_NAMES, ...REDLINE_FORMAT_NAMES];
type RedlineFormat = (typeof REDLINE_FORMAT_NAMES)[number];
type FailLevel = (typeof FAIL_LEVELS)[number];

interface DiffCommandOptions {
  format?: string;
  from?: string;
  to?: string;
  failOn?: string;
  ignore: string[];
  threshold?: string;
  force?: boolean;
  output?: string;
  out?: string;
  lang?: string;
  color?: boolean;
  gitExternal?: boolean;
  maxFileSize?: number;
  author?: string;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .summary('show what changed between two revisions of a compact')
    .description(
      'Compare two revisions of a compact as data: principles, commitments, parties, governance, adoption, signatories … are matched by their id (never by position), each change is classified (principle-reworded, commitment-moved-between-parties, signatory-added, …) with a level (major, minor, patch), and prose is compared word by word.',
    )
    .argument('[files...]', 'the before and after files (- reads stdin); or one file with --from')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (html, pdf and docx: the new revision with its changes marked; docx as tracked changes); by default taken from --out's extension, else text`)
    .option('--from <rev>', 'compare the file as it was in this git revision (commit, tag, branch)')
    .option('--to <rev>', 'with --from: compare with this git revision instead of the working file')
    .option('--fail-on <level>', `exit 1 when a change at this level or above is present: ${FAIL_LEVELS.join(', ')}`)
    .addOption(new Option('--ignore <class>', 'leave out changes of this class (repeatable, or comma-separated)').argParser(collectList).default([], 'none'))
    .option('--threshold <number>', 'how alike (0–1) texts must be for a changed id to count as a rename', String(DEFAULT_THRESHOLD))
    .option('--force', 'compare even when a file is not a valid compact')
    .option('-o, --output <file>', 'write the report to a file instead of stdout (a PDF without it: <new file>-redline.pdf)')
    .option('--out <file>', 'the same as --output')
    .option('-l, --lang <lang>', `html and pdf: the language of the labels, ${LANGUAGES.join(' or ')} (default: the new revision's language)`)
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--author <name>', 'docx: the author of the tracked changes (default: compact)')
    .addOption(maxFileSizeOption())
    .option('--git-external', "act as git's external diff driver: take the 7 arguments git passes (see README)")
    .addHelpText(
      'after',
      `
Examples:
  $ compact diff botkyrka-2009.yaml botkyrka-2018.yaml
  $ compact diff examples/boras.yaml --from v2016            # v2016 against the working file
  $ compact diff examples/boras.yaml --from v2016 --to HEAD --format markdown
  $ compact diff old.yaml new.yaml --fail-on major --ignore order-changed
  $ compact diff old.yaml new.yaml --format pdf --out redline.pdf   # the new text, changes marked
  $ compact diff old.yaml new.yaml --format html --lang en > redline.html
  $ compact diff old.yaml new.yaml --format docx --author "Anna Berg"   # tracked changes in Word
  $ git show main:compact.yaml | compact diff - compact.yaml --format json

Exit codes: 0 no change at or above --fail-on (or no --fail-on), 1 such a change, 2 usage error or a file that cannot be read or is not a valid compact (unless --force).`,
    )
    .action(async (files: string[], options: DiffCommandOptions) => {
      const diff = await import('../diff/index.js');
      const output = chooseOutput(options);
      const format = options.format ?? diffFormatOfOut(output);
      if (!FORMATS.includes(format)) throw new CompactError(t('cli.format.unknown', { format, allowed: FORMATS.join(', ') }));
      const redline = (REDLINE_FORMAT_NAMES as readonly string[]).includes(format) ? (format as RedlineFormat) : undefined;
      refuseExtensionOfAnotherFormat(output, format);
      const lang = chooseLanguage(options.lang, redline);
      const failOn = parseFailOn(options.failOn);
      const threshold = parseThreshold(options.threshold);
      const ignore = options.ignore.map((name) => {
        if (diff.isChangeClass(name)) return name;
        throw new CompactError(t('diff.cli.unknownClass', { name, classes: diff.CHANGE_CLASS_NAMES.join(', ') }));
      });
      const color = colorFor(process.stdout, { color: toStdout(output) ? options.color : false });

      if (options.gitExternal) {
        if (redline) throw new CompactError(t('diff.cli.gitExternal', { format: redline }));
        const formatter = diff.diffFormatter(format);
        const args = diff.parseGitExternalArguments(files);
        const compared = await diff.compareGitExternal(args, { threshold, ignore });
        if (compared.kind !== 'compared') {
          await emit(`${t(compared.kind === 'added' ? 'diff.gitExternal.added' : 'diff.gitExternal.deleted', { path: compared.path })}\n`);
          return;
        }
        warnInvalid([compared.before, compared.after]);
        const text = formatter(compared.result, { color, beforeLabel: compared.before.label, afterLabel: compared.after.label });
        await emit(`diff --compact ${compared.before.label} ${compared.after.label}\n${text}`);
        return;
      }

      const sources = diff.diffSources(files, options.from, options.to);
      const comparison = await diff.compareSources(sources, { threshold, ignore, force: options.force ?? false, ...inputLimits(options) });
      const { before, after, result } = comparison;
      warnInvalid([before, after]);
      await refuseToOverwriteInput(output, files);
      if (options.author !== undefined && redline !== 'docx') throw new CompactError(t('docx.authorNeedsDocx'));
      if (redline) await writeRedline(comparison, sources[0], sources[1], { format: redline, lang, output, ...(options.author === undefined ? {} : { author: options.author }) });
      else await emit(diff.diffFormatter(format)(result, { color, beforeLabel: before.label, afterLabel: after.label }), output);
      process.exitCode = failOn && diff.reachesLevel(result.summary, failOn) ? EXIT_FINDINGS : EXIT_OK;
    });
}

/**
 * Renders the redline and writes it as `compact render` writes a document: HTML to stdout unless --output names a
 * file; a PDF to --output, or without it to `<new file's name>-redline.pdf` in the current folder, and to stdout
 * with `--output -` when that is not a terminal.
 */
async function writeRedline(comparison: Comparison, beforeSource: DiffSource, afterSource: DiffSource, options: { format: RedlineFormat; lang?: Language; output?: string; author?: string }): Promise<void> {
  const { after } = comparison;
  if (after.findings.some((finding) => finding.severity === 'error')) {
    throw new CompactError(t('diff.cli.invalidRedline', { label: after.label }));
  }
  const [{ redlineDocument }, { renderRedline }] = await Promise.all([import('../diff/redline.js'), import('../render/redline.js')]);
  const document = redlineDocument(comparison.before.compact.data as Compact, after.compact.data as Compact, comparison.result, earlierName(comparison.before.label, beforeSource));
  const rendered = await renderRedline(document, { format: options.format, ...(options.lang ? { lang: options.lang } : {}), ...(options.author === undefined ? {} : { author: options.author }) });
  const target = options.output ?? (options.format === 'html' ? '-' : `${documentStem(afterSource.path, document.compact.id)}-redline.${options.format}`);
  await emitDocument(rendered, target);
  if (options.output === undefined && target !== '-') process.stderr.write(`${t('cli.wrote', { file: target })}\n`);
}

/** The earlier side named for a reader: its git revision, else its file's base name; never a path. */
function earlierName(label: string, source: DiffSource): string {
  if (source.revision !== undefined) return source.revision;
  if (source.path === '-') return label;
  return basename(source.path);
}

function chooseLanguage(lang: string | undefined, redline: RedlineFormat | undefined): Language | undefined {
  // On a text, Markdown or JSON report --lang is the language of the messages only (chosen before parsing).
  const language = parseLanguage(lang);
  return redline ? language : undefined;
}

function parseFailOn(value: string | undefined): FailLevel | undefined {
  if (value === undefined) return undefined;
  if ((FAIL_LEVELS as readonly string[]).includes(value)) return value as FailLevel;
  throw new CompactError(t('diff.cli.unknownLevel', { value, levels: FAIL_LEVELS.join(', ') }));
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (value.trim() === '' || !Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new CompactError(t('diff.cli.threshold', { value }));
  }
  return threshold;
}

/** A side compared in spite of its schema errors is named on stderr, so the reader knows. */
function warnInvalid(sides: readonly { label: string; findings: readonly { severity: string }[] }[]): void {
  for (const side of sides) {
    const errors = side.findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0) printError(t('diff.cli.comparedAnyway', { label: side.label, errors: count(errors, 'error') }));
  }
}

/** The format an --out file's extension names (`changes.md` → markdown, `redline.pdf` → pdf); text for any other. */
function diffFormatOfOut(output: string | undefined): string {
  const format = formatOfOut(output);
  return format !== undefined && FORMATS.includes(format) ? format : 'text';
}
