import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding, type Severity } from '../../src/findings.js';
import { ruleMessage, runRules } from '../../src/lint/run-rules.js';
import type { Rule } from '../../src/lint/types.js';
import { parseCompactText } from '../../src/load/index.js';
import { validate } from '../../src/validate/index.js';
import { BODY_LINE } from './compact-yaml.js';

/** The date tests run on unless a case gives its own. */
export const DEFAULT_TODAY = '2024-06-01';

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  today?: string;
}

export interface ExpectedFinding {
  /** The message id the rule reported with; give `data` to also check the text it makes. */
  messageId?: string;
  data?: Record<string, string | number>;
  /** The exact message. */
  message?: string;
  line: number;
  column: number;
  /** Defaults to the rule's default severity. */
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

interface ReportedFinding extends Finding {
  messageId: string;
}

/** Parses the fixture, checks it is schema-valid, runs the one rule and returns its findings in source order. */
export function lintWithRule(rule: Rule<any>, code: string, options: Record<string, unknown> = {}, today = DEFAULT_TODAY): ReportedFinding[] {
  const parsed = parseCompactText(code, 'test.yaml');
  if (!parsed.ok) throw new Error(`the fixture is not readable YAML: ${parsed.findings.map((f) => f.message).join('; ')}`);
  const problems = validate(parsed.compact);
  if (problems.length > 0) {
    throw new Error(`the fixture is not schema-valid:\n${problems.map((f) => `  ${f.line}:${f.column} ${f.message}`).join('\n')}\n${code}`);
  }
  const messageIds: string[] = [];
  const recording: Rule<any> = {
    meta: rule.meta,
    check(compact, context) {
      rule.check(compact, {
        ...context,
        report(descriptor) {
          messageIds.push(descriptor.messageId);
          context.report(descriptor);
        },
      });
    },
  };
  const findings = runRules(parsed.compact, [{ rule: recording, severity: rule.meta.defaultSeverity, options }], today);
  return findings.map((finding, index) => ({ ...finding, messageId: messageIds[index] ?? '' })).sort(compareFindings);
}

function title(code: string, name: string | undefined, index: number): string {
  return name ?? `#${index + 1}: ${code.split('\n').slice(BODY_LINE - 1).find((line) => line.trim() !== '')?.trim() ?? code.slice(0, 40)}`;
}

/** ESLint-style tests for one rule: valid cases report nothing; invalid cases report exactly the expected findings. */
export function ruleTester(rule: Rule<any>, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      tests.valid.forEach((entry, index) => {
        const test = typeof entry === 'string' ? { code: entry } : entry;
        it(title(test.code, test.name, index), () => {
          const findings = lintWithRule(rule, test.code, test.options, test.today);
          expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      tests.invalid.forEach((test, index) => {
        it(title(test.code, test.name, index), () => {
          if (test.errors.length === 0) throw new Error('an invalid case must expect at least one finding');
          const findings = lintWithRule(rule, test.code, test.options, test.today);
          const actual = findings.map((finding, position) => describeActual(finding, test.errors[position]));
          const expected = test.errors.map((error) => describeExpected(rule, error));
          expect(actual).toEqual(expected);
          for (const finding of findings) expect(finding.ruleId).toBe(rule.meta.id);
        });
      });
    });
  });
}

/** The parts of a finding the expectation names, so a mismatch shows only what matters. */
function describeActual(finding: ReportedFinding, expected: ExpectedFinding | undefined): Record<string, unknown> {
  const described: Record<string, unknown> = { line: finding.line, column: finding.column, severity: finding.severity };
  if (!expected || expected.messageId !== undefined) described.messageId = finding.messageId;
  if (!expected || expected.message !== undefined || expected.data !== undefined) described.message = finding.message;
  return described;
}

function describeExpected(rule: Rule<any>, error: ExpectedFinding): Record<string, unknown> {
  if (error.messageId === undefined && error.message === undefined) throw new Error('an expected finding needs a messageId or a message');
  if (error.messageId !== undefined && rule.meta.messages[error.messageId] === undefined) {
    throw new Error(`rule ${rule.meta.id} has no message "${error.messageId}"`);
  }
  const described: Record<string, unknown> = { line: error.line, column: error.column, severity: error.severity ?? rule.meta.defaultSeverity };
  if (error.messageId !== undefined) described.messageId = error.messageId;
  if (error.message !== undefined) described.message = error.message;
  else if (error.data !== undefined) described.message = ruleMessage(rule, error.messageId!, error.data);
  return described;
}
