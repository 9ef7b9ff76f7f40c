import type { Severity } from '../findings.js';
import { portablePath } from './paths.js';
import type { ReportFormatter } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: each finding becomes an annotation on its file and line. */
export const github: ReportFormatter = (findings, context) =>
  findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(portablePath(finding.file, context.cwd))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    })
    .join('');

/** The escaping of a command's message, as in @actions/core. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of a command's property values, as in @actions/core. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
