import type { EnabledRule } from '../run-rules.js';
import type { Rule } from '../types.js';
import type { LintConfig, Preset, RuleSetting } from './types.js';

/** The built-in config used when no config file applies. */
export const DEFAULT_CONFIG: LintConfig = { extends: 'recommended' };

/**
 * The rules to run and how: the preset's rules at their default severity, then the config's `rules`,
 * then `overrides` (from `--rule`). A level alone keeps the options set before it; `[level, options]` replaces them.
 */
export function resolveRules(config: LintConfig, registry: readonly Rule<any>[], overrides: Record<string, RuleSetting> = {}): EnabledRule[] {
  const preset: Preset = config.extends ?? 'recommended';
  const settings = new Map<string, EnabledRule | undefined>();
  for (const rule of registry) {
    const on = preset === 'strict' || rule.meta.recommended;
    settings.set(rule.meta.id, on ? { rule, severity: rule.meta.defaultSeverity, options: {} } : undefined);
  }
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const layer of [config.rules ?? {}, overrides]) {
    for (const [id, setting] of Object.entries(layer)) {
      const rule = byId.get(id);
      if (!rule) continue;
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      if (level === 'off') {
        settings.set(id, undefined);
        continue;
      }
      const previous = settings.get(id);
      settings.set(id, { rule, severity: level, options: options ?? previous?.options ?? {} });
    }
  }
  return [...settings.values()].filter((enabled): enabled is EnabledRule => enabled !== undefined);
}
