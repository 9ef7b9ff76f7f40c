import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import { getFormatter } from '../../src/report/index.js';
import type { FormatContext } from '../../src/report/types.js';
import { fixture, runCli } from '../helpers/cli.js';

const CWD = '/work/repo';
const ORE = `${CWD}/compacts/orebro.yaml`;

const schema = JSON.parse(readFileSync(new URL('../fixtures/schemas/gitlab-codequality.schema.json', import.meta.url), 'utf8'));
const validateReport = new Ajv({ allErrors: true }).compile(schema);

function finding(severity: Severity, ruleId: string, message: string, path: Finding['path'], line: number, file = ORE): Finding {
  return { ruleId, severity, message, path, file, line, column: 5, endLine: line, endColumn: 12 };
}

const FINDINGS: Finding[] = [
  finding('error', 'schema/required', 'principles[0] is missing "text"', ['principles', 0], 3),
  finding('error', 'schema/required', 'principles[0] is missing "title"', ['principles', 0], 3),
  finding('warning', 'review-overdue', 'the review is 1156 days overdue', ['review', 'last_reviewed'], 40),
  finding('info', 'contact-present', 'no contact', [], 1, `${CWD}/compacts/sub dir/borås.yaml`),
  { ...finding('error', 'input/unreadable', 'cannot read nope.yaml: no such file or directory', [], 1, `${CWD}/nope.yaml`), fatal: true },
];

const context: FormatContext = { files: [ORE], color: new Chalk({ level: 0 }), command: 'lint', cwd: CWD, toolVersion: '9.9.9' };

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

async function report(findings: readonly Finding[]): Promise<Issue[]> {
  return JSON.parse((await getFormatter('gitlab'))(findings, context)) as Issue[];
}

describe('gitlab (Code Quality) formatter', () => {
  it('validates against the Code Quality schema, with and without findings', async () => {
    for (const findings of [FINDINGS, []]) {
      const issues = await report(findings);
      expect(validateReport(issues), JSON.stringify(validateReport.errors, null, 2)).toBe(true);
      expect(issues).toHaveLength(findings.length);
    }
  });

  it('gives each finding its rule, message, relative path, line and a severity GitLab knows', async () => {
    const issues = await report(FINDINGS);
    expect(issues[2]).toEqual({
      description: 'the review is 1156 days overdue',
      check_name: 'review-overdue',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'minor',
      location: { path: 'compacts/orebro.yaml', lines: { begin: 40 } },
    });
    expect(issues.map((issue) => issue.severity)).toEqual(['major', 'major', 'minor', 'info', 'blocker']);
    expect(issues[3]!.location.path).toBe('compacts/sub dir/borås.yaml');
  });

  it('gives every finding its own fingerprint, even two alike in all but their message, or in everything', async () => {
    const twice = [...FINDINGS, FINDINGS[0]!];
    const fingerprints = (await report(twice)).map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(twice.length);
  });

  it('keeps fingerprints when lines move or a count in the message changes, and they are the same on every run', async () => {
    const before = (await report(FINDINGS)).map((issue) => issue.fingerprint);
    const moved = FINDINGS.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7, message: f.message.replace('1156', '1157') }));
    expect((await report(moved)).map((issue) => issue.fingerprint)).toEqual(before);
    expect((await report(FINDINGS)).map((issue) => issue.fingerprint)).toEqual(before);
  });

  it('changes the fingerprint when the rule, the file or the place in the compact changes', async () => {
    const [base] = await report([FINDINGS[2]!]);
    const variants = [
      { ...FINDINGS[2]!, ruleId: 'review-due-soon' },
      { ...FINDINGS[2]!, file: `${CWD}/compacts/boras.yaml` },
      { ...FINDINGS[2]!, path: ['review', 'next_review'] },
    ];
    for (const variant of variants) expect((await report([variant]))[0]!.fingerprint).not.toBe(base!.fingerprint);
  });
});

describe('-f gitlab from the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compact-gitlab-'));

  it('lint writes a valid report with every finding the JSON format has', async () => {
    const out = join(dir, 'lint.json');
    const result = await runCli(['lint', 'examples/botkyrka.yaml', '--today', '2025-03-01', '-f', 'json', '-f', `gitlab:${out}`]);
    expect(result.code).toBe(1);
    const issues = JSON.parse(readFileSync(out, 'utf8')) as Issue[];
    expect(validateReport(issues), JSON.stringify(validateReport.errors)).toBe(true);
    const findings = JSON.parse(result.stdout) as Finding[];
    expect(issues.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin])).toEqual(
      findings.map((f) => [f.ruleId, 'examples/botkyrka.yaml', f.line]),
    );
  });

  it('validate --quiet prints nothing for valid files but still writes the report GitLab expects', async () => {
    const out = join(dir, 'quiet.json');
    const result = await runCli(['validate', 'examples/orebro.yaml', '-q', '-f', 'stylish', '-f', `gitlab:${out}`]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe('[]\n');
  });

  it('validate writes a report too, a blocker for a file that cannot be read', async () => {
    const out = join(dir, 'validate.json');
    const result = await runCli(['validate', fixture('invalid', 'bad-id.yaml'), fixture('invalid', 'syntax-error.yaml'), '-f', `gitlab:${out}`, '-f', 'stylish']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('bad-id.yaml');
    const issues = JSON.parse(readFileSync(out, 'utf8')) as Issue[];
    expect(validateReport(issues), JSON.stringify(validateReport.errors)).toBe(true);
    expect(issues.map((issue) => [issue.location.path, issue.check_name.split('/')[0], issue.severity])).toEqual([
      ['test/fixtures/invalid/bad-id.yaml', 'schema', 'major'],
      ['test/fixtures/invalid/syntax-error.yaml', 'yaml', 'blocker'],
    ]);
  });
});
