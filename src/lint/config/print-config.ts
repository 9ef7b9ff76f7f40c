import { stringify } from 'yaml';
import { checkObject, checkString } from '../../api/arguments.js';
import { t } from '../../i18n/index.js';
import { displayPath, portablePath } from '../../report/paths.js';
import type { ResolvedConfig } from './resolve-config.js';
import { layerApplies, resolveForFile } from './resolve-rules.js';
import type { RuleSetting } from './types.js';

export interface RuleReport {
  level: string;
  options?: Record<string, unknown>;
  /** The preset, config file:line:column or `--rule` that set the level last. */
  source: string;
  /** For a plugin or declarative rule: where it is defined. */
  definedIn?: string;
}

/** The config that applies to `file` as data: every rule with its level, options and where each came from. */
export function describeConfig(config: ResolvedConfig, file: string, cwd: string, flags: Record<string, RuleSetting> = {}) {
  const rules: Record<string, RuleReport> = {};
  const resolutions = resolveForFile(config, file, flags).sort((a, b) => (a.rule.meta.id < b.rule.meta.id ? -1 : 1));
  for (const { rule, enabled, source } of resolutions) {
    const definedIn = config.ruleSources[rule.meta.id];
    rules[rule.meta.id] = {
      level: enabled?.severity ?? 'off',
      ...(enabled && Object.keys(enabled.options).length > 0 ? { options: enabled.options } : {}),
      source,
      ...(definedIn ? { definedIn } : {}),
    };
  }
  const shown = (path: string) => portablePath(path, cwd);
  return {
    file: portablePath(file, cwd),
    config: config.file ? displayPath(config.file, cwd) : t('config.noneRecommended'),
    ...(config.extended.length > 0 ? { extends: config.extended.map((entry) => ({ name: entry.name, file: shown(entry.file), source: entry.by })) } : {}),
    ...(config.plugins.length > 0 ? { plugins: config.plugins.map((entry) => ({ name: entry.name, file: shown(entry.file), source: entry.by })) } : {}),
    ...(config.layers.some((layer) => layer.files)
      ? { overrides: config.layers.filter((layer) => layer.files).map((layer) => ({ files: layer.files, source: layer.source, applies: layerApplies(layer, file) })) }
      : {}),
    ...(config.ignores.length > 0 ? { ignores: config.ignores.map((list) => ({ patterns: list.patterns, base: shown(list.base) || '.' })) } : {}),
    rules,
  };
}


/** `describeConfig` as YAML, as `compact lint --print-config` prints it. */
export function printConfig(config: ResolvedConfig, file: string, cwd: string, flags: Record<string, RuleSetting> = {}): string {
  checkObject('printConfig', 'config', config, t('api.resolvedConfig'));
  checkString('printConfig', 'file', file, t('api.configFile'));
  checkString('printConfig', 'cwd', cwd, t('api.relativeTo'));
  checkObject('printConfig', 'flags', flags, t('api.objectSuchAs', { example: "{ 'review-overdue': 'off' }" }));
  return stringify(describeConfig(config, file, cwd, flags), { lineWidth: 0 });
}
