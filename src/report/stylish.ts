import { countFindings, type Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import { contextColor } from './color.js';
import { displayPath } from './paths.js';
import { summaryParts } from './summary.js';
import type { ReportFormatter } from './types.js';

/** Findings grouped by file, aligned, coloured, with a summary line. */
export const stylish: ReportFormatter = (findings, context) => {
  const color = contextColor(context.color);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, list] of byFile) {
    lines.push(color.underline(displayPath(file, context.cwd)));
    const positionWidth = list.reduce((widest, f) => Math.max(widest, `${f.line}:${f.column}`.length), 0);
    const words = list.map((f) => t('report.severity', { severity: f.severity }));
    const severityWidth = words.reduce((widest, word) => Math.max(widest, word.length), 0);
    for (const [index, finding] of list.entries()) {
      const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
      const severity = words[index]!.padEnd(severityWidth);
      const paint = finding.severity === 'error' ? color.red : finding.severity === 'warning' ? color.yellow : color.blue;
      lines.push(`  ${color.dim(position)}  ${paint(severity)}  ${finding.message}  ${color.dim(finding.ruleId)}`);
    }
    lines.push('');
  }
  const counts = countFindings(findings);
  const summary = summaryParts(findings, context.files.length, { someNotShown: Boolean(context.outcome?.notShown) });
  // ✖ reads as failure: only when the command fails. Warnings that do not fail it get ⚠, as ESLint's yellow summary.
  const failed = context.outcome ? context.outcome.failed : counts.errors > 0;
  const paint = failed ? color.red.bold : counts.errors || counts.warnings ? color.yellow.bold : color.green.bold;
  const mark = failed ? '✖' : counts.errors || counts.warnings ? '⚠' : '✔';
  lines.push(paint(`${mark} ${summary.join(', ')}`));
  for (const reason of context.outcome?.reasons ?? []) lines.push(color.red(t('report.failed', { reason })));
  if (context.outcome?.notShown) lines.push(color.dim(context.outcome.notShown));
  return `${lines.join('\n')}\n`;
};
