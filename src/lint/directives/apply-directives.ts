import { t } from '../../i18n/index.js';
import type { Finding } from '../../findings.js';
import { closestMatch } from '../../util/suggest.js';
import type { Directive } from './parse-directives.js';

export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';
export const UNKNOWN_RULE_IN_DIRECTIVE = 'unknown-rule-in-directive';

export interface DirectiveContext {
  file: string;
  /** Every rule id a directive may name. */
  knownRules: ReadonlySet<string>;
  /** The rules that ran on this file: a directive for a rule that is off is not reported as unused. */
  enabledRules: ReadonlySet<string>;
}

/** Lines a directive turns some rules off on; `ruleIds` null means every rule except `except`. */
interface Suppression {
  directive: Directive;
  fromLine: number;
  toLine: number;
  ruleIds: ReadonlySet<string> | null;
  except: ReadonlySet<string>;
}

/**
 * Drops the rule findings that directives turn off, and adds a finding for each directive (or rule id
 * in one) that turns off nothing, and for each unknown rule id. Only rule findings can be turned off:
 * schema errors, YAML warnings and internal errors always show.
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], context: DirectiveContext): Finding[] {
  const suppressions = suppressionsOf(directives, context.knownRules);
  const used = new Map<Directive, Set<string>>();
  const kept = findings.filter((finding) => {
    if (!context.knownRules.has(finding.ruleId)) return true;
    const covering = suppressions.filter((s) => covers(s, finding));
    for (const s of covering) {
      const ids = used.get(s.directive) ?? new Set<string>();
      ids.add(finding.ruleId);
      used.set(s.directive, ids);
    }
    return covering.length === 0;
  });
  return [...kept, ...directiveFindings(directives, used, context)];
}

function covers(suppression: Suppression, finding: Finding): boolean {
  if (finding.line < suppression.fromLine || finding.line > suppression.toLine) return false;
  if (suppression.except.has(finding.ruleId)) return false;
  return suppression.ruleIds === null || suppression.ruleIds.has(finding.ruleId);
}

function suppressionsOf(directives: readonly Directive[], knownRules: ReadonlySet<string>): Suppression[] {
  const closed: Suppression[] = [];
  let open: Suppression[] = [];
  const ids = (directive: Directive): Set<string> | null =>
    directive.ruleIds.length === 0 ? null : new Set(directive.ruleIds.filter((id) => knownRules.has(id)));
  for (const directive of directives) {
    if (directive.kind === 'compact-disable-next-line') {
      closed.push({ directive, fromLine: directive.line + 1, toLine: directive.line + 1, ruleIds: ids(directive), except: new Set() });
    } else if (directive.kind === 'compact-disable') {
      open.push({ directive, fromLine: directive.line, toLine: Infinity, ruleIds: ids(directive), except: new Set() });
    } else {
      const enabling = ids(directive);
      const stillOpen: Suppression[] = [];
      for (const suppression of open) {
        if (enabling === null) {
          closed.push({ ...suppression, toLine: directive.line - 1 });
        } else if (suppression.ruleIds === null) {
          // Re-enabling some rules inside a blanket disable: the blanket goes on for the others.
          closed.push({ ...suppression, toLine: directive.line - 1 });
          stillOpen.push({ ...suppression, fromLine: directive.line, except: new Set([...suppression.except, ...enabling]) });
        } else {
          const remaining = new Set([...suppression.ruleIds].filter((id) => !enabling.has(id)));
          closed.push({ ...suppression, toLine: directive.line - 1 });
          if (remaining.size > 0) stillOpen.push({ ...suppression, fromLine: directive.line, ruleIds: remaining });
        }
      }
      open = stillOpen;
    }
  }
  return [...closed, ...open];
}

function directiveFindings(directives: readonly Directive[], used: ReadonlyMap<Directive, ReadonlySet<string>>, context: DirectiveContext): Finding[] {
  const findings: Finding[] = [];
  const at = (directive: Directive, ruleId: string, message: string): Finding => ({
    ruleId,
    severity: 'warning',
    message,
    path: [],
    file: context.file,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
  });
  for (const directive of directives) {
    if (directive.kind === 'compact-enable') continue;
    const where = directive.kind === 'compact-disable-next-line' ? t('directives.where.nextLine', { line: directive.line + 1 }) : t('directives.where.after');
    const suppressed = used.get(directive) ?? new Set<string>();
    if (directive.ruleIds.length === 0) {
      if (suppressed.size === 0) findings.push(at(directive, UNUSED_DIRECTIVE_RULE, t('directives.unusedAll', { directive: directive.kind, where })));
      continue;
    }
    for (const id of directive.ruleIds) {
      if (!context.knownRules.has(id)) {
        const match = closestMatch(id, context.knownRules);
        findings.push(at(directive, UNKNOWN_RULE_IN_DIRECTIVE, t('directives.unknownRule', { directive: directive.kind, id, suggestion: match ?? 'none' })));
      } else if (context.enabledRules.has(id) && !suppressed.has(id)) {
        findings.push(at(directive, UNUSED_DIRECTIVE_RULE, t('directives.unusedRule', { directive: directive.kind, id, where })));
      }
    }
  }
  return findings;
}
