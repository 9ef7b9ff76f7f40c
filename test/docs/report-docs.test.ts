import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';

const PAGE = join(ROOT, 'docs/commands/report.md');

/** The `text` blocks of a page that start with a `$ compact …` line: the command and the output shown under it. */
function shownRuns(markdown: string): { command: string; output: string }[] {
  return [...markdown.matchAll(/^```text\n\$ (compact [^\n]*)\n([\s\S]*?)^```$/gm)].map(([, command, output]) => ({ command: command!, output: output! }));
}

describe('docs/commands/report.md', () => {
  it('shows the output its example command prints (without colour, as a pipe gets it)', async () => {
    const runs = shownRuns(readFileSync(PAGE, 'utf8'));
    expect(runs.map((run) => run.command)).toEqual(['compact report examples/ --today 2026-11-25']);
    for (const { command, output } of runs) {
      const result = await runCli(command.replace(/^compact /, '').split(/\s+/), { env: { NO_COLOR: '1' } });
      expect(result.code).toBe(0);
      expect(result.stdout, command).toBe(output);
    }
  });
});
