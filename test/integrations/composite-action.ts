import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

export interface ActionFile {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(): ActionFile {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionFile;
}

/** A `${{ … }}` expression: the only ones the action may use are inputs and earlier steps' outputs. */
export const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

export interface StepResult {
  step: ActionStep;
  /** Absent for a `uses:` step, which is recorded with its evaluated `with:` but not run. */
  code?: number;
  stdout: string;
  with?: Record<string, string>;
}

export interface CompositeRun {
  steps: StepResult[];
  /** The steps skipped by their `if:` or because an earlier step failed. */
  skipped: ActionStep[];
  outputs: Record<string, Record<string, string>>;
  summary: string;
}

/**
 * Runs the composite action's `run:` steps as a GitHub runner would on Linux (bash -eo pipefail, GITHUB_OUTPUT per
 * step, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTION_PATH at the repository), in `workspace`, and records the
 * `uses:` steps it would call. Steps in `skipIds` (the npm install) are not run: the tests use the built checkout.
 */
export function runComposite(action: ActionFile, inputs: Record<string, string>, workspace: string, skipIds: readonly string[] = ['install']): CompositeRun {
  const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  Object.assign(values, inputs);
  const temp = mkdtempSync(join(tmpdir(), 'compact-runner-'));
  const summaryFile = join(temp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const outputs: Record<string, Record<string, string>> = {};
  const evaluate = (expression: string): string => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input && input[1]! in values) return values[input[1]!]!;
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return outputs[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`the test runner does not know the expression ${expression}`);
  };
  const substitute = (text: string) => text.replace(EXPRESSION, (_, expression: string) => evaluate(expression));
  const condition = (text: string): boolean => {
    const comparison = /^(\S+) (==|!=) '([^']*)'$/.exec(text.trim());
    if (!comparison) throw new Error(`the test runner does not know the condition ${text}`);
    const equal = evaluate(comparison[1]!) === comparison[3];
    return comparison[2] === '==' ? equal : !equal;
  };

  const run: CompositeRun = { steps: [], skipped: [], outputs, summary: '' };
  let failed = false;
  for (const [index, step] of action.runs.steps.entries()) {
    if (failed || (step.id && skipIds.includes(step.id)) || (step.if !== undefined && !condition(step.if))) {
      run.skipped.push(step);
      continue;
    }
    if (step.uses) {
      run.steps.push({ step, stdout: '', with: Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value))])) });
      continue;
    }
    const outputFile = join(temp, `output-${index}`);
    const scriptFile = join(temp, `step-${index}.sh`);
    writeFileSync(outputFile, '');
    writeFileSync(scriptFile, step.run ?? '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(String(value))]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '',
        FORCE_COLOR: '',
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: temp,
        ...env,
      },
    });
    if (step.id) outputs[step.id] = parseOutputs(readFileSync(outputFile, 'utf8'));
    run.steps.push({ step, code: result.status ?? -1, stdout: result.stdout + result.stderr });
    failed = result.status !== 0;
  }
  run.summary = readFileSync(summaryFile, 'utf8');
  return run;
}

function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
