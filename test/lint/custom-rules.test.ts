import { cpSync, mkdtempSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CompactError } from '../../src/errors.js';
import type { LintConfig } from '../../src/lint/config/types.js';
import { lint, lintFiles, lintText } from '../../src/lint/index.js';
import { parseCompact } from '../../src/load/index.js';
import { runCli, ROOT } from '../helpers/cli.js';
import { compactText } from './fake-rules.js';

const FIXTURE = join(ROOT, 'test/fixtures/custom-rules');

/** The fixture folder with its npm package installed: node_modules is kept out of git, so it is made here. */
function installedFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'compact-custom-rules-'));
  cpSync(FIXTURE, root, { recursive: true });
  renameSync(join(root, 'packages'), join(root, 'node_modules'));
  return root;
}

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'compact-custom-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const COMPACT = parseCompact(compactText(), 'a.yaml');

function custom(config: LintConfig, loaded = COMPACT): string[] {
  return lint(loaded, { config, today: '2026-01-15' })
    .filter((finding) => !finding.ruleId.includes('-') || Object.keys(config.rules ?? {}).includes(finding.ruleId))
    .filter((finding) => Object.keys(config.rules ?? {}).includes(finding.ruleId))
    .map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`);
}

function rule(given: string, then: Record<string, unknown> | Record<string, unknown>[], extra: Record<string, unknown> = {}): LintConfig {
  return { rules: { 'x-check': { given, then, ...extra } as never } };
}

describe('a config with two declarative rules, a plugin, an npm package it extends and an override (CLI)', () => {
  let root: string;
  beforeAll(() => {
    root = installedFixture();
  });

  it('gives exactly the expected findings at their lines', async () => {
    const result = await runCli(['lint', '.', '--today', '2026-01-15', '--format', 'json'], { cwd: root });
    expect(result.stderr).toBe('compact: failed: 2 findings at or above --fail-on error\n'); // the reason goes to stderr beside a JSON report
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { file: string; line: number; column: number; ruleId: string; severity: string; message: string }[]).map(
      (f) => `${f.file.replace(/^\.\//, '')} ${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`,
    );
    expect(findings).toEqual([
      'a.yaml 13:1 warning agenda-2030 no section mentions Agenda 2030; say how the compact serves its goals',
      'a.yaml 27:5 error x-ansvarig commitments[1].x-ansvarig: ange ansvarig nämnd (x-ansvarig)',
      'a.yaml 31:1 warning action-plan-current the compact is adopted but has no action plan; add one under governance.action_plans',
      'a.yaml 49:14 error skane-diarienummer reference "Dnr 2024/17" must match ^KS/\\d{4}:\\d+$',
      'drafts/b.yaml 3:8 warning title-prefix the title must start with "Överenskommelse" (it is "Utkast till samverkan i Exempelby")',
      'drafts/b.yaml 3:8 info agenda-2030 no section mentions Agenda 2030; say how the compact serves its goals',
    ]);
  });

  it('SARIF describes the plugin and declarative rules with their own description and page', async () => {
    const result = await runCli(['lint', '.', '--today', '2026-01-15', '--format', 'sarif'], { cwd: root });
    const rules = JSON.parse(result.stdout).runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri?: string }[];
    expect(rules.find((rule) => rule.id === 'agenda-2030')).toMatchObject({ shortDescription: { text: 'The compact mentions Agenda 2030 in one of its sections.' }, helpUri: 'https://example.se/regler/agenda-2030' });
    expect(rules.find((rule) => rule.id === 'x-ansvarig')).toMatchObject({ shortDescription: { text: 'Every commitment names the committee responsible for it' } });
  });

  it('--print-config shows every rule with its level and where it was set', async () => {
    const result = await runCli(['lint', '--print-config', 'drafts/b.yaml'], { cwd: root });
    expect(result.code).toBe(0);
    const printed = parse(result.stdout);
    expect(printed.config).toBe('.compactrc.yaml');
    expect(printed.extends).toEqual([{ name: 'compact-config-region-skane', file: 'node_modules/compact-config-region-skane/index.yaml', source: '.compactrc.yaml:2:10' }]);
    expect(printed.plugins).toEqual([{ name: './rules/index.mjs', file: 'rules/index.mjs', source: '.compactrc.yaml:4:5' }]);
    expect(printed.overrides).toEqual([{ files: ['drafts/**'], source: '.compactrc.yaml overrides[0]', applies: true }]);
    expect(printed.rules['x-ansvarig']).toEqual({ level: 'off', source: '.compactrc.yaml:25:7', definedIn: '.compactrc.yaml:6:3' });
    expect(printed.rules['agenda-2030']).toMatchObject({ level: 'info', source: '.compactrc.yaml:26:7' });
    expect(printed.rules['contact-present']).toEqual({ level: 'error', source: 'node_modules/compact-config-region-skane/index.yaml:4:3' });
    expect(printed.rules['skane-diarienummer']).toMatchObject({ level: 'error', definedIn: 'node_modules/compact-config-region-skane/index.yaml:5:3' });
    expect(printed.rules['review-due-soon']).toEqual({ level: 'off', source: '.compactrc.yaml:21:3' });
    expect(printed.rules['unique-ids']).toEqual({ level: 'error', source: 'preset recommended' });
    const top = parse((await runCli(['lint', '--print-config', 'a.yaml'], { cwd: root })).stdout);
    expect(top.rules['x-ansvarig']).toMatchObject({ level: 'error', source: '.compactrc.yaml:6:3' });
    expect(top.overrides[0].applies).toBe(false);
  });

  it('--rule sets a plugin or declarative rule of the config; an id no config knows is an error', async () => {
    const run = await runCli(['lint', 'a.yaml', '--today', '2026-01-15', '--rule', 'x-ansvarig:off', '--rule', 'agenda-2030:error', '--format', 'json'], { cwd: root });
    const findings = JSON.parse(run.stdout) as { ruleId: string; severity: string }[];
    expect(findings.some((f) => f.ruleId === 'x-ansvarig')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'agenda-2030')?.severity).toBe('error');
    const unknown = await runCli(['lint', 'a.yaml', '--rule', 'x-ansvarg:off'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--rule x-ansvarg:off: unknown rule "x-ansvarg"; did you mean "x-ansvarig"?');
  });

  it('lintText lints an unsaved text with the config of the folder it belongs to', async () => {
    const text = compactText().replace('title: Överenskommelse', 'title: Avtal');
    const findings = await lintText(text, { file: join(root, 'drafts/new.yaml'), today: '2026-01-15' });
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['title-prefix:warning', 'agenda-2030:info']);
    const top = await lintText(text, { file: join(root, 'new.yaml'), today: '2026-01-15' });
    expect(top.filter((f) => f.ruleId === 'x-ansvarig')).toHaveLength(2);
  });
});

