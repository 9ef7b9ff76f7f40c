import { countFindings } from '../findings.js';
import { portablePath } from './paths.js';
import { outcomeLines } from './outcome.js';
import { summaryParts } from './summary.js';
import type { ReportFormatter } from './types.js';

/** A Markdown table of the findings, for a pull-request comment, with a summary line. */
export const markdown: ReportFormatter = (findings, context) => {
  const heading = `## compact ${context.command}`;
  const counts = countFindings(findings);
  const totals = `${counts.errors || counts.warnings || counts.infos ? '**Problems found:**' : '**No problems found:**'} ${summaryParts(findings, context.files.length).join(', ')}.`;
  const summary = [totals, ...outcomeLines(context.outcome).map((line) => `${cell(line)}.`)].join(' ');
  if (findings.length === 0) return `${heading}\n\n${summary}\n`;
  const rows = findings.map((finding) =>
    tableRow([
      cell(portablePath(finding.file, context.cwd)),
      `${finding.line}:${finding.column}`,
      finding.severity,
      `\`${finding.ruleId}\``,
      cell(finding.message),
    ]),
  );
  return [heading, '', summary, '', tableRow(['File', 'Line', 'Severity', 'Rule', 'Message']), tableRow(['---', '---', '---', '---', '---']), ...rows, ''].join('\n');
};

/** A file name or label as inline code; a backtick in it, which would end the code span, becomes a quote. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** One row of a Markdown table; the cells are already escaped with {@link cell}. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text that stays inside its table cell and is not read as Markdown or HTML. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}
