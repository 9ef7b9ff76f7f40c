import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compactText } from '../lint/fake-rules.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { readAction } from './composite-action.js';

const section = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!));

interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses: string; with?: Record<string, unknown> }[] }>;
}
interface PreCommitConfig {
  repos: { repo: string; rev: string; hooks: { id: string; files: string; args?: string[] }[] }[];
}
interface GitLabJob {
  compact: { script: string[]; artifacts: { when: string; reports: { codequality: string } } };
}

describe('docs/ci.md: Use in CI', () => {
  it('has a workflow, a pre-commit config and a GitLab job', () => {
    expect(yamlBlocks).toHaveLength(3);
  });

  it('the workflow uses the action with inputs it has and the permission code scanning needs', () => {
    const workflow = yamlBlocks[0] as Workflow;
    const action = readAction();
    const step = Object.values(workflow.jobs)[0]!.steps.find((s) => s.uses === '<owner>/compact@v1')!;
    for (const [input, value] of Object.entries(step.with!)) {
      expect(Object.keys(action.inputs)).toContain(input);
      expect(section).toContain(`| \`${input}\` | \`${action.inputs[input]!.default}\` |`);
      if (input === 'sarif') expect(String(value)).toBe('true');
    }
    expect(workflow.permissions['security-events']).toBe('write');
    for (const input of Object.keys(action.inputs)) expect(section).toContain(`| \`${input}\` |`);
  });

  it('the pre-commit config names hooks that exist and limits them to the compacts folder', () => {
    const config = yamlBlocks[1] as PreCommitConfig;
    const hookIds = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((hook) => hook.id);
    for (const hook of config.repos[0]!.hooks) {
      expect(hookIds).toContain(hook.id);
      expect(new RegExp(hook.files).test('compacts/orebro.yaml')).toBe(true);
      expect(new RegExp(hook.files).test('.github/workflows/ci.yml')).toBe(false);
    }
  });

  it('the GitLab job writes the Code Quality report its artifacts name, and keeps it when the job fails', async () => {
    const job = (yamlBlocks[2] as GitLabJob).compact;
    expect(job.artifacts.when).toBe('always');
    const command = job.script.find((line) => line.startsWith('npx compact '))!;
    expect(command).toContain(`gitlab:${job.artifacts.reports.codequality}`);
    const dir = mkdtempSync(join(tmpdir(), 'compact-gitlab-job-'));
    mkdirSync(join(dir, 'compacts'));
    writeFileSync(join(dir, 'compacts/bad.yaml'), compactText().replace('status: draft', 'status: drafted'));
    const result = await runCli(command.split(' ').slice(2), { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as { check_name: string }[];
    expect(report.map((issue) => issue.check_name)).toEqual(['schema/enum']);
  });
});
