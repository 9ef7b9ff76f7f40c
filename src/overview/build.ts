import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { createFileLinter, type LintFilesOptions } from '../lint/index.js';
import { readCompactFile, resolveInputs, STDIN, type LoadedCompact } from '../load/index.js';
import { compareFindings, type Finding } from '../findings.js';
import { resolveToday } from '../util/today.js';
import { isCompact } from '../validate/index.js';
import { compactRow, problemRow } from './row.js';
import { overviewTotals } from './totals.js';
import type { Overview, OverviewRow } from './types.js';

export interface OverviewOptions extends LintFilesOptions {
  /** Called once before the first file (`done` 0, no file) and after each file, for a progress bar; awaited. */
  onProgress?: (progress: { done: number; total: number; file?: string }) => void | Promise<void>;
}

/**
 * Reads and lints every compact under `inputs` (files, directories, globs) and returns one row per file, sorted
 * by path. Lint runs as `compact lint` would (the nearest config file applies); a file that cannot be read or is
 * not a valid compact gets a row saying so, and the other files are still reported.
 */
export async function buildOverview(inputs: readonly string[], options: OverviewOptions = {}): Promise<Overview> {
  if (inputs.includes(STDIN)) throw new CompactError(t('report.noStdin'));
  const today = resolveToday(options.today);
  const files = [...new Set(await resolveInputs(inputs, options.cwd, options))].sort(comparePaths);
  const { onProgress, ...lintOptions } = options;
  const lintOne = await createFileLinter({ ...lintOptions, today });
  const rows: OverviewRow[] = [];
  await onProgress?.({ done: 0, total: files.length });
  for (const file of files) {
    rows.push(await overviewRow(file, today, lintOne, lintOptions));
    await onProgress?.({ done: rows.length, total: files.length, file });
  }
  return { today, rows, totals: overviewTotals(rows) };
}

/** One row; the file is read and parsed once, for its lint findings and its data. */
async function overviewRow(
  file: string,
  today: string,
  lintOne: (loaded: LoadedCompact) => Promise<Finding[]>,
  options: LintFilesOptions,
): Promise<OverviewRow> {
  const loaded = await readCompactFile(file, options);
  if (!loaded.ok) return problemRow(loaded.file, 'unreadable', loaded.findings);
  const findings = (await lintOne(loaded.compact)).sort(compareFindings);
  if (findings.some((finding) => finding.fatal)) return problemRow(file, 'unreadable', findings);
  const data = loaded.compact.data;
  if (!isCompact(data)) return problemRow(file, 'invalid', findings, data);
  return compactRow(file, data, findings, today);
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
