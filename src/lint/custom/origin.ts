import type { Rule } from '../types.js';

const origins = new WeakMap<Rule<any>, string>();

/** Records where a rule that is not built in comes from (a plugin file, a config file:line:column). */
export function setRuleOrigin(rule: Rule<any>, origin: string): void {
  origins.set(rule, origin);
}

/** Where a plugin or declarative rule was defined; undefined for a built-in rule. */
export function ruleOrigin(rule: Rule<any>): string | undefined {
  return origins.get(rule);
}
