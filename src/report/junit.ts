import type { Finding } from '../findings.js';
import { portablePath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';
import { escapeXml } from './xml.js';

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure): one test suite per file, one failed test
 * case per finding (its type is the severity), and one passing test case for a file without findings.
 */
export const junit: Formatter = (findings, context) => {
  const byFile = new Map<string, Finding[]>(context.files.map((file) => [file, []]));
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const suites = [...byFile].map(([file, list]) => suite(file, list, context));
  const tests = [...byFile.values()].reduce((sum, list) => sum + Math.max(list.length, 1), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="compact ${escapeXml(context.command)}" tests="${tests}" failures="${findings.length}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(file: string, findings: readonly Finding[], context: FormatContext): string {
  const name = escapeXml(portablePath(file, context.cwd));
  const open = `  <testsuite name="${name}" tests="${Math.max(findings.length, 1)}" failures="${findings.length}" errors="0" skipped="0">`;
  if (findings.length === 0) return [open, `    <testcase classname="${name}" name="no problems found"/>`, '  </testsuite>'].join('\n');
  const cases = findings.map((finding) => {
    const where = `${portablePath(finding.file, context.cwd)}:${finding.line}:${finding.column}`;
    const title = escapeXml(`${finding.ruleId} at ${finding.line}:${finding.column}`);
    return [
      `    <testcase classname="${name}" name="${title}">`,
      `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(`${finding.severity} ${where}: ${finding.message} (${finding.ruleId})`)}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  return [open, ...cases, '  </testsuite>'].join('\n');
}
