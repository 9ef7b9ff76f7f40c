import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const HEAVY = ['pdfkit', 'fontkit', 'handlebars', 'markdown-it', 'dejavu-fonts-ttf', 'node-forge', 'pkijs', 'diff', 'chokidar', '@inquirer/prompts', 'vscode-languageserver', 'vscode-languageserver-textdocument'];

async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'compact-modules-')), 'modules.txt');
  const result = await runCli(args, {
    env: { NODE_OPTIONS: `--require ${ROOT}test/helpers/record-modules.cjs`, COMPACT_MODULES_FILE: file },
  });
  expect(result.code).toBe(0);
  return readFileSync(file, 'utf8').split('\n');
}

describe('start-up of the checking commands', () => {
  it.each([['validate'], ['lint']])('%s loads none of the rendering, signing or diff libraries', async (command) => {
    const loaded = await modulesLoadedBy([command, 'examples/orebro.yaml']);
    expect(loaded.length).toBeGreaterThan(0);
    const heavy = loaded.filter((request) => HEAVY.some((name) => request === name || request.startsWith(`${name}/`)));
    expect(heavy).toEqual([]);
  });

  it('the recorder sees a library when one is loaded', async () => {
    const loaded = await modulesLoadedBy(['schema']);
    expect(loaded).toContain('node:fs');
  });
});
