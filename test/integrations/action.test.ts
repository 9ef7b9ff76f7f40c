import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '../lint/fake-rules.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { EXPRESSION, readAction, runComposite, type ActionStep } from './composite-action.js';

const action = readAction();
const steps = action.runs.steps;
const runStep = steps.find((step) => step.id === 'run')!;

let help: { lint: string; validate: string };
beforeAll(async () => {
  const [lint, validate] = await Promise.all([runCli(['lint', '--help']), runCli(['validate', '--help'])]);
  help = { lint: lint.stdout.replace(/\s+/g, ' '), validate: validate.stdout.replace(/\s+/g, ' ') };
});

function formatsIn(helpText: string): string[] {
  return /Formats: ([\w, ]+?) Examples:/.exec(helpText)![1]!.split(', ');
}

function checkInputs(env: Record<string, string>) {
  const inputs = { INPUT_PATHS: '.', INPUT_COMMAND: 'lint', INPUT_FORMAT: 'github', INPUT_FAIL_ON: 'error', INPUT_SARIF: 'false', INPUT_SUMMARY: 'true', ...env };
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/action/check-inputs.mjs')], { encoding: 'utf8', env: { ...process.env, ...inputs } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      paths: '.',
      command: 'lint',
      format: 'github',
      'fail-on': 'error',
      sarif: 'false',
      summary: 'true',
      'node-version': '22',
    });
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it('pins every action it uses to a major version', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses).toEqual(['actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']);
    for (const use of uses) expect(use).toMatch(/^[\w-]+\/[\w-]+(\/[\w-]+)*@v\d+$/);
  });

  it('passes inputs to scripts through env only, and every script is valid bash', () => {
    for (const step of steps.filter((s): s is ActionStep & { run: string } => s.run !== undefined)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toMatch(EXPRESSION);
      const syntax = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
      expect(syntax.status, `${step.name}: ${syntax.stderr}`).toBe(0);
    }
  });

  it('refers only to its own inputs and to outputs of steps before the one that reads them', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const ids = steps.flatMap((step) => (step.id ? [step.id] : []));
    const expressions = [...text.matchAll(EXPRESSION)].map((match) => match[1]!);
    expect(expressions.length).toBeGreaterThan(10);
    for (const expression of expressions) {
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      const output = /^steps\.([\w-]+)\.outputs\.[\w-]+$/.exec(expression);
      expect(input ? input[1]! in action.inputs : output ? ids.includes(output[1]!) : false, expression).toBe(true);
    }
    steps.forEach((step, index) => {
      const reads = [...JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs/g)].map((match) => match[1]!);
      for (const id of reads) expect(steps.findIndex((s) => s.id === id), `${step.name} reads ${id}`).toBeLessThan(index);
    });
  });

  it('calls compact only with commands and options the CLI has', () => {
    for (const command of ['validate', 'lint'] as const) expect(help[command]).toContain(`Usage: compact ${command}`);
    const lines = runStep.run!.split('\n').filter((line) => /--[a-z]/.test(line) && !line.trim().startsWith('#'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      const commands = line.includes('= lint') ? (['lint'] as const) : (['validate', 'lint'] as const);
      for (const option of line.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? []) {
        for (const command of commands) expect(help[command], `${option} in compact ${command} --help`).toContain(` ${option} `);
      }
    }
  });
});

