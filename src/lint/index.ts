import { checkLoadedCompact, checkObject } from '../api/arguments.js';
import { resolve } from 'node:path';
import { checkResolvedFiles, type CheckFilesOptions, type FileResult } from '../check-files.js';
import { compareFindings, type Finding } from '../findings.js';
import { resolveInputs, type LoadedCompact } from '../load/index.js';
import { checkInWorkers, workerCount } from '../batch/pool.js';
import { resolveToday } from '../util/today.js';
import { validate } from '../validate/index.js';
import { checkConfig, checkRuleSettings } from './config/check-config.js';
import { configError, createConfigFinder } from './config/load-config.js';
import { DEFAULT_CONFIG, resolveRules } from './config/resolve-rules.js';
import type { LintConfig, LoadedConfig, RuleSetting } from './config/types.js';
import { applyDirectives } from './directives/apply-directives.js';
import { parseDirectives } from './directives/parse-directives.js';
import { RULES } from './rules/index.js';
import { runRules, type EnabledRule } from './run-rules.js';
import type { Rule } from './types.js';

export interface LintOptions {
  /** Today as YYYY-MM-DD; default from COMPACT_TODAY, else the clock. */
  today?: string;
  /** The config to use instead of the default (`extends: recommended`). */
  config?: LintConfig;
  /** Rule levels (and options) applied over the config, like `--rule id:level`. */
  rules?: Record<string, RuleSetting>;
  /** The rules to choose from; default the built-in `RULES`. */
  registry?: readonly Rule<any>[];
}

export interface LintFilesOptions extends LintOptions, CheckFilesOptions {
  /** A config file to use for every file instead of searching for one. */
  configFile?: string;
  /** `false` ignores config files: the `config` option or the default applies. Default `true`. */
  useConfigFile?: boolean;
  /** Worker threads for a large batch; by default one less than the cores for 100 files or more, 0 for none. */
  workers?: number;
}

/**
 * Lints one loaded compact: schema validation first; when the file has schema errors, those (and YAML
 * warnings) are the result and the rules do not run, since they expect valid data. Otherwise the enabled
 * rules run, inline `compact-disable` comments apply, and the findings come back sorted.
 */
export function lint(loaded: LoadedCompact, options: LintOptions = {}): Finding[] {
  checkLoadedCompact('lint', loaded);
  checkObject('lint', 'options', options, "an object such as { today: '2026-03-01' }", true);
  const registry = options.registry ?? RULES;
  const config = checkedConfig(options.config, registry);
  const overrides = checkedOverrides(options.rules, registry);
  return lintWith(loaded, resolveRules(config, registry, overrides), resolveToday(options.today), registry);
}

/**
 * Lints files, directories and globs. Each file uses the nearest config file in its folder or above
 * (unless `configFile`, `config` or `useConfigFile: false` says otherwise); a file that cannot be read
 * gets its read errors, and one file's failure never stops the others.
 */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const files = await resolveInputs(inputs, options.cwd ?? process.cwd(), options);
  const settings = { ...options, today: resolveToday(options.today) };
  // Config errors stop the run here, before any worker thread starts.
  const lintOne = await createFileLinter(settings);
  const here = (share: string[]) => checkResolvedFiles(share, lintOne, options);
  // Rules given as code cannot be sent to a worker thread.
  const workers = options.registry ? 0 : workerCount(files.length, options.workers);
  if (workers === 0) return here(files);
  const { workers: _, ...plain } = settings;
  return checkInWorkers({ kind: 'lint', options: plain }, files, workers, here);
}

/**
 * A linter for loaded files as `lintFiles` runs it: each file gets the nearest config file in its folder or above
 * (unless `configFile`, `config` or `useConfigFile: false` says otherwise); config files and rule sets are read
 * and resolved once and shared by every file.
 */
export async function createFileLinter(options: LintFilesOptions = {}): Promise<(loaded: LoadedCompact) => Promise<Finding[]>> {
  const registry = options.registry ?? RULES;
  const today = resolveToday(options.today);
  const overrides = checkedOverrides(options.rules, registry);
  const finder = createConfigFinder(registry, options.cwd ?? process.cwd());
  const fixed: LoadedConfig | undefined = options.configFile
    ? await finder.load(options.configFile)
    : options.config || options.useConfigFile === false
      ? { config: checkedConfig(options.config, registry) }
      : undefined;
  const enabledByConfig = new Map<LoadedConfig | undefined, EnabledRule[]>();
  const enabledFor = (loaded: LoadedConfig | undefined): EnabledRule[] => {
    let enabled = enabledByConfig.get(loaded);
    if (!enabled) {
      enabled = resolveRules(loaded?.config ?? DEFAULT_CONFIG, registry, overrides);
      enabledByConfig.set(loaded, enabled);
    }
    return enabled;
  };
  return async (loaded) => lintWith(loaded, enabledFor(fixed ?? (await finder.search(resolve(loaded.file)))), today, registry);
}

function lintWith(loaded: LoadedCompact, enabled: readonly EnabledRule[], today: string, registry: readonly Rule<any>[]): Finding[] {
  const validation = validate(loaded);
  if (validation.some((finding) => finding.severity === 'error')) return validation;
  const findings = [...validation, ...runRules(loaded, enabled, today)];
  const directives = parseDirectives(loaded.text);
  if (directives.length === 0) return findings.sort(compareFindings);
  return applyDirectives(findings, directives, {
    file: loaded.file,
    knownRules: new Set(registry.map((rule) => rule.meta.id)),
    enabledRules: new Set(enabled.map((entry) => entry.rule.meta.id)),
  }).sort(compareFindings);
}

function checkedConfig(config: LintConfig | undefined, registry: readonly Rule<any>[]): LintConfig {
  if (config === undefined) return DEFAULT_CONFIG;
  const problems = checkConfig(config, registry);
  if (problems.length > 0) throw configError('the lint config', problems);
  return config;
}

function checkedOverrides(rules: Record<string, RuleSetting> | undefined, registry: readonly Rule<any>[]): Record<string, RuleSetting> {
  if (rules === undefined) return {};
  const problems = checkRuleSettings(rules, registry);
  if (problems.length > 0) throw configError('the rule settings', problems);
  return rules;
}
