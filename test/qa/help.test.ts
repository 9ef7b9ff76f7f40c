import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('--help and --format', () => {
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
