import { CompactError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Rule } from '../types.js';
import { checkRuleSettings } from './check-config.js';
import { RULE_LEVELS, type RuleSetting } from './types.js';
import type { RuleLevel } from '../types.js';

/**
 * `--rule id:level` values (repeatable; the last one for an id wins) as rule settings. With `customIds`, an id that
 * is not in `registry` is kept when its level is valid: it may name a plugin or declarative rule of the config that
 * applies, which the linter checks once it has read that config.
 */
/** What a plugin or declarative rule id may look like: a slug, perhaps behind a plugin's name (never `__proto__`). */
const CUSTOM_ID = /^[a-z0-9@][a-z0-9@/._-]*$/;

export function parseRuleFlags(values: readonly string[], registry: readonly Rule<any>[], options: { customIds?: boolean } = {}): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const value of values) {
    const separator = value.lastIndexOf(':');
    const id = value.slice(0, separator).trim();
    const level = value.slice(separator + 1).trim();
    if (separator < 0 || id === '' || level === '') {
      throw new CompactError(t('config.ruleFlagShape', { value }));
    }
    const known = registry.some((rule) => rule.meta.id === id);
    if (!known && options.customIds && CUSTOM_ID.test(id) && RULE_LEVELS.includes(level as RuleLevel)) {
      settings[id] = level as RuleSetting;
      continue;
    }
    const [problem] = checkRuleSettings({ [id]: level }, registry);
    if (problem) throw new CompactError(`--rule ${value}: ${problem.message}`);
    settings[id] = level as RuleSetting;
  }
  return settings;
}
