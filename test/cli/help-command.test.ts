import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli, type CliResult } from '../helpers/cli.js';

/** Every command of the CLI as the words that name it: ['validate'], ['signatory', 'add'], ['help'], … */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => [[...prefix, sub.name()], ...commandPaths(sub, [...prefix, sub.name()])]);
}

const PATHS = commandPaths(await buildProgram());

async function runAll(argsList: string[][]): Promise<CliResult[]> {
  const results: CliResult[] = [];
  for (let start = 0; start < argsList.length; start += 4) {
    results.push(...(await Promise.all(argsList.slice(start, start + 4).map((args) => runCli(args)))));
  }
  return results;
}

describe('compact help <command>', () => {
  let viaFlag: CliResult[];
  let viaHelp: CliResult[];

  beforeAll(async () => {
    [viaFlag, viaHelp] = await Promise.all([runAll(PATHS.map((path) => [...path, '--help'])), runAll(PATHS.map((path) => ['help', ...path]))]);
  });

  it('knows every command, the signatory subcommands and help itself', () => {
    const names = PATHS.map((path) => path.join(' '));
    expect(names).toEqual(expect.arrayContaining(['validate', 'render', 'schema', 'signatory add', 'signatory list', 'signatory import', 'completion', 'help']));
    expect(names.length).toBeGreaterThanOrEqual(19);
  });

  it('prints for every command exactly what <command> --help prints, and exits 0', () => {
    PATHS.forEach((path, index) => {
      expect(viaHelp[index]!.code, path.join(' ')).toBe(0);
      expect(viaHelp[index]!.stderr, path.join(' ')).toBe('');
      expect(viaHelp[index]!.stdout, path.join(' ')).toBe(viaFlag[index]!.stdout);
      expect(viaHelp[index]!.stdout, path.join(' ')).toMatch(new RegExp(`^Usage: compact ${path.join(' ')} `));
    });
  });

  it('shows examples in the help of every command, so a command added without them fails here', () => {
    PATHS.forEach((path, index) => {
      expect(viaFlag[index]!.code, path.join(' ')).toBe(0);
      expect(viaFlag[index]!.stdout, path.join(' ')).toMatch(/\nExamples:\n {2}\$ .*compact /);
      expect(viaFlag[index]!.stdout, `${path.join(' ')}: a repeatable option shows no empty default`).not.toContain('(default: [])');
    });
  });

  it('prints the program help for compact help and for compact --help, with examples', async () => {
    const [bare, flag] = await Promise.all([runCli(['help']), runCli(['--help'])]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(flag.stdout);
    expect(bare.stdout).toMatch(/\nExamples:\n {2}\$ compact /);
  });

  it('also works one level down: compact signatory help add', async () => {
    const [nested, flag] = await Promise.all([runCli(['signatory', 'help', 'add']), runCli(['signatory', 'add', '--help'])]);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toBe(flag.stdout);
  });

  it.each([
    [['help', 'nosuch'], /^compact: unknown command 'nosuch'; the commands of compact are: validate, lint, .*, help\n$/],
    [['help', 'valdate'], /^compact: unknown command 'valdate' \(did you mean validate\?\); /],
    [['help', 'signatory', 'nosuch'], /^compact: unknown command 'nosuch'; the commands of compact signatory are: add, list, import, help\n$/],
    [['help', 'validate', 'extra'], /^compact: compact validate has no subcommands, so there is no 'compact validate extra'; compact validate --help shows its options\n$/],
    [['signatory', 'help', 'nosuch'], /^compact: unknown command 'nosuch'; the commands of compact signatory are: /],
  ])('%j exits 2 with one clear line on stderr', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
