import type { Finding, Severity, Suggestion, TextEdit } from '../findings.js';
import { t } from '../i18n/index.js';
import { ruleOrigin } from './custom/origin.js';
import { createFixer, type Fixer } from './fix/fixer.js';
import type { LoadedCompact } from '../load/index.js';
import type { Compact } from '../model/index.js';
import type { ReportDescriptor, Rule } from './types.js';

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
  let fixer: Fixer | undefined;
  const edit = (make: (fixer: Fixer) => TextEdit | undefined): TextEdit | undefined => {
    try {
      return make((fixer ??= createFixer(loaded.document, loaded.text)));
    } catch {
      return undefined;
    }
  };
  for (const { rule, severity, options } of rules) {
    const report = (descriptor: ReportDescriptor): void => {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${descriptor.messageId}"`);
      const range =
        descriptor.at === 'key'
          ? loaded.sourceMap.locateKey(descriptor.path)
          : descriptor.at === 'mapping'
            ? loaded.sourceMap.locateMapping(descriptor.path)
            : loaded.sourceMap.locate(descriptor.path);
      const fix = descriptor.fix ? edit(descriptor.fix) : undefined;
      const suggestions = (descriptor.suggestions ?? []).flatMap((suggestion): Suggestion[] => {
        const change = edit(suggestion.fix);
        const text = rule.meta.messages[suggestion.messageId];
        return change && text !== undefined ? [{ message: formatMessage(text, suggestion.data), fix: change }] : [];
      });
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: formatMessage(template, descriptor.data),
        path: descriptor.path,
        file: loaded.file,
        ...range,
        ...(fix ? { fix } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    };
    try {
      rule.check(compact, { today, options: { ...rule.meta.defaultOptions, ...options }, file: loaded.file, report });
    } catch (error) {
      findings.push({
        ruleId: INTERNAL_ERROR_RULE,
        severity: 'error',
        message: failureMessage(rule, loaded.file, error),
        path: [],
        file: loaded.file,
        ...loaded.sourceMap.locate([]),
      });
    }
  }
  return findings;
}

function failureMessage(rule: Rule<any>, file: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const origin = ruleOrigin(rule);
  if (origin !== undefined) return t('customRules.ruleFailed', { rule: rule.meta.id, file, origin, error: reason });
  return `rule ${rule.meta.id} failed on this file: ${reason}; this is a bug in compact, please report it`;
}
