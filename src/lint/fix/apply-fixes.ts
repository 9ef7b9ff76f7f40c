import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkArray, checkString } from '../../api/arguments.js';
import { t } from '../../i18n/index.js';
import type { FileResult } from '../../check-files.js';
import type { Finding, TextEdit } from '../../findings.js';
import { STDIN } from '../../load/index.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { lintFiles, lintText, type LintFilesOptions } from '../index.js';

/** Passes of fix-and-lint-again per file, as ESLint: a fix may make another fix possible. */
const MAX_PASSES = 10;

/**
 * Applies the `fix` of each finding to `text`, first in the file first; a fix that overlaps one already applied
 * waits for the next pass. Every byte outside the fixed ranges stays as it was.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  if (typeof text !== 'string') checkString('applyFixes', 'text', text, t('api.compactText'));
  checkArray('applyFixes', 'findings', findings, t('api.lintFindings'));
  const edits = findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let position = 0;
  let applied = 0;
  for (const edit of edits) {
    if (edit.range[0] < position) continue;
    output += text.slice(position, edit.range[0]) + edit.text;
    position = edit.range[1];
    applied++;
  }
  return { text: output + text.slice(position), applied };
}

export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** How many fixes were applied, over every pass. */
  applied: number;
}

export interface FixResult {
  /** The findings left after fixing (of every file linted). */
  results: FileResult[];
  fixes: FileFix[];
}

export interface FixFilesOptions extends LintFilesOptions {
  /** Compute the fixes but write nothing. */
  dryRun?: boolean;
}

/**
 * Lints the files, applies every fix (`--fix`), lints each fixed file again until no fix is left, writes the
 * changed files (unless `dryRun`) and returns the findings that are left and what changed.
 */
export async function fixFiles(inputs: readonly string[], options: FixFilesOptions = {}): Promise<FixResult> {
  const cwd = options.cwd ?? process.cwd();
  const results = await lintFiles(inputs, { ...options, fixes: true });
  const fixes: FileFix[] = [];
  const final: FileResult[] = [];
  for (const result of results) {
    if (result.file === STDIN || !result.findings.some((finding) => finding.fix)) {
      final.push(result);
      continue;
    }
    const path = resolve(cwd, result.file);
    const before = await readFile(path, 'utf8');
    // Files are read without their byte order mark, so the fixes' offsets count from after it.
    const mark = before.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    let text = before.slice(mark.length);
    let findings = result.findings;
    let applied = 0;
    for (let pass = 0; pass < MAX_PASSES && findings.some((finding) => finding.fix); pass++) {
      const fixed = applyFixes(text, findings);
      if (fixed.applied === 0 || fixed.text === text) break;
      applied += fixed.applied;
      text = fixed.text;
      findings = await lintText(text, { ...options, fixes: true, file: result.file });
    }
    if (mark + text !== before) {
      if (!options.dryRun) await writeFileAtomic(path, mark + text);
      fixes.push({ file: result.file, before, after: mark + text, applied });
    }
    final.push({ file: result.file, findings });
  }
  return { results: final, fixes };
}

/** The fixes as one unified diff (`--fix-dry-run`). */
export async function fixesAsDiff(fixes: readonly FileFix[]): Promise<string> {
  checkArray('fixesAsDiff', 'fixes', fixes, t('api.fileFixes', { call: 'fixFiles(paths, { dryRun: true }).fixes' }));
  const { createTwoFilesPatch } = await import('diff');
  return fixes.map((fix) => createTwoFilesPatch(`a/${fix.file}`, `b/${fix.file}`, fix.before, fix.after, undefined, undefined, { context: 3 })).join('');
}

export type { TextEdit };
