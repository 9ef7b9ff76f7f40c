import { atLeast, type Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import { portablePath } from './paths.js';
import type { CompleteFormatContext, ReportFormatter } from './types.js';
import { escapeXml } from './xml.js';

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure): one test suite per file, one test case per finding,
 * and one passing test case for a file without findings. Only a finding that fails the run (at or above
 * --fail-on, or a warning over --max-warnings) is a failed test case (its type is the severity); the others pass,
 * with the finding in `<system-out>`, so the dashboard agrees with the exit code.
 */
export const junit: ReportFormatter = (findings, context) => {
  const byFile = new Map<string, Finding[]>(context.files.map((file) => [file, []]));
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const suites = [...byFile].map(([file, list]) => suite(file, list, context));
  const tests = [...byFile.values()].reduce((sum, list) => sum + Math.max(list.length, 1), 0);
  const failures = findings.filter((finding) => fails(finding, context)).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compact ${escapeXml(context.command)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(file: string, findings: readonly Finding[], context: CompleteFormatContext): string {
  const name = escapeXml(portablePath(file, context.cwd));
  const failures = findings.filter((finding) => fails(finding, context)).length;
  const open = `  <testsuite name="${name}" tests="${Math.max(findings.length, 1)}" failures="${failures}" errors="0" skipped="0">`;
  if (findings.length === 0) return [open, `    <testcase classname="${name}" name="no problems found"/>`, '  </testsuite>'].join('\n');
  const cases = findings.map((finding) => {
    const where = `${portablePath(finding.file, context.cwd)}:${finding.line}:${finding.column}`;
    const title = escapeXml(`${finding.ruleId} at ${finding.line}:${finding.column}`);
    const detail = `${finding.severity} ${where}: ${finding.message} (${finding.ruleId})`;
    if (!fails(finding, context)) {
      const note = t('report.junitNotFailing', { severity: finding.severity, where, message: finding.message, ruleId: finding.ruleId, failOn: context.outcome?.failOn ?? 'error' });
      return [`    <testcase classname="${name}" name="${title}">`, `      <system-out>${escapeXml(note)}</system-out>`, '    </testcase>'].join('\n');
    }
    return [
      `    <testcase classname="${name}" name="${title}">`,
      `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(detail)}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  return [open, ...cases, '  </testsuite>'].join('\n');
}

/** Whether a finding fails the run: as the outcome decides, else (a report made without one) at error. */
function fails(finding: Finding, context: CompleteFormatContext): boolean {
  return context.outcome ? context.outcome.fails(finding) : atLeast(finding.severity, 'error');
}
