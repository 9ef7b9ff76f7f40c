import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { fixturePath } from './load-pair.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.se',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.se',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

let sandbox: string;
let repo: string;

function git(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync('git', args, {
    cwd: repo,
    env: { ...process.env, ...GIT_ENV, GIT_CEILING_DIRECTORIES: sandbox, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
  });
}

function cli(args: string[], cwd = repo) {
  return runCli(args, { cwd, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: sandbox } });
}

async function place(fixture: string, target: string): Promise<void> {
  await mkdir(dirname(join(repo, target)), { recursive: true });
  await copyFile(join(ROOT, fixture), join(repo, target));
}

beforeAll(async () => {
  sandbox = await realpath(await mkdtemp(join(tmpdir(), 'compact-diff-git-')));
  repo = join(sandbox, 'repo');
  await mkdir(repo);
  git(['init', '--quiet', '--initial-branch=main']);
  await place(fixturePath('commitments', 'before'), 'compacts/exempelby.yaml');
  git(['add', '.']);
  git(['commit', '--quiet', '-m', 'The 2018 compact']);
  git(['tag', 'v2018']);
  await place(fixturePath('commitments', 'after'), 'compacts/exempelby.yaml');
  await place(fixturePath('reorder', 'before'), 'compacts/nyby.yaml');
  git(['add', '.']);
  git(['commit', '--quiet', '-m', 'The 2021 revision']);
  await place(fixturePath('signatories', 'after'), 'compacts/nyby.yaml');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('compact diff with git revisions', () => {
  it('compares the file in two revisions', async () => {
    const result = await cli(['diff', 'compacts/exempelby.yaml', '--from', 'v2018', '--to', 'HEAD']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('compacts/exempelby.yaml@v2018 → compacts/exempelby.yaml@HEAD');
    expect(result.stdout).toContain('commitment "utbildning" added');
  });

  it('compares a revision with the working file when --to is left out, from any folder of the repository', async () => {
    const result = await cli(['diff', 'nyby.yaml', '--from', 'HEAD', '--fail-on', 'minor'], join(repo, 'compacts'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('nyby.yaml@HEAD → nyby.yaml');
    expect(result.stdout).toContain('signatory "Exempelby hembygdsförening (civilsamhallet)" added');
  });

  it('names an unknown revision', async () => {
    const result = await cli(['diff', 'compacts/exempelby.yaml', '--from', 'v2016']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compact: unknown git revision "v2016"; check the name with git log --oneline or git tag\n');
  });

  it('says when the file did not exist in the revision', async () => {
    const result = await cli(['diff', 'compacts/nyby.yaml', '--from', 'v2018']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('compacts/nyby.yaml does not exist in git revision v2018');
  });

  it('says when the file is not in a git repository', async () => {
    const outside = join(sandbox, 'outside');
    await mkdir(outside, { recursive: true });
    await copyFile(join(ROOT, fixturePath('reorder', 'before')), join(outside, 'compact.yaml'));
    const result = await cli(['diff', 'compact.yaml', '--from', 'HEAD~1'], outside);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('compact.yaml is not in a git repository, so --from and --to cannot read its earlier revisions');
  });

  it('refuses --to without --from, and a revision that looks like an option', async () => {
    expect((await cli(['diff', 'compacts/nyby.yaml', '--to', 'HEAD'])).stderr).toContain('--to needs --from');
    const option = await cli(['diff', 'compacts/nyby.yaml', '--from=--output=x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a git revision');
  });
});

describe('compact diff as git external diff driver', () => {
  const command = `"${process.execPath}" "${BIN}" diff --git-external`;

  it('shows the semantic diff in git diff through .gitattributes and diff.compact.command', async () => {
    await writeFile(join(repo, '.gitattributes'), 'compacts/*.yaml diff=compact\n');
    const output = git(['-c', `diff.compact.command=${command}`, 'diff', 'HEAD', '--', 'compacts/nyby.yaml']);
    expect(output).toContain('diff --compact a/compacts/nyby.yaml b/compacts/nyby.yaml');
    expect(output).toContain('signatory "Exempelby idrottsförening (civilsamhallet)" removed');
    expect(output).toContain('level: minor');
  });

  it('works as GIT_EXTERNAL_DIFF between two commits, and names a new file', async () => {
    const output = git(['diff', 'v2018', 'HEAD', '--', 'compacts'], { env: { GIT_EXTERNAL_DIFF: command } });
    expect(output).toContain('diff --compact a/compacts/exempelby.yaml b/compacts/exempelby.yaml');
    expect(output).toContain('commitment "forankring" removed');
    expect(output).toContain('compacts/nyby.yaml: a new compact file');
    const swedish = git(['diff', 'v2018', 'HEAD', '--', 'compacts'], { env: { GIT_EXTERNAL_DIFF: `${command} --lang sv` } });
    expect(swedish).toContain('compacts/nyby.yaml: en ny fil med en överenskommelse');
  });

  it('explains when it is not given the seven arguments git passes', async () => {
    const result = await cli(['diff', '--git-external', 'a.yaml', 'b.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--git-external expects the 7 arguments git passes to an external diff');
  });
});
