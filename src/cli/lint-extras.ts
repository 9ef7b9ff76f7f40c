import { resolve } from 'node:path';
import type { FileResult } from '../check-files.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { LintFilesOptions } from '../lint/index.js';
import type { RuleDescriptor } from '../report/types.js';
import { emit } from './output.js';

/** The options of `compact lint` that change what is linted and what happens to the findings (fixes, suppressions). */
export interface LintExtraOptions {
  printConfig?: string;
  ignore?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

/** `--print-config FILE`: the resolved config for that file as YAML on stdout. */
export async function printConfigFor(file: string, options: LintFilesOptions): Promise<void> {
  const [{ resolvedConfigFor }, { printConfig }] = await Promise.all([import('../lint/index.js'), import('../lint/config/print-config.js')]);
  const cwd = options.cwd ?? process.cwd();
  const config = await resolvedConfigFor(file, options);
  await emit(printConfig(config, resolve(cwd, file), cwd, options.rules ?? {}));
}

/**
 * Lints `paths` with `--fix` or `--fix-dry-run` (applying or showing the fixes) or plainly, then applies or
 * writes the suppressions file. Returns what is left to report.
 */
export async function lintWithExtras(paths: string[], options: LintFilesOptions, extra: LintExtraOptions): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const suppressing = extra.suppressAll || (extra.suppressRule?.length ?? 0) > 0;
  if ((extra.fix || extra.fixDryRun) && paths.includes('-')) throw new CompactError(t('lint.fixStdin'));
  if (suppressing && extra.pruneSuppressions) throw new CompactError(t('suppressions.suppressAndPrune'));
  let results: FileResult[];
  if (extra.fix || extra.fixDryRun) {
    const { fixFiles, fixesAsDiff } = await import('../lint/fix/apply-fixes.js');
    const fixed = await fixFiles(paths, { ...options, dryRun: extra.fixDryRun === true });
    if (extra.fixDryRun) await emit(await fixesAsDiff(fixed.fixes));
    else if (fixed.fixes.length > 0) process.stderr.write(`${t('lint.fixed', { count: fixed.fixes.reduce((sum, fix) => sum + fix.applied, 0), files: fixed.fixes.length })}\n`);
    results = fixed.results;
  } else {
    const { lintFiles } = await import('../lint/index.js');
    results = await lintFiles(paths, options);
  }
  const suppressions = await import('../lint/suppressions.js');
  const location = resolve(cwd, extra.suppressionsLocation ?? suppressions.SUPPRESSIONS_FILE);
  const existing = await suppressions.readSuppressions(location);
  if (suppressing) {
    await suppressions.writeSuppressions(location, suppressions.suppress(existing, results, cwd, extra.suppressAll ? undefined : extra.suppressRule));
    process.stderr.write(`${t('suppressions.written', { file: location })}\n`);
    return suppressions.applySuppressions(results, await suppressions.readSuppressions(location), cwd).results;
  }
  if (extra.pruneSuppressions) {
    await suppressions.writeSuppressions(location, suppressions.pruneSuppressions(existing, results, cwd));
    process.stderr.write(`${t('suppressions.pruned', { file: location })}\n`);
  }
  const applied = suppressions.applySuppressions(results, extra.pruneSuppressions ? await suppressions.readSuppressions(location) : existing, cwd);
  if (applied.suppressed > 0) process.stderr.write(`${t('suppressions.held', { count: applied.suppressed, file: location })}\n`);
  return applied.results;
}

/**
 * Descriptors of the plugin and declarative rules that have findings (SARIF, JUnit and Markdown list the rules), read
 * from the config of the files they were found in; a rule keeps its own `docsUrl`.
 */
export async function customRuleDescriptors(results: readonly FileResult[], options: LintFilesOptions, known: readonly RuleDescriptor[]): Promise<RuleDescriptor[]> {
  const listed = new Set(known.map((descriptor) => descriptor.id));
  const wanted = results.filter((result) => result.findings.some((finding) => !listed.has(finding.ruleId) && !finding.ruleId.includes('/')));
  if (wanted.length === 0) return [];
  const { resolvedConfigFor } = await import('../lint/index.js');
  const descriptors: RuleDescriptor[] = [];
  for (const result of wanted) {
    if (result.file === '-') continue;
    const { registry } = await resolvedConfigFor(result.file, options);
    for (const finding of result.findings) {
      if (listed.has(finding.ruleId)) continue;
      const rule = registry.find((candidate) => candidate.meta.id === finding.ruleId);
      if (!rule) continue;
      listed.add(finding.ruleId);
      descriptors.push({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, ...(rule.meta.docsUrl ? { docsUrl: rule.meta.docsUrl } : {}) });
    }
  }
  return descriptors;
}
