import type { RuleDescriptor } from '../report/types.js';
import { UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE_RULE } from './directives/apply-directives.js';
import { ruleDocsUrl } from './docs.js';
import { INTERNAL_ERROR_RULE } from './run-rules.js';
import type { Rule } from './types.js';

/** Findings the engine itself makes, described for formats that list rules. */
const ENGINE_DESCRIPTORS: RuleDescriptor[] = [
  { id: UNUSED_DIRECTIVE_RULE, description: 'A compact-disable comment turns off nothing.', defaultSeverity: 'warning' },
  { id: UNKNOWN_RULE_IN_DIRECTIVE, description: 'A compact-disable or compact-enable comment names a rule that does not exist.', defaultSeverity: 'warning' },
  { id: INTERNAL_ERROR_RULE, description: 'A rule failed on a file; a bug in compact.', defaultSeverity: 'error' },
];

/** What SARIF, JUnit and Markdown reports say about the rules. */
export function ruleDescriptors(registry: readonly Rule<any>[]): RuleDescriptor[] {
  return [
    ...registry.map(({ meta }) => ({ id: meta.id, description: meta.description, defaultSeverity: meta.defaultSeverity, docsUrl: ruleDocsUrl(meta.id) })),
    ...ENGINE_DESCRIPTORS,
  ];
}
