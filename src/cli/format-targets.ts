import { t } from '../i18n/index.js';
import { CompactError } from '../errors.js';
import type { Finding } from '../findings.js';
import { colorFor, getFormatter, type RuleDescriptor } from '../report/index.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { outcomeLines, type RunOutcome } from '../report/outcome.js';
import { emit, printError, toStdout } from './output.js';
import { VERSION } from './version.js';

/** A report to write: a format, and the file it goes to (stdout when absent). */
export interface FormatTarget {
  format: string;
  file?: string;
}

/**
 * Reads repeated `--format name` / `--format name:FILE` values and `--output FILE`: `--output` is where the
 * one format without its own file goes. Two reports may not go to the same file.
 */
export function formatTargets(values: readonly string[], output: string | undefined, allowed: readonly string[]): FormatTarget[] {
  const targets = values.map((value): FormatTarget => {
    const separator = value.indexOf(':');
    const format = separator < 0 ? value : value.slice(0, separator);
    const file = separator < 0 ? undefined : value.slice(separator + 1);
    if (!allowed.includes(format)) throw new CompactError(t('cli.format.unknown', { format, allowed: allowed.join(', ') }));
    if (file === '') throw new CompactError(t('cli.format.noFile', { value, format }));
    return file === undefined ? { format } : { format, file };
  });
  if (output !== undefined) {
    const unassigned = targets.filter((target) => target.file === undefined);
    if (unassigned.length !== 1) {
      throw new CompactError(
        unassigned.length === 0
          ? t('cli.format.outputUnused', { output })
          : t('cli.format.outputAmbiguous', { formats: unassigned.map((target) => target.format).join(', ') }),
      );
    }
    unassigned[0]!.file = output;
  }
  const files = targets.flatMap((target) => (target.file && target.file !== '-' ? [target.file] : []));
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice) throw new CompactError(t('cli.format.sameFile', { file: twice }));
  return targets;
}

export interface FindingReportOptions {
  /** The checked files: a report lists them, and none of them may be overwritten by a report. */
  files: string[];
  command: string;
  /** --no-color (false); colour applies only to a report on stdout. */
  color?: boolean;
  rules?: RuleDescriptor[];
  /** Leave out the report on stdout (a quiet run with nothing to say). */
  skipStdout?: boolean;
  /** Whether the run failed and why: the reports say it, and stderr too when no report for people went to stdout. */
  outcome?: RunOutcome;
}

/** Formats a person reads on a terminal, which carry the reason a run failed in their summary. */
const FORMATS_FOR_PEOPLE = new Set(['stylish', 'markdown']);

/** Writes `findings` once per target, in its format, to its file or to stdout; refuses a report file that is an input. */
export async function writeFindingReports(targets: readonly FormatTarget[], findings: readonly Finding[], options: FindingReportOptions): Promise<void> {
  for (const target of targets) await refuseToOverwriteInput(target.file, options.files);
  for (const target of targets) {
    if (options.skipStdout && toStdout(target.file)) continue;
    const formatter = await getFormatter(target.format);
    const text = formatter(findings, {
      files: options.files,
      ...(options.rules ? { rules: options.rules } : {}),
      color: colorFor(process.stdout, { color: toStdout(target.file) ? options.color : false }),
      command: options.command,
      cwd: process.cwd(),
      toolVersion: VERSION,
      ...(options.outcome ? { outcome: options.outcome } : {}),
    });
    await emit(text, target.file);
  }
  const toldOnStdout = targets.some((target) => toStdout(target.file) && !options.skipStdout && FORMATS_FOR_PEOPLE.has(target.format));
  if (!toldOnStdout) for (const line of outcomeLines(options.outcome)) printError(line);
}
