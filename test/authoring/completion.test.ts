import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { completionScript } from '../../src/completion/index.js';
import { runCli } from '../helpers/cli.js';

const COMMANDS = (await buildProgram()).commands.map((command) => command.name());

function runBash(script: string, words: string[], cwd: string): string[] {
  const file = join(cwd, 'completion.bash');
  writeFileSync(file, script);
  const quoted = words.map((word) => `'${word}'`).join(' ');
  const output = execFileSync('bash', ['-c', `source ${file}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _compact_completion; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd, encoding: 'utf8' });
  return output.split('\n').filter((line) => line !== '');
}

describe('compact completion', () => {
  it('knows the commands of the program, including the authoring ones', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['validate', 'schema', 'init', 'fmt', 'revise', 'completion']));
  });

  it('prints a bash script that bash accepts and that names every command', async () => {
    const result = await runCli(['completion', 'bash']);
    expect(result.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'compact-completion-'));
    const file = join(dir, 'compact.bash');
    writeFileSync(file, result.stdout);
    execFileSync('bash', ['-n', file]);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`\\b${command}\\b`));
  });

  it('completes commands, option values from .choices() and YAML files in bash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-completion-'));
    for (const name of ['orebro.yaml', 'boras.yml', 'notes.txt']) writeFileSync(join(dir, name), '');
    const script = completionScript('bash', await buildProgram());
    expect(runBash(script, ['compact', 'rev'], dir)).toEqual(['revise']);
    expect(runBash(script, ['compact', 'init', '--lang', ''], dir)).toEqual(['sv', 'en']);
    expect(runBash(script, ['compact', 'completion', '--'], dir)).toContain('--help');
    expect(runBash(script, ['compact', 'fmt', ''], dir).sort()).toEqual(['boras.yml', 'orebro.yaml']);
    expect(runBash(script, ['compact', 'fmt', '--ch'], dir)).toEqual(['--check']);
  });

  it('completes the commands after help, and the subcommands of signatory, in bash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-completion-'));
    writeFileSync(join(dir, 'orebro.yaml'), '');
    const script = completionScript('bash', await buildProgram());
    expect(runBash(script, ['compact', 'help', 're'], dir).sort()).toEqual(['render', 'report', 'revise']);
    expect(runBash(script, ['compact', 'help', ''], dir)).not.toContain('orebro.yaml');
    expect(runBash(script, ['compact', 'signatory', ''], dir)).toEqual(['add', 'list', 'import', 'help']);
  });

  it.each(['zsh', 'fish'] as const)('prints a %s script that names every command and the --lang choices', async (shell) => {
    const result = await runCli(['completion', shell]);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`\\b${command}\\b`));
    expect(result.stdout).toMatch(/sv en/);
  });

  it('exits 2 for an unknown shell', async () => {
    const result = await runCli(['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Allowed choices are bash, zsh, fish');
  });
});
