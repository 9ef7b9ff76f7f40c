import { t } from '../../i18n/index.js';
import type { Rule, RuleMeta } from '../types.js';

const SEVERITIES = ['error', 'warning', 'info'];

/**
 * The rules a plugin module exports as `rules` (or `default.rules`), checked against the rule contract:
 * `meta` with `messages`, and `check(compact, context)`. `meta.id` may be left out (the key is the id).
 */
export function checkPluginModule(module: Record<string, unknown>, name: string): { rules: Rule<any>[] } | { problem: string } {
  const exported = (module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules) as unknown;
  if (!exported || typeof exported !== 'object' || Array.isArray(exported)) return { problem: t('config.pluginNoRules', { name }) };
  const rules: Rule<any>[] = [];
  for (const [id, candidate] of Object.entries(exported as Record<string, unknown>)) {
    const rule = candidate as Partial<Rule<any>> | undefined;
    const meta = rule?.meta as Partial<RuleMeta> | undefined;
    const wrong =
      !rule || typeof rule.check !== 'function' ? 'check' :
      !meta || typeof meta !== 'object' ? 'meta' :
      !meta.messages || typeof meta.messages !== 'object' ? 'meta.messages' :
      meta.id !== undefined && meta.id !== id ? 'meta.id' :
      meta.defaultSeverity !== undefined && !SEVERITIES.includes(meta.defaultSeverity) ? 'meta.defaultSeverity' :
      !/^[a-z0-9][a-z0-9/_-]*$/i.test(id) ? 'id' : undefined;
    if (wrong) return { problem: t('config.pluginBadRule', { name, rule: id, part: wrong }) };
    rules.push(withContract(rule as Rule<any>, id));
  }
  return { rules };
}

function withContract(rule: Rule<any>, id: string): Rule<any> {
  const meta: Partial<RuleMeta> = rule.meta;
  return {
      check: rule.check.bind(rule),
      meta: {
        ...meta,
        id,
        defaultSeverity: meta.defaultSeverity ?? 'warning',
        description: meta.description ?? id,
        docsUrl: meta.docsUrl ?? '',
        messages: meta.messages!,
        recommended: meta.recommended ?? false,
      },
  };
}