describe('declarative rules: functions', () => {
  it('truthy, defined, undefined and falsy point at the node given and field select (or the mapping it is missing from)', () => {
    expect(custom(rule('$.commitments[*]', { field: 'x-ansvarig', function: 'truthy' }))).toEqual([
      '18:5 x-check x-ansvarig must be set and not empty',
      '22:5 x-check x-ansvarig must be set and not empty',
    ]);
    expect(custom(rule('$.parties[*]', { field: 'role', function: 'undefined' }))).toEqual(['9:11 x-check role must be left out', '12:11 x-check role must be left out']);
    expect(custom(rule('$', { field: 'status', function: 'falsy' }))).toEqual(['5:9 x-check status must be empty or left out']);
    expect(custom(rule('$', { field: 'version', function: 'defined' }))).toEqual(['1:1 x-check version must be given']);
  });

  it('pattern, enumeration, length, casing, alphabetical and xor', () => {
    expect(custom(rule('$.title', { function: 'pattern', functionOptions: { match: '^Avtal', notMatch: '/exempelby/i' } }))).toEqual([
      '3:8 x-check title "Överenskommelse om samverkan i Exempelby" must match ^Avtal',
      '3:8 x-check title "Överenskommelse om samverkan i Exempelby" must not match /exempelby/i',
    ]);
    expect(custom(rule('$.commitments[*].party', { function: 'enumeration', functionOptions: { values: ['kommunen'] } }))).toEqual([
      '23:12 x-check party "civilsamhallet" must be one of "kommunen"',
    ]);
    expect(custom(rule('$.principles', { function: 'length', functionOptions: { min: 2 } }))).toEqual(['14:3 x-check principles must be at least 2 long (it is 1)']);
    expect(custom(rule('$.parties[*].id', { function: 'casing', functionOptions: { type: 'snake' } }))).toEqual([]);
    expect(custom(rule('$.parties[*]', { field: 'name', function: 'casing', functionOptions: { type: 'kebab' } }))).toHaveLength(2);
    expect(custom(rule('$.commitments', { function: 'alphabetical', functionOptions: { keyedBy: 'id' } }))).toEqual([
      '22:5 x-check commitments: "delta" must come before "dialogmoten" (alphabetical order)',
    ]);
    expect(custom(rule('$.principles[*]', { function: 'xor', functionOptions: { properties: ['text', 'baseline'] } }))).toEqual([]);
    expect(custom(rule('$.principles[*]', { function: 'xor', functionOptions: { properties: ['id', 'title'] } }))).toEqual(['14:5 x-check principles[0]: exactly one of id, title must be given']);
  });

  it('schema, references, dateNotBefore and dateNotAfter (relative to today)', () => {
    const schema = { type: 'object', required: ['x-ansvarig'] };
    expect(custom(rule('$.commitments[0]', { function: 'schema', functionOptions: { schema } }))).toEqual([
      "18:5 x-check commitments[0]: must have required property 'x-ansvarig'",
    ]);
    expect(custom(rule('$.commitments[*].party', { function: 'references', functionOptions: { list: '$.parties[?(@.role == "public")].id' } }))).toEqual([
      '23:12 x-check party "civilsamhallet" is not declared in $.parties[?(@.role == "public")].id',
    ]);
    const dated = parseCompact(`${compactText()}review:\n  next_review: 2025-06-01\n  last_reviewed: 2030-01\n`, 'a.yaml');
    expect(custom(rule('$.review.next_review', { function: 'dateNotBefore' }), dated)).toEqual(['27:16 x-check next_review 2025-06-01 is before 2026-01-15']);
    expect(custom(rule('$.review.next_review', { function: 'dateNotBefore', functionOptions: { offset: '-P1Y' } }), dated)).toEqual([]);
    expect(custom(rule('$.review.last_reviewed', { function: 'dateNotAfter', functionOptions: { offset: 'P3Y' } }), dated)).toEqual([
      '28:18 x-check last_reviewed 2030-01 is after 2029-01-15',
    ]);
  });

  it('message placeholders, a list of then, severity aliases', () => {
    const config = rule(
      '$.parties[*]',
      [
        { field: 'description', function: 'truthy' },
        { field: 'name', function: 'pattern', functionOptions: { match: 'kommun' } },
      ],
      { message: '{{path}} ({{property}} = "{{value}}"): {{error}}', severity: 'warn' },
    );
    const findings = lint(COMPACT, { config, today: '2026-01-15' }).filter((f) => f.ruleId === 'x-check');
    expect(findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'warning parties[0].description (description = ""): description must be set and not empty',
      'warning parties[1].description (description = ""): description must be set and not empty',
      'warning parties[1].name (name = "Det civila samhället"): name "Det civila samhället" must match kommun',
    ]);
  });
});

