import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { compactText } from './fake-rules.js';

const TODAY = ['--today', '2025-03-01'];
let dir: string;

/** A folder with a clean file, one with an unused disable comment (a warning) and one with a schema error. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-lint-cli-'));
  writeFileSync(join(dir, 'clean.yaml'), compactText());
  writeFileSync(join(dir, 'warning.yaml'), compactText({ before: '# compact-disable\n' }));
  writeFileSync(join(dir, 'error.yaml'), compactText().replace('status: draft', 'status: drafted'));
});

const lint = (args: string[], cwd = dir) => runCli(['lint', ...TODAY, ...args], { cwd });

describe('compact lint exit codes', () => {
  it('0 for clean files and for warnings only; 1 for an error', async () => {
    expect((await lint(['clean.yaml'])).code).toBe(0);
    const warning = await lint(['warning.yaml']);
    expect(warning.code).toBe(0);
    expect(warning.stdout).toMatch(/1:1\s+warning\s+compact-disable turns off nothing.*unused-disable-directive/);
    const error = await lint(['clean.yaml', 'error.yaml']);
    expect(error.code).toBe(1);
    expect(error.stdout).toContain('2 files, 1 error, 0 warnings');
  });

  it('marks the summary ✖ only when the exit code is non-zero: warnings alone get ⚠', async () => {
    const warnings = await lint(['warning.yaml', '--no-color']);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain('⚠ 1 file, 0 errors, 1 warning');
    expect(warnings.stdout).not.toContain('✖');
    const failing = await lint(['warning.yaml', '--no-color', '--max-warnings', '0']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✖ 1 file, 0 errors, 1 warning');
    const error = await lint(['error.yaml', '--no-color']);
    expect(error.stdout).toContain('✖ 1 file, 1 error');
    expect((await lint(['clean.yaml', '--no-color'])).stdout).toContain('✔ 1 file, 0 errors, 0 warnings');
  });

  it('--fail-on warning and --max-warnings fail on warnings', async () => {
    expect((await lint(['warning.yaml', '--fail-on', 'warning'])).code).toBe(1);
    expect((await lint(['warning.yaml', '--fail-on', 'info'])).code).toBe(1);
    expect((await lint(['warning.yaml', '--max-warnings', '0'])).code).toBe(1);
    expect((await lint(['warning.yaml', '--max-warnings', '1'])).code).toBe(0);
    const bad = await lint(['warning.yaml', '--max-warnings', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('give a whole number of 0 or more');
    const level = await lint(['warning.yaml', '--fail-on', 'warn']);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('Allowed choices are error, warning, info');
  });

  it('--quiet reports errors only, unless the exit code fails on the warnings', async () => {
    const quiet = await lint(['warning.yaml', 'error.yaml', '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(['schema/enum']);
    const failing = await lint(['warning.yaml', '--quiet', '--max-warnings', '0', '--format', 'json']);
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(['unused-disable-directive']);
  });

  it('2 for a file that cannot be read, a bad --today or no paths', async () => {
    expect((await lint(['clean.yaml', 'missing.yaml'])).code).toBe(2);
    const today = await runCli(['lint', 'clean.yaml', '--today', '25-03-01'], { cwd: dir });
    expect(today.code).toBe(2);
    expect(today.stderr).toContain('--today must be a date written YYYY-MM-DD');
    const none = await lint([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the files, directories or globs to lint');
  });
});

describe('compact lint formats', () => {
  it('writes several formats at once: one to stdout, the others to their files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'compact-lint-out-'));
    const result = await lint(['.', '-f', 'stylish', '-f', `sarif:${join(out, 'lint.sarif')}`, '-f', `junit:${join(out, 'junit.xml')}`, '-f', `markdown:${join(out, 'report.md')}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3 files, 1 error, 1 warning');
    const sarif = JSON.parse(readFileSync(join(out, 'lint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['schema/enum', 'unused-disable-directive']);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('<testsuites name="compact lint" tests="3" failures="1" errors="0">');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('| error.yaml | 5:9 | error | `schema/enum` |');
  });

  it('--output takes the one format without a file; github annotations go to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'compact-lint-out-')), 'findings.json');
    const result = await lint(['error.yaml', 'warning.yaml', '-f', 'json', '-f', 'github', '--output', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--output takes one format, but json, github have no file');
    const written = await lint(['error.yaml', '--format', 'json', '--output', out]);
    expect(written.code).toBe(1);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0]).toMatchObject({ ruleId: 'schema/enum', file: 'error.yaml', line: 5 });
    const github = await lint(['error.yaml', '-f', 'github']);
    expect(github.stdout).toMatch(/^::error file=error\.yaml,line=5,col=9,endLine=5,endColumn=16,title=schema\/enum::status must be one of/);
  });

  it('refuses an unknown format, listing the allowed ones, and --help lists them with examples', async () => {
    const unknown = await lint(['clean.yaml', '-f', 'checkstyle']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "checkstyle"; use one of stylish, json, sarif, junit, github, markdown');
    const help = await runCli(['lint', '--help']);
    expect(help.stdout).toContain('Formats: stylish, json, sarif, junit, github, markdown');
    expect(help.stdout).toContain('$ compact lint');
  });

  it('does not write a file when the run fails before reporting', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'compact-lint-out-')), 'lint.sarif');
    const result = await lint(['clean.yaml', '--rule', 'no-such-rule:error', '-f', `sarif:${out}`]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('compact lint configuration', () => {
  it('a config with an unknown rule id is an error naming the file and line (exit 2); --no-config ignores it', async () => {
    const project = mkdtempSync(join(tmpdir(), 'compact-lint-config-'));
    writeFileSync(join(project, 'a.yaml'), compactText());
    writeFileSync(join(project, '.compactrc.yaml'), 'extends: recommended\nrules:\n  no-such-rule: error\n');
    const result = await lint(['a.yaml'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: .compactrc.yaml:3:3: unknown rule "no-such-rule"; `compact rules` lists the rules\n');
    expect((await lint(['a.yaml', '--no-config'], project)).code).toBe(0);
  });

  it('a bad level in a config is an error naming the file and line (exit 2)', async () => {
    const [rule] = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string }[];
    expect(rule).toBeDefined();
    const project = mkdtempSync(join(tmpdir(), 'compact-lint-config-'));
    writeFileSync(join(project, 'a.yaml'), compactText());
    writeFileSync(join(project, 'compact.config.json'), `{\n  "rules": {\n    "${rule!.id}": "warn"\n  }\n}\n`);
    const result = await lint(['a.yaml'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`compact.config.json:3:${rule!.id.length + 9}: the level of rule ${rule!.id} must be one of off, info, warning, error (got "warn"; did you mean "warning"?)`);
    const explicit = await lint(['a.yaml', '--config', join(project, 'compact.config.json')], dir);
    expect(explicit.code).toBe(2);
  });

  it('--rule checks the id and the level', async () => {
    const unknown = await lint(['clean.yaml', '--rule', 'no-such-rule:error']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--rule no-such-rule:error: unknown rule "no-such-rule"');
    const shape = await lint(['clean.yaml', '--rule', 'error']);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('--rule error: write a rule id and a level');
  });
});

describe('compact rules', () => {
  it('lists every rule with id, severity, recommended and description, as a table or JSON', async () => {
    const json = await runCli(['rules', '--format', 'json']);
    expect(json.code).toBe(0);
    const rules = JSON.parse(json.stdout) as { id: string; defaultSeverity: string; recommended: boolean; description: string }[];
    expect(rules.length).toBeGreaterThan(0);
    const table = await runCli(['rules']);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+severity\s+recommended\s+description$/);
    for (const rule of rules) {
      expect(table.stdout).toMatch(new RegExp(`^${rule.id}\\s+${rule.defaultSeverity}\\s+${rule.recommended ? 'yes' : 'no'}\\s+`, 'm'));
    }
  });

  it('prints the docs page of a rule, and suggests the nearest id for an unknown one', async () => {
    const [rule] = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string }[];
    const docs = await runCli(['rules', rule!.id]);
    expect(docs.code).toBe(0);
    expect(docs.stdout).toMatch(/^# /);
    expect(docs.stdout).toContain(rule!.id);
    const typo = await runCli(['rules', `${rule!.id}x`]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(`unknown rule "${rule!.id}x"; did you mean "${rule!.id}"?`);
  });
});
