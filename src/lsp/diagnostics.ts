import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../findings.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding as the editor shows it: 0-based positions, the rule id as code and the rule's page (by rule id) for lint rules. */
export function toDiagnostic(finding: Finding, docsUrls: ReadonlyMap<string, string>): Diagnostic {
  const end = finding.endLine < finding.line || (finding.endLine === finding.line && finding.endColumn <= finding.column)
    ? { line: finding.line - 1, character: finding.column }
    : { line: finding.endLine - 1, character: finding.endColumn - 1 };
  return {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(docsUrls.has(finding.ruleId) ? { codeDescription: { href: docsUrls.get(finding.ruleId)! } } : {}),
    source: 'compact',
    message: finding.message,
  };
}
