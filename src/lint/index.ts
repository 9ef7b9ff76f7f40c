import { stat } from 'node:fs/promises';
import { checkLoadedCompact, checkObject, checkString } from '../api/arguments.js';
import { resolve } from 'node:path';
import { checkResolvedFiles, type CheckFilesOptions, type FileResult } from '../check-files.js';
import { compareFindings, type Finding } from '../findings.js';
import { parseCompactText, resolveInputs, STDIN, type LoadedCompact } from '../load/index.js';
import { checkInWorkers, workerCount } from '../batch/pool.js';
import { resolveToday } from '../util/today.js';
import { validate } from '../validate/index.js';
import { checkRuleSettings } from './config/check-config.js';
import { createConfigFinder } from './config/load-config.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { defaultResolvedConfig, resolveConfigObject, type ResolvedConfig } from './config/resolve-config.js';
import { layerApplies, rulesForFile } from './config/resolve-rules.js';
import type { LintConfig, RuleSetting } from './config/types.js';
import { applyDirectives } from './directives/apply-directives.js';
import { parseDirectives } from './directives/parse-directives.js';
import { createIgnoreChecker } from './ignores.js';
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
  /**
   * `false` leaves out each finding's `fix` and `suggestions`: a report that shows neither then spares working
   * them out. Default `true`.
   */
  fixes?: boolean;
}

export interface LintFilesOptions extends LintOptions, CheckFilesOptions {
  /** A config file to use for every file instead of searching for one. */
  configFile?: string;
  /** `false` ignores config files: the `config` option or the default applies. Default `true`. */
  useConfigFile?: boolean;
  /** Worker threads for a large batch; by default, on four cores or more, one per 150 files from 300 files on, up to one less than the cores; 0 for none. */
  workers?: number;
  /**
   * `false` lints every file found in the folders and globs given: the config's `ignores`, `.compactignore` and
   * `.gitignore` are not read. A file named on its own is never ignored. Default `true`.
   */
  ignore?: boolean;
}

/**
 * Lints one loaded compact: schema validation first; when the file has schema errors, those (and YAML
 * warnings) are the result and the rules do not run, since they expect valid data. Otherwise the enabled
 * rules run, inline `compact-disable` comments apply, and the findings come back sorted.
 * A config given here may use presets and declarative rules; plugins and extended files need `lintFiles` or `lintText`.
 */
export function lint(loaded: LoadedCompact, options: LintOptions = {}): Finding[] {
  checkLoadedCompact('lint', loaded);
  checkObject('lint', 'options', options, t('api.objectSuchAs', { example: "{ today: '2026-03-01' }" }), true);
  const registry = options.registry ?? RULES;
  const config = options.config === undefined ? defaultResolvedConfig(registry) : resolveConfigObject(options.config, registry, process.cwd());
  const flags = checkedFlags(options.rules, config.registry);
  return lintWith(loaded, rulesForFile(config, resolve(loaded.file), flags), resolveToday(options.today), config.registry, options.fixes !== false);
}

/**
 * Lints files, directories and globs. Each file uses the nearest config file in its folder or above
 * (unless `configFile`, `config` or `useConfigFile: false` says otherwise); a file that cannot be read
 * gets its read errors, and one file's failure never stops the others.
 */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const found = await resolveInputs(inputs, cwd, options);
  const settings = { ...options, today: resolveToday(options.today) };
  // Config errors stop the run here, before any worker thread starts.
  const session = await createLintSession(settings);
  const files = options.ignore === false ? found : await withoutIgnored(found, inputs, session.configFor, cwd);
  // A CI job pointed at a folder that is all ignored must not pass for having checked nothing.
  if (found.length > 0 && files.length === 0) throw new CompactError(t('lint.allIgnored', { inputs: inputs.join(', ') }));
  const here = (share: string[]) => checkResolvedFiles(share, session.lintOne, options);
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
  return (await createLintSession(options)).lintOne;
}

export interface LintTextOptions extends LintFilesOptions {
  /** The file the text is (or will be) saved as: the config is looked up from its folder and its overrides matched. */
  file?: string;
}

