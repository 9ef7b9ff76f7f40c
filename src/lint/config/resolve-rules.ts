import { relative, sep } from 'node:path';
import type { EnabledRule } from '../run-rules.js';
import type { Rule } from '../types.js';
import { resolveConfigObject, type ResolvedConfig, type RuleLayer } from './resolve-config.js';
import type { LintConfig, RuleSetting } from './types.js';

/** The built-in config used when no config file applies. */
export const DEFAULT_CONFIG: LintConfig = { extends: 'recommended' };

/** A rule's resolved setting for one file, and where the setting was written. */
export interface RuleResolution {
  rule: Rule<any>;
  enabled?: EnabledRule;
  /** The preset, config file:line:column or `--rule` that set it last; `default` when nothing did (the rule is off). */
  source: string;
}

/**
 * The rules to run and how: the preset's rules at their default severity, then the config's `rules`,
 * then `overrides` (from `--rule`). A level alone keeps the options set before it; `[level, options]` replaces them.
 */
export function resolveRules(config: LintConfig, registry: readonly Rule<any>[], overrides: Record<string, RuleSetting> = {}): EnabledRule[] {
  return rulesForFile(resolveConfigObject(config, registry, process.cwd()), undefined, overrides);
}

/** The rules that run on `file` under a resolved config (its overrides matched against the file), with `--rule` last. */
export function rulesForFile(config: ResolvedConfig, file: string | undefined, flags: Record<string, RuleSetting> = {}): EnabledRule[] {
  return resolveForFile(config, file, flags).flatMap((resolution) => (resolution.enabled ? [resolution.enabled] : []));
}

/** Whether an override layer applies to `file` (its globs relative to the folder of the config that wrote them). */
export function layerApplies(layer: RuleLayer, file: string | undefined): boolean {
  if (!layer.files) return true;
  if (file === undefined || layer.base === undefined) return false;
  const path = relative(layer.base, file).split(sep).join('/');
  if (path.startsWith('../') || path === '..') return false;
  // Required on first use: only configs with overrides need glob matching.
  const picomatch = require('picomatch') as typeof import('picomatch');
  return picomatch(layer.files, { dot: true })(path);
}

/** Every rule the config knows, with its setting for `file` and where that setting came from. */
export function resolveForFile(config: ResolvedConfig, file: string | undefined, flags: Record<string, RuleSetting> = {}): RuleResolution[] {
  const resolutions = new Map<string, RuleResolution>(config.registry.map((rule) => [rule.meta.id, { rule, source: 'default' }]));
  const apply = (id: string, setting: RuleSetting, source: string) => {
    const current = resolutions.get(id);
    if (!current) return;
    const [level, options] = Array.isArray(setting) ? setting : [setting];
    if (level === 'off') {
      resolutions.set(id, { rule: current.rule, source });
      return;
    }
    resolutions.set(id, { rule: current.rule, source, enabled: { rule: current.rule, severity: level, options: options ?? current.enabled?.options ?? {} } });
  };
  for (const layer of config.layers) {
    if (!layerApplies(layer, file)) continue;
    if (layer.preset) {
      for (const rule of config.registry) {
        if (layer.preset === 'strict' || rule.meta.recommended) apply(rule.meta.id, rule.meta.defaultSeverity, `preset ${layer.preset}`);
      }
    }
    for (const [id, setting] of Object.entries(layer.rules)) apply(id, setting, layer.origins[id] ?? layer.source);
  }
  for (const [id, setting] of Object.entries(flags)) apply(id, setting, '--rule');
  return [...resolutions.values()];
}
