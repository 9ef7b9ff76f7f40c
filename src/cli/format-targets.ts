import { CompactError } from '../errors.js';

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
    if (!allowed.includes(format)) throw new CompactError(`unknown format "${format}"; use one of ${allowed.join(', ')}`);
    if (file === '') throw new CompactError(`--format ${value}: give a file after the colon, for example --format ${format}:report.${format}`);
    return file === undefined ? { format } : { format, file };
  });
  if (output !== undefined) {
    const unassigned = targets.filter((target) => target.file === undefined);
    if (unassigned.length !== 1) {
      throw new CompactError(
        unassigned.length === 0
          ? `--output ${output} has no format to write: every --format already names its file`
          : `--output takes one format, but ${unassigned.map((target) => target.format).join(', ')} have no file; write the others with --format name:FILE`,
      );
    }
    unassigned[0]!.file = output;
  }
  const files = targets.flatMap((target) => (target.file && target.file !== '-' ? [target.file] : []));
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice) throw new CompactError(`two reports would be written to ${twice}; give each --format its own file`);
  return targets;
}