describe('the input check (scripts/action/check-inputs.mjs)', () => {
  it('accepts the defaults and every command, format and level the CLI accepts', () => {
    expect(checkInputs({})).toEqual({ code: 0, stdout: '', stderr: '' });
    const formats = formatsIn(help.lint);
    expect(formatsIn(help.validate)).toEqual(formats);
    for (const format of formats) expect(checkInputs({ INPUT_FORMAT: format }).code, format).toBe(0);
    const levels = /--fail-on <level> .*?\(choices: ([^)]*?), default/.exec(help.lint)![1]!.replace(/"/g, '').split(', ');
    expect(levels).toEqual(['error', 'warning', 'info']);
    for (const level of levels) expect(checkInputs({ INPUT_FAIL_ON: level }).code).toBe(0);
    expect(checkInputs({ INPUT_COMMAND: 'validate', INPUT_SARIF: 'true', INPUT_SUMMARY: 'false', INPUT_PATHS: 'a.yaml\nb/' }).code).toBe(0);
  });

  it.each([
    [{ INPUT_COMMAND: 'vaildate' }, "input 'command' must be validate or lint, got 'vaildate'"],
    [{ INPUT_COMMAND: 'render' }, "input 'command' must be validate or lint, got 'render'"],
    [{ INPUT_FORMAT: 'checkstyle' }, "input 'format' must be one of stylish, json, sarif, junit, github, markdown, gitlab, got 'checkstyle'"],
    [{ INPUT_FORMAT: 'sarif:out.sarif' }, "input 'format' must be one of stylish, json, sarif, junit, github, markdown, gitlab, got 'sarif:out.sarif'"],
    [{ INPUT_FAIL_ON: 'warn' }, "input 'fail-on' must be one of error, warning, info, got 'warn'"],
    [{ INPUT_SARIF: 'yes' }, "input 'sarif' must be true or false, got 'yes'"],
    [{ INPUT_SUMMARY: '' }, "input 'summary' must be true or false, got ''"],
    [{ INPUT_COMMAND: 'lint ' }, "input 'command' must be validate or lint, got 'lint '"],
    [{ INPUT_PATHS: ' \n' }, "input 'paths' is empty; give the files, directories or globs to check, for example: compacts/"],
    [{ INPUT_FORMAT: 'git\nhub%' }, "input 'format' must be one of stylish, json, sarif, junit, github, markdown, gitlab, got 'git%0Ahub%25'"],
  ])('fails with exit code 2 and one line naming the input: %j', (env, message) => {
    const result = checkInputs(env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`::error title=compact::${message}\n`);
    expect(result.stderr).toBe('');
  });
});

describe('the action run as a runner would (without the install and the upload)', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'compact-action-'));
    mkdirSync(join(workspace, 'compacts'));
    writeFileSync(join(workspace, 'compacts/good.yaml'), compactText());
    writeFileSync(join(workspace, 'compacts/bad.yaml'), compactText({ id: 'andra' }).replace('status: draft', 'status: drafted'));
  });

  it('annotates the findings, writes the job summary, uploads SARIF when asked and fails the job', () => {
    const run = runComposite(action, { paths: 'compacts/', sarif: 'true' }, workspace);
    expect(run.outputs.run).toMatchObject({ 'exit-code': '1' });
    const ran = run.steps.find((result) => result.step.id === 'run')!;
    expect(ran.stdout).toMatch(/^::error file=compacts\/bad\.yaml,line=5,col=9,endLine=5,endColumn=16,title=schema\/enum::status must be one of/m);
    expect(run.summary).toContain('## compact lint');
    expect(run.summary).toContain('| compacts/bad.yaml | 5:9 | error | `schema/enum` |');
    const upload = run.steps.find((result) => result.step.uses?.includes('upload-sarif'))!;
    const sarif = JSON.parse(readFileSync(upload.with!.sarif_file!, 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['schema/enum']);
    expect(run.steps.at(-1)).toMatchObject({ step: { name: 'Fail on findings' }, code: 1 });
  });

  it('runs validate with the chosen format, several paths and a glob, and skips what is turned off', () => {
    const run = runComposite(action, { command: 'validate', format: 'stylish', summary: 'false', paths: "compacts/good.yaml\n  compacts/b*.yaml" }, workspace);
    const ran = run.steps.find((result) => result.step.id === 'run')!;
    expect(ran.stdout).toContain('compacts/bad.yaml\n  5:9  error  status must be one of');
    expect(ran.stdout).toContain('✖ 2 files, 1 error, 0 warnings');
    expect(run.summary).toBe('');
    expect(run.skipped.map((step) => step.name)).toEqual(['Install compact', 'Add the findings to the job summary', 'Upload the findings to code scanning']);
    expect(run.steps.at(-1)!.code).toBe(1);
  });

  it('passes on clean files, with a summary that says so', () => {
    const run = runComposite(action, { paths: 'compacts/good.yaml', 'fail-on': 'info' }, workspace);
    expect(run.steps.every((result) => result.code === undefined || result.code === 0)).toBe(true);
    expect(run.outputs.run).toMatchObject({ 'exit-code': '0' });
    expect(run.summary).toContain('**No problems found:** 1 file, 0 errors, 0 warnings.');
  });

  it('stops at the input check on a wrong input, before anything is installed or run', () => {
    const run = runComposite(action, { command: 'vaildate' }, workspace, []);
    expect(run.steps.map((result) => [result.step.id ?? result.step.uses, result.code])).toEqual([
      ['actions/setup-node@v6', undefined],
      ['inputs', 2],
    ]);
    expect(run.steps[1]!.stdout).toBe("::error title=compact::input 'command' must be validate or lint, got 'vaildate'\n");
    expect(run.skipped.map((step) => step.id ?? step.name)).toContain('install');
  });
});
