import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { applyFixes } from '../../src/lint/fix/apply-fixes.js';
import { lintText } from '../../src/lint/index.js';
import { runCli, ROOT } from '../helpers/cli.js';

const SOURCE = readFileSync(join(ROOT, 'test/fixtures/fix/org-numbers.yaml'), 'utf8');
const TODAY = ['--today', '2025-01-01'];

function folderWith(text: string, name = 'a.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-fix-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

describe('compact lint --fix', () => {
  it('writes a organisationsnummer without its dash or with a space as NNNNNN-NNNN and leaves every other byte as it was', async () => {
    const dir = folderWith(SOURCE);
    const run = await runCli(['lint', 'a.yaml', '--fix', ...TODAY], { cwd: dir });
    expect(run.stderr).toContain('fixed 2 problems in 1 file');
    const fixed = readFileSync(join(dir, 'a.yaml'), 'utf8');
    // The file is not as fmt writes it, so each value keeps its quotes; comments and spacing stay.
    expect(fixed).toBe(SOURCE.replace('"8025260186"   # utan bindestreck', '"802526-0186"   # utan bindestreck').replace("'802526 0186'", "'802526-0186'"));
    // The wrong check digit is not a fix: it is reported, with what is left.
    expect(run.stdout).toMatch(/48:17\s+error\s+Tredje föreningen: organisation number "8025260187"/);
    expect(run.stdout).not.toContain('"8025260186"');
    expect(run.code).toBe(1);
    const again = await runCli(['lint', 'a.yaml', '--fix', ...TODAY], { cwd: dir });
    expect(again.stderr).not.toContain('fixed');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(fixed);
  });

  it('keeps Windows line breaks and a byte order mark', async () => {
    const crlf = `\uFEFF${SOURCE.replace(/\n/g, '\r\n')}`;
    const dir = folderWith(crlf);
    await runCli(['lint', 'a.yaml', '--fix', ...TODAY], { cwd: dir });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(crlf.replace('"8025260186"', '"802526-0186"').replace("'802526 0186'", "'802526-0186'"));
  });

  it('in a formatted file the review-cycle-declared suggestion keeps it formatted', async () => {
    const dir = folderWith(SOURCE);
    await runCli(['fmt', 'a.yaml'], { cwd: dir });
    const formatted = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const findings = await lintText(formatted, { file: join(dir, 'a.yaml'), today: '2025-01-01' });
    const cycle = findings.find((f) => f.ruleId === 'review-cycle-declared')!;
    writeFileSync(join(dir, 'a.yaml'), applyFixes(formatted, [{ ...cycle, fix: cycle.suggestions![0]!.fix }]).text);
    expect((await runCli(['fmt', '--check', 'a.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('a file that passes compact fmt --check still passes it after --fix', async () => {
    const dir = folderWith(SOURCE);
    expect((await runCli(['fmt', 'a.yaml'], { cwd: dir })).code).toBe(0);
    const formatted = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect((await runCli(['fmt', '--check', 'a.yaml'], { cwd: dir })).code).toBe(0);
    await runCli(['lint', 'a.yaml', '--fix', ...TODAY], { cwd: dir });
    const fixed = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect(fixed).not.toBe(formatted);
    expect(fixed).toContain('org_number: 802526-0186 # utan bindestreck');
    expect((await runCli(['fmt', '--check', 'a.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('--fix-dry-run prints the fixes as a unified diff and changes nothing', async () => {
    const dir = folderWith(SOURCE);
    const run = await runCli(['lint', 'a.yaml', '--fix-dry-run', ...TODAY], { cwd: dir });
    expect(run.stdout).toContain('--- a/a.yaml\n+++ b/a.yaml\n');
    expect(run.stdout).toContain('-    org_number: "8025260186"   # utan bindestreck\n+    org_number: "802526-0186"   # utan bindestreck\n');
    expect(run.stdout).toContain("-    org_number: '802526 0186'\n+    org_number: '802526-0186'\n");
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(SOURCE);
  });

  it('refuses to fix standard input', async () => {
    const run = await runCli(['lint', '-', '--fix'], { input: SOURCE });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot fix standard input');
  });
});

describe('fixes and suggestions as data', () => {
  it('JSON carries each fix and suggestion as an edit by offset; the review-cycle-declared suggestion adds cycle_years: 3', async () => {
    const dir = folderWith(SOURCE);
    const run = await runCli(['lint', 'a.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    const findings = JSON.parse(run.stdout) as Finding[];
    const orgNumber = findings.filter((f) => f.ruleId === 'signatory-org-number');
    expect(orgNumber.map((f) => f.fix?.text)).toEqual(['"802526-0186"', "'802526-0186'", undefined]);
    const first = orgNumber[0]!.fix!;
    expect(SOURCE.slice(first.range[0], first.range[1])).toBe('"8025260186"');
    const cycle = findings.find((f) => f.ruleId === 'review-cycle-declared')!;
    expect(cycle.fix).toBeUndefined();
    // First in the mapping, where the schema's key order (and so compact fmt) puts it.
    expect(cycle.suggestions).toEqual([{ message: 'add review.cycle_years: 3 (evaluated every third year)', fix: { range: expect.any(Array), text: 'cycle_years: 3\n  ' } }]);
    const suggested = applyFixes(SOURCE, [{ ...cycle, fix: cycle.suggestions![0]!.fix }]).text;
    expect(suggested).toContain('review:\n  cycle_years: 3\n  last_reviewed: 2024-05-24   # vid antagandet\nsignatories:');
    const after = await lintText(suggested, { file: join(dir, 'a.yaml'), today: '2025-01-01' });
    expect(after.some((f) => f.ruleId === 'review-cycle-declared')).toBe(false);
  });

  it('the suggestion adds a review mapping when there is none', async () => {
    const text = SOURCE.replace('review:\n  last_reviewed: 2024-05-24   # vid antagandet\n', '');
    const findings = await lintText(text, { file: 'a.yaml', today: '2025-01-01', useConfigFile: false });
    const cycle = findings.find((f) => f.ruleId === 'review-cycle-declared')!;
    const suggested = applyFixes(text, [{ ...cycle, fix: cycle.suggestions![0]!.fix }]).text;
    expect(suggested.endsWith('    date: 2024-06-03\nreview: { cycle_years: 3 }\n')).toBe(true);
    expect((await lintText(suggested, { file: 'a.yaml', today: '2025-01-01', useConfigFile: false })).some((f) => f.ruleId === 'review-cycle-declared')).toBe(false);
  });

  it('SARIF carries fixes with artifactChanges and replacements by character offset', async () => {
    const dir = folderWith(SOURCE);
    const run = await runCli(['lint', 'a.yaml', '--format', 'sarif', ...TODAY], { cwd: dir });
    const results = JSON.parse(run.stdout).runs[0].results as { ruleId: string; fixes?: unknown[] }[];
    const orgNumber = results.find((r) => r.ruleId === 'signatory-org-number')!;
    const offset = SOURCE.indexOf('"8025260186"');
    expect(orgNumber.fixes).toEqual([
      {
        description: { text: expect.stringContaining('8025260186') },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: offset, charLength: '"8025260186"'.length }, insertedContent: { text: '"802526-0186"' } }],
          },
        ],
      },
    ]);
    expect(results.find((r) => r.ruleId === 'review-cycle-declared')!.fixes).toHaveLength(1);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'));
    const { $schema: _draft04, id, ...body } = schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validateSarif = ajv.compile({ $id: id, ...body });
    expect(validateSarif(JSON.parse(run.stdout)), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(results.find((r) => r.ruleId === 'contact-present')!.fixes).toBeUndefined();
  });
});

describe('fixes and suggestions are worked out for the reports that show them', () => {
  it('lintText gives them by default and leaves them out with fixes: false', async () => {
    const withFixes = await lintText(SOURCE, { today: '2025-01-01', file: 'a.yaml', useConfigFile: false });
    const without = await lintText(SOURCE, { today: '2025-01-01', file: 'a.yaml', useConfigFile: false, fixes: false });
    expect(withFixes.filter((finding) => finding.fix).length).toBe(2);
    expect(without.some((finding) => finding.fix || finding.suggestions)).toBe(false);
    const strip = ({ fix: _fix, suggestions: _suggestions, ...rest }: Finding) => rest;
    expect(without).toEqual(withFixes.map(strip));
  });

  it('the CLI gives them in JSON and SARIF, and a stylish run (which shows none) gives the same findings', async () => {
    const dir = folderWith(SOURCE);
    const json = await runCli(['lint', 'a.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    const findings = JSON.parse(json.stdout) as Finding[];
    expect(findings.filter((finding) => finding.fix).length).toBe(2);
    const sarif = await runCli(['lint', 'a.yaml', '--format', 'sarif', ...TODAY], { cwd: dir });
    expect(sarif.stdout).toContain('"fixes"');
    const stylish = await runCli(['lint', 'a.yaml', ...TODAY], { cwd: dir });
    expect(stylish.stdout.match(/^\s+\d+:\d+\s+(error|warning|info)\b/gm)?.length).toBe(findings.length);
  });
});
