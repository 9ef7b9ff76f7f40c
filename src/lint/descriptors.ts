import { t } from '../i18n/index.js';
import type { RuleDescriptor } from '../report/types.js';
import { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE_RULE } from './directives/apply-directives.js';
import { ruleDocsUrl } from './docs.js';
import { INTERNAL_ERROR_RULE, ruleDescription } from './run-rules.js';
import type { Rule } from './types.js';

/** Findings the engine itself makes, described for formats that list rules. */
const engineDescriptors = (): RuleDescriptor[] => [
  { id: UNUSED_DIRECTIVE_RULE, description: t('engine.unusedDirective.description'), defaultSeverity: 'warning' },
  { id: UNKNOWN_RULE_IN_DIRECTIVE, description: t('engine.unknownRuleInDirective.description'), defaultSeverity: 'warning' },
  { id: INTERNAL_ERROR_RULE, description: t('engine.internalError.description'), defaultSeverity: 'error' },
];

/** What SARIF, JUnit and Markdown reports say about the rules. */
export function ruleDescriptors(registry: readonly Rule<any>[]): RuleDescriptor[] {
  return [
    ...registry.map((rule) => ({ id: rule.meta.id, description: ruleDescription(rule), defaultSeverity: rule.meta.defaultSeverity, docsUrl: ruleDocsUrl(rule.meta.id) })),
    ...engineDescriptors(),
  ];
}