async function configError(files: Record<string, string>): Promise<string> {
  const root = tree({ 'a.yaml': compactText(), ...files });
  const run = await runCli(['lint', 'a.yaml'], { cwd: root });
  expect(run.code).toBe(2);
  try {
    await lintFiles([join(root, 'a.yaml')], { cwd: root });
  } catch (error) {
    expect(error).toBeInstanceOf(CompactError);
    expect(run.stderr).toContain((error as Error).message.split('\n')[0]);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

describe('bad config input: exit 2 with the config file:line:column and what to do', () => {
  it('a JSONPath that does not parse, an unknown function, options that fail the function schema', async () => {
    expect(await configError({ '.compactrc.yaml': 'rules:\n  x:\n    given: $.commitments[*\n    then: { function: truthy }\n' })).toBe(
      '.compactrc.yaml:3:12: rule x: the JSONPath $.commitments[* cannot be used: "]" is missing',
    );
    expect(await configError({ '.compactrc.yaml': 'rules:\n  x:\n    given: $\n    then: { function: truthey }\n' })).toMatch(
      /^\.compactrc\.yaml:4:23: rule x: unknown function "truthey"; did you mean "truthy"\? The functions are truthy, falsy/,
    );
    expect(await configError({ '.compactrc.yaml': 'rules:\n  x:\n    given: $\n    then:\n      function: length\n      functionOptions: { min: -1 }\n' })).toBe(
      '.compactrc.yaml:6:31: rule x: functionOptions of length: min must be >= 0',
    );
    expect(await configError({ '.compactrc.yaml': 'rules:\n  x:\n    given: $\n    then: { function: pattern }\n' })).toMatch(/^\.compactrc\.yaml:4:5: rule x: the function pattern needs functionOptions/);
  });

  it('a custom rule id that shadows a built-in rule', async () => {
    expect(await configError({ '.compactrc.yaml': 'rules:\n  unique-ids:\n    given: $\n    then: { function: truthy }\n' })).toMatch(
      /^\.compactrc\.yaml:2:3: the rule id unique-ids \(from \.compactrc\.yaml\) is a built-in rule; give your rule another id/,
    );
    expect(
      await configError({
        '.compactrc.yaml': 'plugins: [./p.mjs]\n',
        'p.mjs': "export const rules = { 'unique-ids': { meta: { messages: {} }, check() {} } };\n",
      }),
    ).toMatch(/^\.compactrc\.yaml:1:11: the rule id unique-ids \(from \.\/p\.mjs\) is a built-in rule/);
  });

  it('a plugin that does not load, exports something else, or a package that is not installed', async () => {
    expect(await configError({ '.compactrc.yaml': 'plugins:\n  - ./p.mjs\n', 'p.mjs': 'export const rules = {\n' })).toMatch(/^\.compactrc\.yaml:2:5: the plugin \.\/p\.mjs does not load: /);
    expect(await configError({ '.compactrc.yaml': 'plugins:\n  - ./p.mjs\n', 'p.mjs': 'export default 42;\n' })).toMatch(/^\.compactrc\.yaml:2:5: the plugin \.\/p\.mjs does not export rules/);
    expect(await configError({ '.compactrc.yaml': 'plugins:\n  - ./p.mjs\n', 'p.mjs': 'export const rules = { x: { meta: {} } };\n' })).toMatch(
      /^\.compactrc\.yaml:2:5: the plugin \.\/p\.mjs: rule x does not follow the rule contract \(check is missing or wrong\)/,
    );
    expect(await configError({ '.compactrc.yaml': 'plugins:\n  - ./missing.mjs\n' })).toMatch(/^\.compactrc\.yaml:2:5: plugins \.\/missing\.mjs: there is no file /);
    expect(await configError({ '.compactrc.yaml': 'extends: compact-config-nowhere\n' })).toMatch(
      /^\.compactrc\.yaml:1:10: extends compact-config-nowhere: the package is not installed in .* or a folder above it; run npm install compact-config-nowhere there$/,
    );
    expect(await configError({ '.compactrc.yaml': 'plugins: [compact-plugin-nowhere]\n' })).toMatch(/^\.compactrc\.yaml:1:11: plugins compact-plugin-nowhere: the package is not installed/);
  });

  it('a custom rule that throws is an internal-error finding naming the rule and the file; other rules and files still run', async () => {
    const root = tree({
      '.compactrc.yaml': 'plugins: [./p.mjs]\nrules:\n  boom: error\n  title-check:\n    given: $.title\n    then: { function: pattern, functionOptions: { match: "^Avtal" } }\n',
      'p.mjs': "export const rules = { boom: { meta: { messages: {} }, check() { throw new Error('kaboom'); } } };\n",
      'a.yaml': compactText(),
      'b.yaml': compactText({ id: 'b' }),
    });
    const results = await lintFiles([root], { cwd: root, today: '2026-01-15' });
    for (const result of results) {
      expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['internal-error', 'title-check']);
      const failure = result.findings.find((f) => f.ruleId === 'internal-error')!;
      expect(failure.message).toBe(`rule boom (from p.mjs) failed on ${result.file}: kaboom; the other rules still ran. Fix the rule or turn it off`);
    }
  });
});

describe('extends, overrides and ignores', () => {
  it('several extends in a list, later ones winning; a relative path and a package with an .mjs config exported for import only', async () => {
    const root = tree({
      '.compactrc.yaml': 'extends: [strict, ./base.yaml, shared]\nrules:\n  contact-present: info\n',
      'base.yaml': 'rules:\n  contact-present: error\n  party-has-commitments: off\n',
      'node_modules/shared/package.json': '{ "name": "shared", "type": "module", "exports": { ".": { "import": "./config.mjs" } } }',
      'node_modules/shared/config.mjs': "export default { rules: { 'party-has-commitments': 'error', 'review-cycle-expected': 'off' } };\n",
      'a.yaml': compactText(),
    });
    const { resolvedConfigFor } = await import('../../src/lint/index.js');
    const { describeConfig } = await import('../../src/lint/config/print-config.js');
    const described = describeConfig(await resolvedConfigFor(join(root, 'a.yaml'), { cwd: root }), join(root, 'a.yaml'), root);
    expect(described.rules['contact-present']).toEqual({ level: 'info', source: '.compactrc.yaml:3:3' });
    expect(described.rules['party-has-commitments']).toEqual({ level: 'error', source: 'node_modules/shared/config.mjs' });
    expect(described.rules['review-cycle-expected']).toEqual({ level: 'off', source: 'node_modules/shared/config.mjs' });
    expect(described.rules['baseline-coverage']).toEqual({ level: 'warning', source: 'preset strict' });
  });

  it('overrides inherited through extends apply, their globs relative to the folder of the config that uses them', async () => {
    const root = tree({
      'team/.compactrc.yaml': 'extends: ../shared/rules.yaml\n',
      'shared/rules.yaml': 'rules:\n  title-short:\n    given: $.title\n    then: { function: length, functionOptions: { max: 10 } }\noverrides:\n  - files: ["utkast/**"]\n    rules:\n      title-short: off\n',
      'team/a.yaml': compactText(),
      'team/utkast/b.yaml': compactText(),
    });
    const results = await lintFiles([join(root, 'team')], { cwd: root, today: '2026-01-15' });
    expect(Object.fromEntries(results.map((r) => [r.file.replace(`${root}/`, ''), r.findings.map((f) => f.ruleId)]))).toEqual({ 'team/a.yaml': ['title-short'], 'team/utkast/b.yaml': [] });
  });

  it('ignores, .compactignore and .gitignore skip files when linting a folder; --no-ignore and naming the file lint them', async () => {
    const bad = compactText().replace('status: draft', 'status: drafted');
    const root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n',
      '.compactignore': 'old-*.yaml\n',
      '.compactrc.yaml': 'ignores: ["arkiv/**"]\n',
      'a.yaml': compactText(),
      'build/x.yaml': bad,
      'old-2019.yaml': bad,
      'arkiv/y.yaml': bad,
    });
    const linted = async (args: string[]) => {
      const run = await runCli(['lint', ...args, '--format', 'json'], { cwd: root });
      return [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file.replace(/^\.\//, '')))].sort();
    };
    expect((await runCli(['lint', '.'], { cwd: root })).code).toBe(0);
    expect(await linted(['.', '--no-ignore'])).toEqual(['arkiv/y.yaml', 'build/x.yaml', 'old-2019.yaml']);
    expect(await linted(['old-2019.yaml'])).toEqual(['old-2019.yaml']);
    // A folder whose every file is ignored is a usage error, not a pass: nothing was checked.
    const allIgnored = await runCli(['lint', 'build'], { cwd: root });
    expect(allIgnored.code).toBe(2);
    expect(allIgnored.stderr).toMatch(/every file in build is ignored .*lint with --no-ignore/);
    expect(allIgnored.stdout).toBe('');
    const swedish = await runCli(['lint', 'build', '--lang', 'sv'], { cwd: root });
    expect(swedish.stderr).toMatch(/alla filer i build ignoreras/);
  });
});
