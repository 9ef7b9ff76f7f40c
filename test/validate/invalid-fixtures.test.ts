import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

interface Expected {
  exit: 1 | 2;
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

/** Every invalid fixture, with the first finding a user must see: rule, position and wording. */
const EXPECTED: Record<string, Expected> = {
  'syntax-error.yaml': { exit: 2, ruleId: 'yaml/missing-char', line: 3, column: 8, message: 'quoted value is never closed' },
  'tab-indentation.yaml': { exit: 2, ruleId: 'yaml/tab-as-indent', line: 4, column: 1, message: 'indent with spaces' },
  'duplicate-key.yaml': { exit: 2, ruleId: 'yaml/duplicate-key', line: 17, column: 1, message: 'duplicate key "title"' },
  'two-documents.yaml': { exit: 2, ruleId: 'yaml/multiple-docs', line: 17, column: 1, message: 'more than one YAML document' },
  'alias-bomb.yaml': { exit: 2, ruleId: 'yaml/alias-limit', line: 3, column: 8, message: 'billion laughs' },
  'binary.yaml': { exit: 2, ruleId: 'input/binary', line: 1, column: 1, message: 'not a text file' },
  'utf16.yaml': { exit: 2, ruleId: 'input/encoding', line: 1, column: 1, message: 'UTF-16; save it as UTF-8' },
  'latin1.yaml': { exit: 2, ruleId: 'input/encoding', line: 1, column: 1, message: 'not valid UTF-8' },
  'empty.yaml': { exit: 1, ruleId: 'schema/empty', line: 1, column: 1, message: 'the file is empty' },
  'not-a-mapping.yaml': { exit: 1, ruleId: 'schema/type', line: 1, column: 1, message: 'at the top level, not a list' },
  'wrong-type.yaml': { exit: 1, ruleId: 'schema/type', line: 13, column: 13, message: 'principles must be a list (got "Dialog och öppenhet")' },
  'unknown-enum.yaml': { exit: 1, ruleId: 'schema/enum', line: 5, column: 9, message: 'status must be one of draft, adopted, under-revision, superseded, expired (got "signed")' },
  'enum-wrong-case.yaml': { exit: 1, ruleId: 'schema/enum', line: 5, column: 9, message: 'did you mean "adopted"?' },
  'missing-required.yaml': { exit: 1, ruleId: 'schema/required', line: 1, column: 1, message: 'missing the required key "title"' },
  'unknown-top-level-key.yaml': { exit: 1, ruleId: 'schema/additionalProperties', line: 17, column: 1, message: 'unknown key "titel" in the compact; did you mean "title"?' },
  'unknown-nested-key.yaml': { exit: 1, ruleId: 'schema/required', line: 14, column: 5, message: 'principles[0] is missing the required key "title"' },
  'bad-date.yaml': { exit: 1, ruleId: 'schema/format', line: 19, column: 11, message: 'decisions[0].date is not a real date (got "2017-13-01")' },
  'date-in-words.yaml': { exit: 1, ruleId: 'schema/pattern', line: 22, column: 13, message: 'must be a date written YYYY-MM-DD (got "14 juni 2017")' },
  'bad-id.yaml': { exit: 1, ruleId: 'schema/pattern', line: 14, column: 9, message: 'try "dialog-och-oppenhet"' },
  'adopted-without-adoption.yaml': { exit: 1, ruleId: 'schema/required', line: 5, column: 9, message: 'is "adopted" but has no adoption' },
  'party-named-joint.yaml': { exit: 1, ruleId: 'schema/not', line: 10, column: 9, message: 'reserved for shared commitments' },
  'once-meeting-without-date.yaml': { exit: 1, ruleId: 'schema/required', line: 19, column: 7, message: 'happens once (frequency: once), so it needs its date' },
  'one-party.yaml': { exit: 1, ruleId: 'schema/minItems', line: 7, column: 3, message: 'parties must list at least 2 parties (found 1)' },
  'format-version-2.yaml': { exit: 1, ruleId: 'schema/const', line: 1, column: 10, message: 'compact must be 1' },
  'meeting-frequency-and-times.yaml': { exit: 1, ruleId: 'schema/not', line: 24, column: 7, message: 'governance.meetings[0] gives both frequency and times_per_year; keep one of them' },
  'meeting-without-frequency.yaml': { exit: 1, ruleId: 'schema/anyOf', line: 21, column: 7, message: 'does not say how often it meets; add frequency' },
  'times-per-year-reversed.yaml': { exit: 1, ruleId: 'schema/range', line: 23, column: 29, message: 'runs from 4 to 2, but min must not be more than max; write {min: 2, max: 4}' },
  'next-review-year-only.yaml': { exit: 1, ruleId: 'schema/type', line: 21, column: 16, message: 'review.next_review needs a full date (YYYY-MM-DD), not only the year (got 2027): the tool counts from it; write the full date, e.g. 2027-05-24' },
  'unquoted-org-number.yaml': { exit: 1, ruleId: 'schema/type', line: 20, column: 17, message: 'put the value in quotes' },
};

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: (string | number)[];
}

describe('invalid fixtures', () => {
  it('has an expectation for every file in test/fixtures/invalid, and at least 15 of them', () => {
    const files = readdirSync(`${ROOT}test/fixtures/invalid`).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exit ${expected.exit}, ${expected.ruleId} at ${expected.line}:${expected.column}`, async () => {
      const result = await runCli(['validate', fixture('invalid', name), '--format', 'json']);
      expect(result.code).toBe(expected.exit);
      expect(result.stderr).toMatch(/^(compact: failed: \d+ errors?\n)?$/);
      const findings = JSON.parse(result.stdout) as JsonFinding[];
      expect(findings.length).toBeGreaterThan(0);
      const [first] = findings;
      expect(first).toMatchObject({ ruleId: expected.ruleId, severity: 'error', line: expected.line, column: expected.column, file: fixture('invalid', name) });
      expect(first!.message).toContain(expected.message);
      expect(first!.endLine).toBeGreaterThanOrEqual(first!.line);
    });
  }

  it('reports every invalid file in one run, each with at least one finding, exit 2 because some cannot be read', async () => {
    const result = await runCli(['validate', 'test/fixtures/invalid/*.yaml', '--format', 'json']);
    expect(result.code).toBe(2);
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    const files = new Set(findings.map((finding) => finding.file.split('/').pop()));
    expect([...files].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('prints no stack trace for any of them in stylish output', async () => {
    const result = await runCli(['validate', 'test/fixtures/invalid/']);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.stdout).toMatch(/29 files, \d+ errors/);
  });
});
