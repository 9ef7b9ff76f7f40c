import type { Finding, Severity, Suggestion, TextEdit } from '../findings.js';
import { hasMessage, t } from '../i18n/index.js';
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
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? oneLine(String(data[key])) : whole));
}

/**
 * The text of a rule's message: the catalogue's `rules.<ruleId>.<messageId>` in the language of the person reading,
 * else (a plugin or custom rule) the rule's own `meta.messages` template with `{{name}}` placeholders.
 */
export function ruleMessage(rule: Rule<any>, messageId: string, data: Record<string, string | number> = {}): string {
  const id = `rules.${rule.meta.id}.${messageId}`;
  if (hasMessage(id)) return t(id, oneLineValues(data));
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${messageId}"`);
  return formatMessage(template, data);
}

/** A rule's one-line description, from the catalogue when it has one. */
export function ruleDescription(rule: Rule<any>): string {
  const id = `rules.${rule.meta.id}.description`;
  return hasMessage(id) ? t(id) : rule.meta.description;
}

function oneLineValues(data: Record<string, string | number>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) values[key] = typeof value === 'string' ? oneLine(value) : value;
  return values;
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/**
 * Runs rules on a compact that passed schema validation and turns each report into a finding with
 * file:line:column, with each fix and suggestion unless `withFixes` is false (they may need the file read again
 * in full, to edit it without losing its comments). A rule that throws becomes one `internal-error` finding; the other rules still run.
 */
export function runRules(loaded: LoadedCompact, rules: readonly EnabledRule[], today: string, withFixes = true): Finding[] {
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
      const message = ruleMessage(rule, descriptor.messageId, descriptor.data);
      const range =
        descriptor.at === 'key'
          ? loaded.sourceMap.locateKey(descriptor.path)
          : descriptor.at === 'mapping'
            ? loaded.sourceMap.locateMapping(descriptor.path)
            : loaded.sourceMap.locate(descriptor.path);
      const fix = withFixes && descriptor.fix ? edit(descriptor.fix) : undefined;
      const suggestions = (withFixes ? (descriptor.suggestions ?? []) : []).flatMap((suggestion): Suggestion[] => {
        const change = edit(suggestion.fix);
        const text = rule.meta.messages[suggestion.messageId];
        return change && text !== undefined ? [{ message: formatMessage(text, suggestion.data), fix: change }] : [];
      });
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message,
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
  return t('rules.internalError', { rule: rule.meta.id, error: reason });
}
