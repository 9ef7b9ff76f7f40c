import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Örebro, checked on this day, has two warnings and no error.
const WARNINGS_ONLY = ['examples/orebro.yaml', '--today', '2030-01-10'];
// Botkyrka then has an overdue review (an error) and warnings.
const WITH_AN_ERROR = ['examples/botkyrka.yaml', '--today', '2030-01-10'];

interface TestCase { failure?: unknown; 'system-out'?: string }

function junitCases(xml: string): { failures: number; tests: number; cases: TestCase[] } {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suites = [parsed.testsuites.testsuite].flat();
  return {
    failures: Number(parsed.testsuites.failures),
    tests: Number(parsed.testsuites.tests),
    cases: suites.flatMap((suite: { testcase: TestCase | TestCase[] }) => [suite.testcase].flat()),
  };
}

describe('JUnit agrees with the exit code', () => {
  it('reports warnings below --fail-on as passing test cases, with the finding in system-out', async () => {
    const result = await runCli(['lint', ...WARNINGS_ONLY, '--format', 'junit']);
    expect(result.code).toBe(0);
    const report = junitCases(result.stdout);
    expect(report.tests).toBe(2);
    expect(report.failures).toBe(0);
    expect(report.cases.every((testCase) => testCase.failure === undefined && /^warning .*orebro\.yaml:\d+:\d+: /.test(testCase['system-out'] ?? ''))).toBe(true);
  });

  it('fails the warnings with --fail-on warning and with --max-warnings exceeded', async () => {
    for (const flags of [['--fail-on', 'warning'], ['--max-warnings', '1']]) {
      const result = await runCli(['lint', ...WARNINGS_ONLY, '--format', 'junit', ...flags]);
      expect(result.code).toBe(1);
      const report = junitCases(result.stdout);
      expect(report.failures).toBe(2);
      expect(report.cases.every((testCase) => testCase.failure !== undefined)).toBe(true);
    }
  });

  it('fails only the error when the run fails on errors', async () => {
    const result = await runCli(['lint', ...WITH_AN_ERROR, '--format', 'junit']);
    expect(result.code).toBe(1);
    const report = junitCases(result.stdout);
    expect(report.failures).toBe(1);
    expect(report.tests).toBeGreaterThan(1);
  });
});

describe('a failing run says why', () => {
  it('stylish: the reason under a ✖ summary when it fails, a ⚠ summary when warnings do not fail it', async () => {
    const failing = await runCli(['lint', ...WARNINGS_ONLY, '--max-warnings', '0']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/✖ 1 file, 0 errors, 2 warnings\nfailed: 2 warnings, more than --max-warnings 0\n$/);
    const passing = await runCli(['lint', ...WARNINGS_ONLY]);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toMatch(/⚠ 1 file, 0 errors, 2 warnings\n$/);
    const failOn = await runCli(['lint', ...WARNINGS_ONLY, '--fail-on', 'warning']);
    expect(failOn.code).toBe(1);
    expect(failOn.stdout).toContain('failed: 2 findings at or above --fail-on warning\n');
  });

  it.each(['github', 'json', 'sarif', 'junit', 'gitlab'])('%s: the report stays machine-readable and stderr says why', async (format) => {
    const result = await runCli(['lint', ...WARNINGS_ONLY, '--max-warnings', '0', '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('compact: failed: 2 warnings, more than --max-warnings 0\n');
    expect(result.stdout).not.toContain('failed:');
    const passing = await runCli(['lint', ...WARNINGS_ONLY, '--format', format]);
    expect(passing.code).toBe(0);
    expect(passing.stderr).toBe('');
  });

  it('markdown: the reason in the summary', async () => {
    const result = await runCli(['lint', ...WARNINGS_ONLY, '--fail-on', 'warning', '--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('failed: 2 findings at or above --fail-on warning.');
  });

  it('-q says how many warnings it did not show instead of "0 warnings"', async () => {
    const result = await runCli(['lint', ...WITH_AN_ERROR, '-q']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✖ 1 file, 1 error\nfailed: 1 finding at or above --fail-on error\n4 warnings not shown \(-q\)\n$/);
    expect(result.stdout).not.toContain('0 warnings');
  });

  it('validate says it failed on errors, on stderr for a machine format', async () => {
    const result = await runCli(['validate', 'test/fixtures/invalid/bad-date.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^compact: failed: \d+ errors?\n$/);
  });
});
