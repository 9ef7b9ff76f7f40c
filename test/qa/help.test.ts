import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const COMMANDS = [
  ['validate'], ['lint'], ['rules'], ['render'], ['report'], ['schema'], ['sign'], ['verify'], ['signatory'],
  ['signatory', 'add'], ['signatory', 'list'], ['signatory', 'import'], ['diff'], ['init'], ['fmt'], ['revise'], ['completion'],
];

describe('--help of every command', () => {
  it.each(COMMANDS)('%s %s shows examples and no empty-list default', async (...command) => {
    const result = await runCli([...command.filter(Boolean), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nExamples:\n {2}\$ .*compact /);
    expect(result.stdout).not.toContain('(default: [])');
  });

  it('lists the allowed values of --format', async () => {
    for (const [command, values] of [['validate', 'stylish, json, sarif, junit, github, markdown, gitlab'], ['lint', 'stylish, json, sarif, junit, github, markdown, gitlab'], ['report', 'table, markdown, csv, json, html'], ['diff', 'text, markdown, json'], ['verify', 'text, json']] as const) {
      const help = (await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(help).toContain(values);
    }
  });

  it('rules takes -f like every other command', async () => {
    const result = await runCli(['rules', '-f', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(10);
  });
});
