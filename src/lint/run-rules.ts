import type { Finding, Severity, Suggestion } from '../findings.js';
import type { LoadedCompact } from '../load/index.js';
import type { Compact } from '../model/index.js';
import type { ReportDescriptor, Rule } from './types.js';
import { valueOffsets } from './value-offsets.js';

export interface EnabledRule {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

export const INTERNAL_ERROR_RULE = 'internal-error';

/** `{{name}}` in a message template, replaced by `data.name`. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // A message is one line: a value with line breaks (a title written "A\n::error::…") must not start a line of its own in a CI log.
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') : whole));
}

/**
 * Runs rules on a compact that passed schema validation and turns each report into a finding with
 * file:line:column. A rule that throws becomes one `internal-error` finding; the other rules still run.
 */
export function runRules(loaded: LoadedCompact, rules: readonly EnabledRule[], today: string): Finding[] {
  const compact = loaded.data as Compact;
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const report = (descriptor: ReportDescriptor): void => {
      const message = (messageId: string, data?: Record<string, string | number>): string => {
        const template = rule.meta.messages[messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${messageId}"`);
        return formatMessage(template, data);
      };
      const text = message(descriptor.messageId, descriptor.data);
      const range =
        descriptor.at === 'key'
          ? loaded.sourceMap.locateKey(descriptor.path)
          : descriptor.at === 'mapping'
            ? loaded.sourceMap.locateMapping(descriptor.path)
            : loaded.sourceMap.locate(descriptor.path);
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: text,
        path: descriptor.path,
        file: loaded.file,
        ...range,
        ...suggestionsOf(loaded, descriptor, message),
      });
    };
    try {
      rule.check(compact, { today, options: { ...rule.meta.defaultOptions, ...options }, file: loaded.file, report });
    } catch (error) {
      findings.push({
        ruleId: INTERNAL_ERROR_RULE,
        severity: 'error',
        message: `rule ${rule.meta.id} failed on this file: ${error instanceof Error ? error.message : String(error)}; this is a bug in compact, please report it`,
        path: [],
        file: loaded.file,
        ...loaded.sourceMap.locate([]),
      });
    }
  }
  return findings;
}

/** A report's `suggest` as text edits: each replaces the value at the report's path. */
function suggestionsOf(
  loaded: LoadedCompact,
  descriptor: ReportDescriptor,
  message: (messageId: string, data?: Record<string, string | number>) => string,
): { suggestions?: Suggestion[] } {
  if (!descriptor.suggest || descriptor.suggest.length === 0) return {};
  const range = valueOffsets(loaded.document, loaded.text, descriptor.path);
  if (!range) return {};
  return { suggestions: descriptor.suggest.map((suggest) => ({ message: message(suggest.messageId, suggest.data), fix: { range, text: suggest.replacement } })) };
}
