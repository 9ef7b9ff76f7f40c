import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileResult } from '../check-files.js';
import { CompactError } from '../errors.js';
import type { Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import { STDIN } from '../load/index.js';
import { portablePath } from '../report/paths.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export const SUPPRESSIONS_FILE = 'compact-suppressions.json';

/** Counts of suppressed findings per file (relative to the working folder, `/` separators) and rule, as ESLint's. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** Findings that can be suppressed: not the ones that stop a file from being read, and not infos. */
function suppressible(finding: Finding): boolean {
  return !finding.fatal && finding.severity !== 'info';
}

function countsOf(result: FileResult, rules?: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of result.findings) {
    if (!suppressible(finding) || (rules && !rules.has(finding.ruleId))) continue;
    counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  }
  return counts;
}

export async function readSuppressions(file: string): Promise<Suppressions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CompactError(t('suppressions.unreadable', { file, error: (error as Error).message }));
  }
  try {
    const data = JSON.parse(text) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    return data as Suppressions;
  } catch (error) {
    throw new CompactError(t('suppressions.unreadable', { file, error: (error as Error).message }));
  }
}

export async function writeSuppressions(file: string, suppressions: Suppressions): Promise<void> {
  const sorted: Suppressions = {};
  for (const path of Object.keys(suppressions).sort()) {
    const rules = suppressions[path]!;
    const ids = Object.keys(rules).sort().filter((id) => rules[id]!.count > 0);
    if (ids.length > 0) sorted[path] = Object.fromEntries(ids.map((id) => [id, { count: rules[id]!.count }]));
  }
  await writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * Counts today's findings of the linted files into `existing` (`--suppress-all`, or `--suppress-rule` for `rules`):
 * the entries of files not linted now, and of other rules with `--suppress-rule`, are kept.
 */
export function suppress(existing: Suppressions, results: readonly FileResult[], cwd: string, rules?: readonly string[]): Suppressions {
  const next: Suppressions = structuredClone(existing);
  const only = rules ? new Set(rules) : undefined;
  for (const result of results) {
    if (result.file === STDIN) continue;
    const key = portablePath(resolve(cwd, result.file), cwd);
    const entry: Record<string, { count: number }> = only ? { ...next[key] } : {};
    if (only) for (const id of only) delete entry[id];
    for (const [id, count] of Object.entries(countsOf(result, only))) entry[id] = { count };
    if (Object.keys(entry).length > 0) next[key] = entry;
    else delete next[key];
  }
  return next;
}

/** `--prune-suppressions`: lowers each count of the linted files to the findings there are now, dropping those at 0. */
export function pruneSuppressions(existing: Suppressions, results: readonly FileResult[], cwd: string): Suppressions {
  const next: Suppressions = structuredClone(existing);
  for (const result of results) {
    const key = portablePath(resolve(cwd, result.file), cwd);
    const entry = next[key];
    if (!entry) continue;
    const counts = countsOf(result);
    for (const id of Object.keys(entry)) {
      const now = Math.min(entry[id]!.count, counts[id] ?? 0);
      if (now > 0) entry[id] = { count: now };
      else delete entry[id];
    }
    if (Object.keys(entry).length === 0) delete next[key];
  }
  return next;
}

export interface SuppressedResults {
  results: FileResult[];
  /** How many findings the counts held back. */
  suppressed: number;
}

/**
 * Holds back the findings the counts cover. As ESLint does, when a file has more findings of a rule than its count,
 * every finding of that rule in that file is reported: which of them is the new one cannot be told.
 */
export function applySuppressions(results: readonly FileResult[], suppressions: Suppressions, cwd: string): SuppressedResults {
  let suppressed = 0;
  const kept = results.map((result) => {
    const entry = suppressions[portablePath(resolve(cwd, result.file), cwd)];
    if (!entry) return result;
    const counts = countsOf(result);
    const findings = result.findings.filter((finding) => {
      const allowed = Object.hasOwn(entry, finding.ruleId) ? entry[finding.ruleId]!.count : 0;
      const hidden = suppressible(finding) && (counts[finding.ruleId] ?? 0) <= allowed;
      if (hidden) suppressed++;
      return !hidden;
    });
    return { ...result, findings };
  });
  return { results: kept, suppressed };
}