/**
 * Lints the text of one compact as `lintFiles` would lint it saved as `options.file` (an editor's unsaved buffer):
 * the same config resolution, overrides, plugins and declarative rules. Text that is not YAML gives its read errors.
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<Finding[]> {
  if (typeof text !== 'string') checkString('lintText', 'text', text, t('api.compactYaml'));
  checkObject('lintText', 'options', options, t('api.objectSuchAs', { example: "{ file: 'orebro.yaml' }" }), true);
  checkString('lintText', 'options.file', options.file, t('api.savedAs'), true);
  const file = options.file ?? '<input>';
  const parsed = parseCompactText(text, file);
  if (!parsed.ok) return parsed.findings;
  const session = await createLintSession(options);
  return session.lintOne(parsed.compact);
}

/** The resolved config that applies to `file` (for `--print-config` and editors). */
export async function resolvedConfigFor(file: string, options: LintFilesOptions = {}): Promise<ResolvedConfig> {
  return (await createLintSession(options)).configFor(file);
}

/** Lints loaded files, and tells the resolved config that applies to a file, with config files read once. */
export interface LintSession {
  lintOne(loaded: LoadedCompact): Promise<Finding[]>;
  configFor(file: string): Promise<ResolvedConfig>;
}

export async function createLintSession(options: LintFilesOptions): Promise<LintSession> {
  const registry = options.registry ?? RULES;
  const today = resolveToday(options.today);
  const cwd = options.cwd ?? process.cwd();
  const finder = createConfigFinder(registry, cwd);
  const fixed: ResolvedConfig | undefined = options.configFile
    ? (await finder.load(options.configFile)).resolved
    : options.config
      ? resolveConfigObject(options.config, registry, cwd)
      : options.useConfigFile === false
        ? defaultResolvedConfig(registry)
        : undefined;
  const fallback = defaultResolvedConfig(registry);
  const configFor = async (file: string): Promise<ResolvedConfig> => fixed ?? (await finder.search(resolve(cwd, file)))?.resolved ?? fallback;
  const enabledByConfig = new Map<ResolvedConfig, Map<string, EnabledRule[]>>();
  const enabledFor = (config: ResolvedConfig, file: string): EnabledRule[] => {
    // Files that match the same overrides share one list.
    const key = config.layers.map((layer) => (layerApplies(layer, file) ? '1' : '0')).join('');
    let byKey = enabledByConfig.get(config);
    if (!byKey) enabledByConfig.set(config, (byKey = new Map()));
    let enabled = byKey.get(key);
    if (!enabled) {
      enabled = rulesForFile(config, file, checkedFlags(options.rules, config.registry));
      byKey.set(key, enabled);
    }
    return enabled;
  };
  if (fixed) checkedFlags(options.rules, fixed.registry);
  return {
    configFor,
    async lintOne(loaded) {
      const file = resolve(cwd, loaded.file);
      const config = await configFor(loaded.file === STDIN ? cwd : file);
      return lintWith(loaded, enabledFor(config, file), today, config.registry, options.fixes !== false);
    },
  };
}

async function withoutIgnored(files: readonly string[], inputs: readonly string[], configFor: (file: string) => Promise<ResolvedConfig>, cwd: string): Promise<string[]> {
  const named = new Set<string>();
  for (const input of inputs) {
    if (input !== STDIN && (await stat(resolve(cwd, input)).catch(() => undefined))?.isFile()) named.add(resolve(cwd, input));
  }
  const checker = createIgnoreChecker();
  const kept: string[] = [];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    if (file === STDIN || named.has(absolute) || !(await checker.ignored(absolute, (await configFor(file)).ignores))) kept.push(file);
  }
  return kept;
}

function lintWith(loaded: LoadedCompact, enabled: readonly EnabledRule[], today: string, registry: readonly Rule<any>[], withFixes: boolean): Finding[] {
  const validation = validate(loaded);
  if (validation.some((finding) => finding.severity === 'error')) return validation;
  const findings = [...validation, ...runRules(loaded, enabled, today, withFixes)];
  const directives = parseDirectives(loaded.text);
  if (directives.length === 0) return findings.sort(compareFindings);
  return applyDirectives(findings, directives, {
    file: loaded.file,
    knownRules: new Set(registry.map((rule) => rule.meta.id)),
    enabledRules: new Set(enabled.map((entry) => entry.rule.meta.id)),
  }).sort(compareFindings);
}

function checkedFlags(rules: Record<string, RuleSetting> | undefined, registry: readonly Rule<any>[]): Record<string, RuleSetting> {
  if (rules === undefined) return {};
  const problems = checkRuleSettings(rules, registry);
  if (problems.length > 0) {
    const flag = (id: string) => {
      const setting = rules[id];
      return `--rule ${id}:${Array.isArray(setting) ? setting[0] : String(setting)}`;
    };
    throw new CompactError(problems.map((problem) => `${flag(String(problem.path[0]))}: ${problem.message}`).join('\n'));
  }
  return rules;
}
